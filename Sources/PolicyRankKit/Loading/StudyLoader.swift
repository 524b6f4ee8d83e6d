import Foundation

/// Reads a study directory: `study.yaml`, `criteria/*.yaml`, `policies/*.yaml` and
/// `participants/*.yaml`, in sorted
/// path order so that nothing depends on the file system's listing order.
public enum StudyLoader {
    public static let yamlExtensions: Set<String> = ["yaml", "yml"]

    /// Loads the study at `path` (a directory) and returns it with every problem found
    /// while reading it; semantic rules run later, in `Validator`.
    public static func load(path: String) -> (study: Study, diagnostics: [Diagnostic]) {
        let display = DisplayPath(studyPath: path)
        var study = Study(path: path)
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let message = "'\(path)' is not a study directory (expected a directory with criteria/ and policies/)"
            return (study, [.error(.notAStudy, message, at: display.location("", line: 1))])
        }

        let (files, discovery) = studyFiles(in: path, display: display)
        diagnostics += discovery
        // Each file is read and decoded on its own (files are independent until validation),
        // on every core for a large study, then merged in file order: the same study and the
        // same diagnostics as one file after another.
        let pieces = readAll(files, display: display)
        for (file, piece) in zip(files, pieces) {
            study.files.append(display.path(file.relative))
            diagnostics += piece.diagnostics
            if !piece.complete { study.markIncomplete(file.kind) }
            study.settings = piece.study.settings ?? study.settings
            study.criteria += piece.study.criteria
            study.perspectives += piece.study.perspectives
            study.policies += piece.study.policies
            study.participants += piece.study.participants
        }
        return (study, diagnostics)
    }

    /// One file read and decoded into a study of its own.
    struct Piece: Sendable {
        var study: Study
        var diagnostics: [Diagnostic]
        /// False when the file could not be read as one of its kind.
        var complete: Bool
    }

    /// Below this many files, threads cost more than they save.
    static let parallelFiles = 64

    static func readAll(_ files: [StudyFile], display: DisplayPath) -> [Piece] {
        let workers = files.count >= parallelFiles ? min(files.count, ProcessInfo.processInfo.activeProcessorCount) : 1
        guard workers > 1 else { return files.map { piece($0, display: display) } }
        let slots = PieceSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in Matrix.chunk(worker, of: workers, count: files.count) { slots.set(index, piece(files[index], display: display)) }
        }
        return slots.pieces
    }

    private static func piece(_ file: StudyFile, display: DisplayPath) -> Piece {
        let reader = NodeReader(file: display.path(file.relative))
        var scratch = Study(path: "")
        guard let root = read(file.absolute, reader: reader) else { return Piece(study: scratch, diagnostics: reader.diagnostics, complete: false) }
        var complete = true
        if case .mapping = root.content {} else { complete = false }
        decode(root, as: file.kind, reader: reader, into: &scratch)
        return Piece(study: scratch, diagnostics: reader.diagnostics, complete: complete)
    }

    /// Decodes one composed file into the study, by the role its place in the study gives it.
    static func decode(_ root: YAMLNode, as role: FileRole, reader: NodeReader, into study: inout Study) {
        switch role {
        case .settings:
            study.settings = StudySettingsLoader(reader: reader).load(root)
        case .criteria:
            let (criteria, perspectives) = CriteriaFileLoader(reader: reader).load(root)
            study.criteria += criteria
            study.perspectives += perspectives
        case .policy:
            if let policy = PolicyFileLoader(reader: reader).load(root) { study.policies.append(policy) }
        case .participant:
            if let participant = ParticipantFileLoader(reader: reader).load(root) { study.participants.append(participant) }
        }
    }

    struct StudyFile: Sendable {
        var relative: String
        var absolute: String
        var kind: FileRole
    }

    /// The files of a study in the order they are read, and what discovery has to say.
    ///
    /// The rules (README, "The study format"): `study.yaml` (or `study.yml`), and the `.yaml`
    /// and `.yml` files directly in `criteria/`, `policies/` and `participants/`. Hidden files — editors' lock
    /// files (`.#a.yaml`), macOS's `._a.yaml` — are skipped without a word. A name that looks
    /// meant but is not read — another case of the extension (`a.YAML`), a YAML file in a
    /// subdirectory, a `study.yml` beside a `study.yaml` — is a warning (`ignored-file`), so
    /// `--strict` notices. A directory that exists but cannot be listed is an I/O error, not
    /// an empty folder.
    static func studyFiles(in path: String, display: DisplayPath) -> (files: [StudyFile], diagnostics: [Diagnostic]) {
        let root = URL(fileURLWithPath: path)
        let manager = FileManager.default
        var files: [StudyFile] = []
        var diagnostics: [Diagnostic] = []
        let settings = ["study.yaml", "study.yml"].filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        if let name = settings.first {
            files.append(StudyFile(relative: name, absolute: root.appendingPathComponent(name).path, kind: .settings))
        }
        if settings.count > 1 {
            diagnostics.append(
                .warning(
                    .ignoredFile, "study.yml is not read because study.yaml is; merge the two and remove study.yml", at: display.location("study.yml", line: 1))
            )
        }
        for (folder, kind) in [("criteria", FileRole.criteria), ("policies", .policy), ("participants", .participant)] {
            let directory = root.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else {
                diagnostics.append(.error(.ioError, "cannot list this directory; check its permissions", at: display.location(folder, line: 1)))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = "\(folder)/\(name)"
                let absolute = directory.appendingPathComponent(name).path
                let suffix = (name as NSString).pathExtension
                var entryIsDirectory: ObjCBool = false
                manager.fileExists(atPath: absolute, isDirectory: &entryIsDirectory)
                if entryIsDirectory.boolValue {
                    let nested = ((try? manager.subpathsOfDirectory(atPath: absolute)) ?? []).filter {
                        yamlExtensions.contains(($0 as NSString).pathExtension.lowercased())
                    }
                    if !nested.isEmpty {
                        diagnostics.append(
                            .warning(
                                .ignoredFile, "\(relative)/ holds YAML files that are not read (only files directly in \(folder)/ are); move them up",
                                at: display.location(relative, line: 1)))
                    }
                } else if yamlExtensions.contains(suffix) {
                    files.append(StudyFile(relative: relative, absolute: absolute, kind: kind))
                } else if yamlExtensions.contains(suffix.lowercased()) {
                    diagnostics.append(
                        .warning(
                            .ignoredFile, "this file is not read: its extension is '.\(suffix)'; rename it to end in .\(suffix.lowercased())",
                            at: display.location(relative, line: 1)))
                }
            }
        }
        return (files, diagnostics)
    }

    /// Reads and composes one file; nil (with diagnostics recorded) when unreadable or empty.
    private static func read(_ absolutePath: String, reader: NodeReader) -> YAMLNode? {
        let start = SourceLocation(file: reader.file, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            reader.report(.error(.ioError, "cannot read this file", at: start))
            return nil
        }
        let (root, diagnostics) = YAMLFile.parse([UInt8](data), file: reader.file)
        diagnostics.forEach(reader.report)
        if root == nil, diagnostics.isEmpty {
            reader.report(.error(.missingField, "file is empty", at: start))
        }
        return root
    }
}

