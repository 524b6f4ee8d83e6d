import ArgumentParser
import Foundation
import PolicyRankKit

struct Portfolio: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Which package of measures to fund: the best within the budget, the top K, the frontier, and how robust it is.",
        discussion: """
            The study's study.yaml declares a 'portfolio:' (budgets, max_size, exclusive, requires, interactions) and every leaf \
            says how a package combines its members' scores ('combine: sum|max|min|mean'); docs/DESIGN.md §4.1. Every feasible \
            package is searched exactly and ranked as an option would be, by a method that scores each option alone \
            (\(PortfolioAnalysis.methodsThatScoreAlone().joined(separator: ", "))). Inclusion shares sample the weights and uncertain \
            scores as 'sensitivity' does; the same seed gives the same output on any number of threads. Without --samples, \
            a large search draws fewer samples (the output says how many).
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @Option(name: .customLong("budget"), help: ArgumentHelp("A budget limit, replacing study.yaml's on that criterion.", valueName: "CRIT=LIMIT"))
    var budgets: [String] = []

    @Option(help: "At most this many measures in a package (default: study.yaml's).")
    var maxSize: Int?

    @Option(help: "How many of the best packages to list.")
    var top = 5

    @OptionGroup var ranking: RankingOptions

    @OptionGroup var sampling: SamplingOptions

    @Option(help: "SMAA weight model for inclusion shares: uniform, ordinal or dirichlet.")
    var weightModel: Sensitivity.Model = .uniform

    @Option(help: "Dirichlet concentration: higher keeps samples closer to the stated weights.")
    var concentration: Double = 50

    @Flag(help: "Skip the sampled inclusion shares: the exact search alone, at the stated weights and likely scores.")
    var noInclusion = false

    @Option(help: Formats.help(Renderers.portfolio), completion: Formats.completion(Renderers.portfolio))
    var format = Renderers.names(Renderers.portfolio)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try Formats.check(format, Renderers.portfolio)
        if let maxSize, maxSize < 1 { throw ValidationError("--max-size must be at least 1") }
        if top < 1 || top > 1_000 { throw ValidationError("--top must be between 1 and 1000") }
        if !(concentration >= 0.01 && concentration <= 1e6) { throw ValidationError("--concentration must be between 0.01 and 1000000") }
    }

    func execute() throws(CommandFailure) {
        let (loaded, problem) = try RankingOptions.loadValid(study: study, quiet: ranking.quiet)
        guard let studyPortfolio = problem.portfolio else { throw CommandFailure(RankError.noPortfolio) }
        let portfolio = studyPortfolio.overriding(budgets: try budgetFlags(problem), maxSize: maxSize)
        let model: WeightModel =
            switch weightModel {
            case .uniform: .uniform
            case .ordinal: .ordinal
            case .dirichlet: .dirichlet(concentration: concentration)
            }
        let choices = try ranking.rankOptions()
        let analysis: PortfolioAnalysis
        do {
            let plan = try RankingPlan(choices, for: problem)
            let searched = try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan, top: top)
            analysis =
                noInclusion
                ? searched
                : searched.withInclusion(
                    problem, portfolio: portfolio, configuration: sampling.configuration(for: problem, weightModel: model), requested: sampling.samples)
        } catch {
            throw CommandFailure(error)
        }
        let disabled = Set(loaded.settings?.disabledRules.map(\.value) ?? [])
        let warnings = analysis.warnings.filter { !disabled.contains($0.rule.rawValue) }
        if !warnings.isEmpty && !ranking.quiet {
            Terminal.printError(DiagnosticTextRenderer.render(warnings, color: Terminal.colorEnabled(for: .standardError)).trimmingCharacters(in: .newlines))
        }
        let context = RenderContext(color: Output.color(for: output), width: output == nil || output == "-" ? Terminal.width() : nil)
        try Output.emit(Formats.renderer(format, Renderers.portfolio).render(analysis, in: context), to: output, study: study)
    }

    /// `--budget CRIT=LIMIT`: a leaf cost criterion combined by sum, and a limit of at least 0.
    private func budgetFlags(_ problem: DecisionProblem) throws(CommandFailure) -> [PortfolioProblem.Budget] {
        let eligible = problem.budgetCriteria
        var result: [PortfolioProblem.Budget] = []
        for text in budgets {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let limit = Double(parts[1]), limit.isFinite, limit >= 0 else {
                throw .usage("--budget expects CRITERION=LIMIT with a limit of at least 0, got '\(text)'")
            }
            guard let leaf = eligible.first(where: { problem.leaves[$0].id == parts[0] }) else {
                throw CommandFailure(RankError.unknownBudgetCriterion(parts[0], valid: eligible.map { problem.leaves[$0].id }))
            }
            result.append(PortfolioProblem.Budget(leaf: leaf, limit: limit))
        }
        return result
    }
}
