import ArgumentParser
import Foundation
import PolicyRankKit

struct Init: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffold a small commented study in DIR that validates cleanly.",
        discussion: """
            Writes study.yaml, criteria/tree.yaml, two policies and the JSON Schemas (schemas/) that the files' \
            editor modelines point at, creating DIR and its subdirectories as needed. If any of those files \
            already exists, nothing is written and the command exits 1.
            """)

    @Argument(help: ArgumentHelp("The directory to create the study in.", valueName: "DIR"))
    var directory: String

    func validate() throws {
        if directory.isEmpty { throw ValidationError("name the directory to create the study in") }
    }

    func execute() throws(CommandFailure) {
        let files = StudyTemplate.files.map { (path: Self.join(directory, $0.path), contents: $0.contents) }
        // Check everything first: a half-written study would be worse than none.
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw .fileSystem("not overwriting existing files; nothing was written:\n" + existing.map { "  \($0)" }.joined(separator: "\n"))
        }
        // All or nothing: on any failure (a full disk, say) what this run created is removed
        // again, so a second `init` does not find a half-written study in its way.
        var created: [String] = []
        func undo() {
            for path in created.reversed() { try? FileManager.default.removeItem(atPath: path) }
        }
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            var missing: [String] = []
            var ancestor = folder
            while !ancestor.isEmpty, ancestor != "/", ancestor != ".", !FileManager.default.fileExists(atPath: ancestor) {
                missing.insert(ancestor, at: 0)
                ancestor = (ancestor as NSString).deletingLastPathComponent
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                created += missing
            } catch {
                undo()
                throw .fileSystem("cannot create directory '\(folder)': \(error.localizedDescription); nothing was left behind")
            }
            do {
                // Fails rather than replaces if the file appeared since the check.
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: file.path), options: .withoutOverwriting)
                created.append(file.path)
            } catch {
                undo()
                throw .fileSystem("cannot write '\(file.path)': \(error.localizedDescription); nothing was left behind")
            }
        }
        for file in files { print("created \(file.path)") }
        let study = Terminal.shellQuoted(directory)
        print("next: policyrank validate \(study); policyrank rank \(study)")
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
