import ArgumentParser
import Foundation
import PolicyRankKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a study (or two saved rankings): rank moves, score changes and their causes.",
        discussion: """
            OLD and NEW are study directories or files written by `policyrank rank --format json`. For two studies, \
            every input change (a weight, a score, an added or removed criterion or option, a changed perspective or \
            study setting) is applied alone to OLD and ranked, to show which options it moves.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, markdown, json
    }

    @Argument(help: "The old study directory or ranking JSON.")
    var old: String

    @Argument(help: "The new study directory or ranking JSON.")
    var new: String

    @OptionGroup var ranking: RankingOptions

    @Option(help: "Output format: table, markdown (for a pull-request comment) or json.")
    var format: Format = .table

    @Flag(help: "Exit 1 when the ranking changed.")
    var failOnChange = false

    func run() throws {
        let report = try makeReport()
        let text =
            switch format {
            case .table: DiffRenderer.table(report)
            case .markdown: DiffRenderer.markdown(report)
            case .json: DiffRenderer.json(report)
            }
        print(text, terminator: "")
        if failOnChange && report.comparison.rankingChanged { throw ExitCode(1) }
    }

    private func makeReport() throws -> DiffReport {
        let oldIsStudy = Self.isDirectory(old), newIsStudy = Self.isDirectory(new)
        if oldIsStudy && newIsStudy {
            let options = try ranking.rankOptions()
            let oldStudy = try RankingOptions.loadValid(study: old).study, newStudy = try RankingOptions.loadValid(study: new).study
            do {
                return try DiffReport.compare(oldStudy, newStudy, options: options)
            } catch {
                throw ValidationError(error.description)
            }
        }
        return DiffReport(old: try snapshot(old, isStudy: oldIsStudy), new: try snapshot(new, isStudy: newIsStudy))
    }

    private func snapshot(_ path: String, isStudy: Bool) throws -> RankingSnapshot {
        if isStudy { return RankingSnapshot(try ranking.load(study: path).base.ranking) }
        do {
            return try RankingSnapshot.load(json: path)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
