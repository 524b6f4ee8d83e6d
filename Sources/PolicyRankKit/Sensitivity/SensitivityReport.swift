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

    public static func compute(_ study: Study, options: RankOptions, smaa: SMAA.Configuration,
                               progress: (@Sendable (Double) -> Void)? = nil) throws(RankError) -> SensitivityReport {
        let ranking = try RankingEngine.rank(study, options: options)
        let evaluator = try WeightedEvaluator(study: study, options: options)
        let groups = WeightGroup.all(in: study, matrix: evaluator.matrix)
        let thresholds = WeightThresholds.compute(evaluator, groups: groups)
        return SensitivityReport(
            ranking: ranking,
            weights: evaluator.matrix.columns.map { ($0.id, $0.weight) },
            groups: groups,
            thresholds: thresholds,
            mostCritical: WeightThresholds.mostCritical(thresholds),
            sweep: WeightSweep.compute(evaluator, groups: groups),
            acceptability: SMAA.run(study: study, evaluator: evaluator, configuration: smaa, progress: progress),
            methods: try MethodComparison.compute(study, options: options),
            perspectives: try PerspectiveComparison.compute(study, options: options))
    }
}
