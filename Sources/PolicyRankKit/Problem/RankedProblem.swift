/// What every command starts from: the resolved problem, the resolved plan, and the ranking
/// they give, computed once and handed to whatever needs them (sensitivity, comparisons,
/// the report, expectations).
public struct RankedProblem: Sendable {
    public let problem: DecisionProblem
    public let plan: RankingPlan
    public let ranking: Ranking

    /// The base ranking carries `FirstPlace`: how often each option comes first when the
    /// uncertain scores are sampled at the plan's weights.
    public init(problem: DecisionProblem, plan: RankingPlan) {
        self.problem = problem
        self.plan = plan
        let ranking = RankingEngine.rank(problem, plan: plan)
        // A degenerate result is not a ranking, so there is no first place to sample.
        self.ranking = ranking.degeneracy == nil ? ranking.withFirstPlace(FirstPlace.compute(problem, plan: plan)) : ranking
    }

    /// Resolves `choices` (flags) against the problem: a usage error names what is unknown.
    public init(problem: DecisionProblem, choices: RankOptions) throws(RankError) {
        self.init(problem: problem, plan: try RankingPlan(choices, for: problem))
    }

    /// The same question under other methods, each as the method comparison ranks it: the
    /// plan's own method is this ranking itself (its normalization and parameters, flags
    /// included); another method takes its defaults, or `study.yaml`'s settings when it is the
    /// study's method. One rule for `sensitivity`, `compare` and the report.
    public func rankings(methods: [String]) throws(RankError) -> [(method: String, ranking: Ranking)] {
        var result: [(method: String, ranking: Ranking)] = []
        for name in methods {
            result.append((name, name == plan.method.name ? ranking : RankingEngine.rank(problem, plan: try plan.withMethod(name, for: problem))))
        }
        return result
    }

    /// The plan's method and settings under each perspective (nil: the study's own weights);
    /// the plan's own perspective is this ranking itself.
    public func rankings(perspectives: [String?]) throws(RankError) -> [(perspective: String?, ranking: Ranking)] {
        var result: [(perspective: String?, ranking: Ranking)] = []
        for id in perspectives {
            result.append((id, id == plan.perspective ? ranking : RankingEngine.rank(problem, plan: try plan.withPerspective(id, for: problem))))
        }
        return result
    }

    public var evaluator: WeightedEvaluator { WeightedEvaluator(problem: problem, plan: plan) }
}
