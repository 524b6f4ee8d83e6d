/// Ranks one decision matrix again and again under different leaf weights: the primitive
/// every sensitivity analysis is built on.
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

    public var weights: [Double] { matrix.columns.map(\.weight) }

    /// The method's scores with `weights` (one per leaf, summing to 1) in place of the study's.
    public func scores(weights: [Double]) -> [Double] {
        var reweighted = matrix
        for j in reweighted.columns.indices { reweighted.columns[j].weight = weights[j] }
        return method.evaluate(reweighted, normalization: normalization, parameters: parameters).scores
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

extension WeightedEvaluator {
    /// The evaluator `rank` would use for this study and these options.
    public init(study: Study, options: RankOptions) throws(RankError) {
        let ranking = try RankingEngine.rank(study, options: options)
        guard let method = Methods.named(ranking.method) else { throw .unknownMethod(ranking.method) }
        let perspective = study.perspectives.first { $0.id.value == ranking.perspective }
        self.init(matrix: DecisionMatrix(study: study, perspective: perspective), method: method,
                  normalization: ranking.normalization, parameters: Dictionary(ranking.parameters, uniquingKeysWith: { $1 }))
    }
}
