import ArgumentParser
import PolicyRankKit

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the study's policy options.",
        discussion: """
        Methods: \(Methods.all.map { "\($0.name) (default normalization \($0.defaultNormalization.rawValue))" }.joined(separator: ", ")).
        Normalizations: \(Normalization.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "; ")).
        Ties: scores equal within 1e-9 share a rank (competition ranking 1, 2, 2, 4).
        Uncertain scores rank at their likely value (the midpoint of {low, high}).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: "The study directory.")
    var study = "."

    @Option(help: "Aggregation method (default: study.yaml's, else wsm).")
    var method: String?

    @Option(help: "Normalization (default: the method's own).")
    var normalization: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A method parameter.", valueName: "K=V"))
    var parameters: [String] = []

    @Option(help: "Rank with a stakeholder perspective's weights.")
    var perspective: String?

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let options = RankOptions(method: method, normalization: normalization,
                                  parameters: try parameters.map(Self.parseParameter), perspective: perspective)
        let (loaded, diagnostics) = Validator.validate(path: study, options: .init(checkExpectations: false))
        if !diagnostics.isEmpty {
            Terminal.printError(DiagnosticTextRenderer.render(diagnostics, color: Terminal.colorEnabled(for: .standardError)).trimmingCharacters(in: .newlines))
        }
        if diagnostics.hasErrors {
            Terminal.printError("cannot rank: " + DiagnosticTextRenderer.summary(diagnostics))
            throw ExitCode(1)
        }
        let ranking: Ranking
        do {
            ranking = try RankingEngine.rank(loaded, options: options)
        } catch {
            throw ValidationError(error.description)
        }
        let text = switch format {
        case .table: RankingTableRenderer.render(ranking, color: output == nil && Terminal.colorEnabled(for: .standardOutput))
        case .json: RankingJSONRenderer.render(ranking)
        }
        try Output.emit(text, to: output)
    }

    static func parseParameter(_ text: String) throws -> (String, Double) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value.isFinite else {
            throw ValidationError("--param expects NAME=NUMBER, got '\(text)'")
        }
        return (parts[0], value)
    }
}
