/// Everything `policyrank sensitivity` reports: how far each weight can move before the
/// top changes, the rankings along each weight, SMAA-2 acceptability, and how the ranking
/// holds across methods and stakeholder perspectives.
public struct SensitivityReport: Sendable {
    public var ranking: Ranking
    public var weights: [(id: String, weight: Double)]
    public var groups: [WeightGroup]
    public var thresholds: [WeightThreshold]
    public var mostCritical: WeightThreshold?
    public var sweep: [WeightSweep]
    public var acceptability: SMAA.Result
    public var methods: MethodComparison
    public var perspectives: PerspectiveComparison
    /// The same for each participant whose criteria are leaves of the tree (none: no entries).
    public var participants: PerspectiveComparison? = nil
    /// Which uncertain scores are worth pinning down; nil without uncertain scores.
    public var valueOfInformation: ValueOfInformation? = nil

    /// Every analysis from one problem, plan and base ranking.
    public static func compute(
        _ base: RankedProblem, smaa: SMAA.Configuration,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(RankError) -> SensitivityReport {
        let evaluator = base.evaluator
        let groups = base.problem.groups
        let thresholds = WeightThresholds.compute(evaluator, groups: groups)
        return SensitivityReport(
            ranking: base.ranking,
            weights: zip(base.problem.leaves, base.plan.weights).map { ($0.id, $1) },
            groups: groups,
            thresholds: thresholds,
            mostCritical: WeightThresholds.mostCritical(thresholds),
            sweep: WeightSweep.compute(evaluator, groups: groups),
            acceptability: SMAA.run(problem: base.problem, plan: base.plan, configuration: smaa, progress: progress),
            methods: try MethodComparison.compute(base),
            perspectives: try PerspectiveComparison.compute(base),
            participants: base.problem.participants.isEmpty ? nil : PerspectiveComparison.participants(base),
            valueOfInformation: ValueOfInformation.compute(base.problem, plan: base.plan, samples: smaa.samples, seed: smaa.seed, threads: smaa.threads))
    }
}
