import ArgumentParser
import PolicyRankKit

/// `policyrank weights ahp|swing|roc FILE | entropy|critic [STUDY]`.
struct Weights: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Derive criterion weights: AHP, swing, rank-order centroid, entropy or CRITIC.",
        subcommands: [AHPWeights.self, SwingWeightsCommand.self, ROCWeights.self, EntropyWeights.self, CRITICWeights.self])

    struct FormatOption: ParsableArguments {
        @Option(
            help: Formats.help(Renderers.weighting, " (yaml: a perspective block to paste into a criteria file)"),
            completion: Formats.completion(Renderers.weighting))
        var format = Renderers.names(Renderers.weighting)[0]

        func validate() throws {
            try Formats.check(format, Renderers.weighting)
        }

        func print(_ result: WeightingResult) {
            Swift.print(Formats.renderer(format, Renderers.weighting).render(result, in: RenderContext()), terminator: "")
        }
    }

    /// Prints a weighting file's diagnostics and fails when it has errors.
    static func require<T>(_ loaded: (T?, [Diagnostic])) throws(CommandFailure) -> T {
        let (value, diagnostics) = loaded
        if !diagnostics.isEmpty { Terminal.printError(DiagnosticTextRenderer.render(diagnostics).trimmingCharacters(in: .newlines)) }
        guard let value, !diagnostics.hasErrors else { throw .invalidInput }
        return value
    }
}

struct AHPWeights: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "Weights from a pairwise-comparison matrix (Saaty): principal eigenvector, λmax, CI, RI and CR.",
        discussion:
            "FILE: `criteria: [a, b, c]` and `matrix:` rows; entries are numbers or fractions such as 1/3. CR > 0.1 is a warning naming the most inconsistent judgement."
    )

    @Argument(help: "The AHP file.") var file: String
    @Flag(help: "Use row geometric means instead of the principal eigenvector.") var geometricMean = false
    @OptionGroup var output: Weights.FormatOption

    func execute() throws(CommandFailure) {
        let input = try Weights.require(WeightingFileLoader.pairwise(path: file))
        output.print(AHP.weights(criteria: input.criteria, matrix: input.matrix, geometricMean: geometricMean))
    }
}

struct SwingWeightsCommand: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "swing", abstract: "Weights from swing points (the most important swing 100).",
        discussion: "FILE: `swings: {criterion: points, …}`.")

    @Argument(help: "The swing file.") var file: String
    @OptionGroup var output: Weights.FormatOption

    func execute() throws(CommandFailure) {
        let input = try Weights.require(WeightingFileLoader.swings(path: file))
        output.print(SwingWeights.weights(criteria: input.criteria, points: input.points))
    }
}

struct ROCWeights: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "roc", abstract: "Rank-order centroid weights from a ranked list (Barron & Barrett 1996).",
        discussion: "FILE: `ranking: [most_important, …, least_important]`.")

    @Argument(help: "The ranking file.") var file: String
    @OptionGroup var output: Weights.FormatOption

    func execute() throws(CommandFailure) {
        output.print(RankOrderCentroid.weights(ranked: try Weights.require(WeightingFileLoader.ranking(path: file))))
    }
}

struct EntropyWeights: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "entropy", abstract: "Shannon entropy weights from the study's scores.")

    @Argument(help: "The study directory.") var study = "."
    @OptionGroup var output: Weights.FormatOption

    func execute() throws(CommandFailure) {
        output.print(ObjectiveWeights.entropy(problem: try RankingOptions.loadValid(study: study).problem))
    }
}

struct CRITICWeights: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "critic", abstract: "CRITIC weights from the study's scores (Diakoulaki et al. 1995).")

    @Argument(help: "The study directory.") var study = "."
    @OptionGroup var output: Weights.FormatOption

    func execute() throws(CommandFailure) {
        output.print(ObjectiveWeights.critic(problem: try RankingOptions.loadValid(study: study).problem))
    }
}
