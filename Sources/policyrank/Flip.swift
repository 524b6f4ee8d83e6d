import ArgumentParser
import PolicyRankKit

struct Flip: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "flip",
        abstract: "What would it take for TARGET to come first? The smallest change of weights, uncertain scores, or both.",
        discussion: """
            Distance: for weights, the largest relative change of any leaf weight (|w' - w| / w, the weights staying on the \
            simplex); for scores, the share of a declared range used, from the likely value towards an end. Under wsm with \
            scale normalization the answer is exact (bisection on the distance with a linear feasibility check); under other \
            methods the weight search tries seeded candidates and can miss a smaller change. A tie within 1e-9 counts as first.
            """)

    @Argument(help: "The option to put first.", completion: Completions.options)
    var target: String

    @Argument(help: "The study directory.")
    var study = "."

    @Flag(help: "Change the weights only; scores stay at the values rank uses.")
    var weightsOnly = false

    @Flag(help: "Change the uncertain scores only, within their ranges; weights stay.")
    var scoresOnly = false

    @OptionGroup var ranking: RankingOptions

    @Option(help: Formats.help(Renderers.flip), completion: Formats.completion(Renderers.flip))
    var format = Renderers.names(Renderers.flip)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try Formats.check(format, Renderers.flip)
        if weightsOnly && scoresOnly { throw ValidationError("--weights-only and --scores-only exclude each other") }
    }

    func execute() throws(CommandFailure) {
        let (_, problem) = try RankingOptions.loadValid(study: study, quiet: ranking.quiet)
        let choices = try ranking.rankOptions()
        let plan: RankingPlan
        do {
            plan = try RankingPlan(choices, for: problem)
        } catch {
            throw CommandFailure(error)
        }
        let mode: FlipResult.Mode = weightsOnly ? .weights : (scoresOnly ? .scores : .both)
        guard let result = FlipResult.compute(problem, plan: plan, target: target, mode: mode) else {
            throw .usage(
                "unknown option '\(target)'\(Suggestion.hint(for: target, in: problem.optionIds)); options: \(problem.optionIds.joined(separator: ", "))")
        }
        try Output.emit(Formats.renderer(format, Renderers.flip).render(result, in: RenderContext()), to: output, study: study)
    }
}
