import ArgumentParser
import PolicyRankKit

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the study's policy options.",
        discussion: """
            Methods:
            \(RankingOptions.methodHelp)
            Normalizations: \(Normalization.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "; ")).
            Ties: scores equal within 1e-9 share a rank (competition ranking 1, 2, 2, 4).
            Uncertain scores rank at their likely value (the midpoint of {low, high}).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, markdown, csv, json
    }

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    @Option(help: "Output format: table, markdown, csv or json.")
    var format: Format = .table

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Also explain why the top option ranks above this one.", valueName: "ID"))
    var explain: String?

    func run() throws {
        let result = try ranking.load(study: study).base.ranking
        var text =
            switch format {
            case .table: RankingTableRenderer.render(result, color: output == nil && Terminal.colorEnabled(for: .standardOutput))
            case .markdown: RankingMarkdownRenderer.render(result)
            case .csv: RankingCSVRenderer.render(result)
            case .json: RankingJSONRenderer.render(result)
            }
        if let other = explain {
            guard format == .table || format == .markdown else { throw ValidationError("--explain works with --format table or markdown") }
            guard let top = result.top, top.id != other else {
                throw ValidationError("--explain \(other) compares the top option with another one; '\(other)' is the top")
            }
            do {
                text += "\n" + ExplanationTextRenderer.render(try Explanation(ranking: result, top.id, other))
            } catch {
                throw ValidationError(error.description)
            }
        }
        try Output.emit(text, to: output)
    }
}
