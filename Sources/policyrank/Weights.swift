import ArgumentParser
import PolicyRankKit

/// `policyrank weights ahp|swing|roc FILE | entropy|critic [STUDY]`.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Derive criterion weights: AHP, swing, rank-order centroid, entropy or CRITIC.",
        subcommands: [AHPWeights.self, SwingWeightsCommand.self, ROCWeights.self, EntropyWeights.self, CRITICWeights.self])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, yaml
    }

    struct FormatOption: ParsableArguments {
        @Option(help: "Output format: text, json, or yaml (a perspective block to paste into a criteria file).")
        var format: Format = .text

        func print(_ result: WeightingResult) {
            let text =
                switch format {
                case .text: WeightingRenderer.text(result)
                case .json: WeightingRenderer.json(result)
                case .yaml: WeightingRenderer.yaml(result)
                }
            Swift.print(text, terminator: "")
        }
    }

    /// Prints a weighting file's diagnostics and fails when it has errors.
    static func require<T>(_ loaded: (T?, [Diagnostic])) throws -> T {
        let (value, diagnostics) = loaded
        if !diagnostics.isEmpty { Terminal.printError(DiagnosticTextRenderer.render(diagnostics).trimmingCharacters(in: .newlines)) }
        guard let value, !diagnostics.hasErrors else { throw ExitCode(1) }
        return value
    }
}

struct AHPWeights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "Weights from a pairwise-comparison matrix (Saaty): principal eigenvector, λmax, CI, RI and CR.",
        discussion:
            "FILE: `criteria: [a, b, c]` and `matrix:` rows; entries are numbers or fractions such as 1/3. CR > 0.1 is a warning naming the most inconsistent judgement."
    )

    @Argument(help: "The AHP file.") var file: String
    @Flag(help: "Use row geometric means instead of the principal eigenvector.") var geometricMean = false
    @OptionGroup var output: Weights.FormatOption

    func run() throws {
        let input = try Weights.require(WeightingFileLoader.pairwise(path: file))
        output.print(AHP.weights(criteria: input.criteria, matrix: input.matrix, geometricMean: geometricMean))
    }
}

struct SwingWeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swing", abstract: "Weights from swing points (the most important swing 100).",
        discussion: "FILE: `swings: {criterion: points, …}`.")

    @Argument(help: "The swing file.") var file: String
    @OptionGroup var output: Weights.FormatOption

    func run() throws {
        let input = try Weights.require(WeightingFileLoader.swings(path: file))
        output.print(SwingWeights.weights(criteria: input.criteria, points: input.points))
    }
}

struct ROCWeights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roc", abstract: "Rank-order centroid weights from a ranked list (Barron & Barrett 1996).",
        discussion: "FILE: `ranking: [most_important, …, least_important]`.")

    @Argument(help: "The ranking file.") var file: String
    @OptionGroup var output: Weights.FormatOption

    func run() throws {
        output.print(RankOrderCentroid.weights(ranked: try Weights.require(WeightingFileLoader.ranking(path: file))))
    }
}

struct EntropyWeights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entropy", abstract: "Shannon entropy weights from the study's scores.")

    @Argument(help: "The study directory.") var study = "."
    @OptionGroup var output: Weights.FormatOption

    func run() throws {
        output.print(ObjectiveWeights.entropy(problem: try RankingOptions.loadValid(study: study).problem))
    }
}

struct CRITICWeights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "critic", abstract: "CRITIC weights from the study's scores (Diakoulaki et al. 1995).")

    @Argument(help: "The study directory.") var study = "."
    @OptionGroup var output: Weights.FormatOption

    func run() throws {
        output.print(ObjectiveWeights.critic(problem: try RankingOptions.loadValid(study: study).problem))
    }
}
