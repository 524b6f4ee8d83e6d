import ArgumentParser
import Foundation
import PolicyRankKit

struct Diff: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a study (or two saved rankings): rank moves, score changes and their causes.",
        discussion: """
            OLD and NEW are study directories or files written by `policyrank rank --format json`. For two studies, \
            every input change (a weight, a score, an added or removed criterion or option, a changed perspective or \
            study setting) is applied alone to OLD and ranked, to show which options it moves.
            """)

    @Argument(help: "The old study directory or ranking JSON.")
    var old: String

    @Argument(help: "The new study directory or ranking JSON.")
    var new: String

    @OptionGroup var ranking: RankingOptions

    @Option(help: Formats.help(Renderers.diff, " (markdown for a pull-request comment)"), completion: Formats.completion(Renderers.diff))
    var format = Renderers.names(Renderers.diff)[0]

    @Flag(help: "Exit 1 when the ranking changed.")
    var failOnChange = false

    func validate() throws {
        try Formats.check(format, Renderers.diff)
    }

    func execute() throws(CommandFailure) {
        let report = try makeReport()
        print(Formats.renderer(format, Renderers.diff).render(report, in: RenderContext()), terminator: "")
        if failOnChange && report.comparison.rankingChanged { throw .rankingChanged }
    }

    private func makeReport() throws(CommandFailure) -> DiffReport {
        let oldIsStudy = Self.isDirectory(old), newIsStudy = Self.isDirectory(new)
        if oldIsStudy && newIsStudy {
            let options = try ranking.rankOptions()
            let oldStudy = try RankingOptions.loadValid(study: old).study, newStudy = try RankingOptions.loadValid(study: new).study
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
