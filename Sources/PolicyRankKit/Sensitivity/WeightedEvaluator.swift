/// Ranks one decision matrix again and again under different leaf weights: the primitive
/// every weight-sensitivity analysis is built on. Made from a problem and its plan, so it
/// ranks with exactly the method, normalization and parameters `rank` used.
public struct WeightedEvaluator: Sendable {
    public let matrix: DecisionMatrix
    public let method: any AggregationMethod
    public let normalization: Normalization
    public let parameters: [String: Double]

    public init(matrix: DecisionMatrix, method: any AggregationMethod, normalization: Normalization, parameters: [String: Double]) {
        self.matrix = matrix
        self.method = method
        self.normalization = normalization
        self.parameters = parameters
    }

    public init(problem: DecisionProblem, plan: RankingPlan) {
        self.init(
            matrix: problem.matrix(weights: plan.weights), method: plan.method,
            normalization: plan.normalization, parameters: plan.parameterMap)
    }

    public var weights: [Double] { matrix.columns.map(\.weight) }

    /// The method's scores with `weights` (one per leaf, summing to 1) in place of the plan's.
    public func scores(weights: [Double]) -> [Double] {
        var reweighted = matrix
        for j in reweighted.columns.indices { reweighted.columns[j].weight = weights[j] }
        return method.scores(reweighted, normalization: normalization, parameters: parameters, workspace: ScoringWorkspace(for: matrix))
    }

    /// Option indices best first (competition ranking, ties by id).
    public func order(weights: [Double]) -> [Int] {
        CompetitionRanking.rank(scores: scores(weights: weights), ids: matrix.options, better: method.better).map(\.index)
    }

    /// The index of the top option; ties at the top go to the lowest id, as in `rank`.
    public func top(weights: [Double]) -> Int {
        order(weights: weights).first ?? 0
    }
}