extension Study {
    mutating func markIncomplete(_ kind: StudyLoader.FileRole) {
        switch kind {
        case .criteria: criteriaComplete = false
        case .policy: policiesComplete = false
        case .participant: participantsComplete = false
        case .settings: break
        }
    }
}

/// Turns paths inside a study into the paths users see: relative to where they ran the
/// command, so `policies/a.yaml` at the study root and `studies/x/policies/a.yaml` above it.
struct DisplayPath {
    let prefix: String

    init(studyPath: String) {
        var path = studyPath
        while path.hasSuffix("/") && path.count > 1 { path.removeLast() }
        while path.hasPrefix("./") { path.removeFirst(2) }
        prefix = (path == "." || path.isEmpty) ? "" : path + "/"
    }

    func path(_ relative: String) -> String {
        let joined = prefix + relative
        return joined.isEmpty ? "." : joined
    }

    func location(_ relative: String, line: Int) -> SourceLocation {
        SourceLocation(file: path(relative), line: line, column: 1)
    }
}

extension StudyLoader {
    /// The kinds of file a study holds, for tools that load one file's bytes on their own.
    public enum FileRole: Sendable, CaseIterable {
        case settings, criteria, policy, participant
    }

    /// Decodes one file's bytes as the given kind and returns the problems found; the
    /// fuzzer's entry point, and never traps on any input.
    public static func diagnose(bytes: [UInt8], as role: FileRole, file: String = "fuzz.yaml") -> [Diagnostic] {
        let reader = NodeReader(file: file)
        let (root, diagnostics) = YAMLFile.parse(bytes, file: file)
        diagnostics.forEach(reader.report)
        guard let root else { return reader.diagnostics }
        var scratch = Study(path: "")
        decode(root, as: role, reader: reader, into: &scratch)
        return reader.diagnostics
    }
}

/// Results written by index from several threads: each index by exactly one worker, read
/// only after `concurrentPerform` returns, so the lock only orders the writes.
private final class PieceSlots: @unchecked Sendable {
    private var slots: [StudyLoader.Piece?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ piece: StudyLoader.Piece) {
        lock.lock()
        slots[index] = piece
        lock.unlock()
    }

    var pieces: [StudyLoader.Piece] { slots.map { $0 ?? StudyLoader.Piece(study: Study(path: ""), diagnostics: [], complete: false) } }
}
