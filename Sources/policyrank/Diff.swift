import ArgumentParser
import Foundation
import PolicyRankKit

struct Diff: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a study (or two saved rankings): rank moves, score changes and their causes.",
        discussion: """
            policyrank diff OLD NEW: study directories or files written by `policyrank rank --format json`. \
            policyrank diff REV [REV2] [STUDY]: the study (default: the current directory) at git revision REV against \
            the working tree, or at REV2; read with git archive, nothing is checked out. For two studies, every input \
            change (a weight, a score, an added or removed criterion or option, a moved criterion, a changed \
            perspective or study setting) is applied alone to OLD and ranked, to show which options it moves.
            Exit status: 0, or 2 with --fail-on-change when the ranking changed; 1 when a study has errors or a file \
            cannot be read; 64 on a usage error.
            """)

    @Argument(help: ArgumentHelp("OLD NEW (studies or saved rankings), or REV [REV2] [STUDY] (git revisions).", valueName: "inputs"))
    var inputs: [String] = []

    @OptionGroup var ranking: RankingOptions

    @Option(help: Formats.help(Renderers.diff, " (markdown for a pull-request comment)"), completion: Formats.completion(Renderers.diff))
    var format = Renderers.names(Renderers.diff)[0]

    @Flag(help: "Exit 2 when the ranking changed (1 stays for a study with errors).")
    var failOnChange = false

    func validate() throws {
        try Formats.check(format, Renderers.diff)
        guard (1...3).contains(inputs.count) else {
            throw ValidationError("diff takes OLD NEW, or REV [REV2] [STUDY]; got \(inputs.count) argument\(inputs.count == 1 ? "" : "s")")
        }
    }

    /// The two sides after git revisions are read into temporary directories.
    private func sides() throws(CommandFailure) -> (old: String, new: String, temporaries: [URL]) {
        let exists = { (path: String) in FileManager.default.fileExists(atPath: path) }
        if inputs.count == 2, exists(inputs[0]), exists(inputs[1]) { return (inputs[0], inputs[1], []) }
        var study = "."
        var revisions = inputs
        if let last = inputs.last, inputs.count > 1, Self.isDirectory(last) {
            study = last
            revisions.removeLast()
        }
        guard (1...2).contains(revisions.count) else { throw .usage("diff takes OLD NEW, or REV [REV2] [STUDY]") }
        for revision in revisions where !GitRevision.isRevision(revision, in: study) {
            throw .usage("'\(revision)' is neither a file or directory nor a git revision of the repository holding '\(study)'")
        }
        var temporaries: [URL] = []
        func read(_ revision: String) throws(CommandFailure) -> String {
            do {
                let (path, temporary) = try GitRevision.materialize(study, at: revision)
                temporaries.append(temporary)
                return path
            } catch {
                for url in temporaries { try? FileManager.default.removeItem(at: url) }
                throw .fileSystem(error.description)
            }
        }
        let old = try read(revisions[0])
        let new = revisions.count == 2 ? try read(revisions[1]) : study
        return (old, new, temporaries)
    }

    func execute() throws(CommandFailure) {
        let (old, new, temporaries) = try sides()
        defer { for url in temporaries { try? FileManager.default.removeItem(at: url) } }
        let report = try makeReport(old, new)
        print(Formats.renderer(format, Renderers.diff).render(report, in: RenderContext()), terminator: "")
        if failOnChange && report.comparison.rankingChanged { throw .rankingChanged }
    }

    /// A study read from a git revision: its warnings would name a temporary path, and the
    /// working tree's `validate` is where they are read.
    private func temporary(_ path: String) -> Bool {
        path.hasPrefix(FileManager.default.temporaryDirectory.path) && path.contains("policyrank-rev-")
    }

    private func makeReport(_ old: String, _ new: String) throws(CommandFailure) -> DiffReport {
        let oldIsStudy = Self.isDirectory(old), newIsStudy = Self.isDirectory(new)
        if oldIsStudy && newIsStudy {
            let options = try ranking.rankOptions()
            let oldStudy = try RankingOptions.loadValid(study: old, quiet: ranking.quiet || temporary(old)).study
            let newStudy = try RankingOptions.loadValid(study: new, quiet: ranking.quiet || temporary(new)).study
            do {
                return try DiffReport.compare(oldStudy, newStudy, options: options)
            } catch {
                throw CommandFailure(error)
            }
        }
        return DiffReport(old: try snapshot(old, isStudy: oldIsStudy), new: try snapshot(new, isStudy: newIsStudy))
    }

    private func snapshot(_ path: String, isStudy: Bool) throws(CommandFailure) -> RankingSnapshot {
        if isStudy { return RankingSnapshot(try ranking.load(study: path).base.ranking) }
        do {
            return try RankingSnapshot.load(json: path)
        } catch {
            throw .fileSystem(error.description)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
