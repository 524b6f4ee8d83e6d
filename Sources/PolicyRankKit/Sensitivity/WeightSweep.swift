/// One-at-a-time sweep: the ranking at evenly spaced weights of one criterion, the others
/// rescaled in proportion, for tornado and spider charts.
public struct WeightSweep: Sendable {
    public struct Point: Sendable {
        public var weight: Double
        /// Option ids best first.
        public var ranking: [String]
        /// Score per option, in the matrix's option order.
        public var scores: [Double]
    }

    public var criterion: String
    public var points: [Point]

    public static func compute(_ evaluator: WeightedEvaluator, groups: [WeightGroup], steps: Int = 20) -> [WeightSweep] {
        let weights = evaluator.weights
        return groups.map { group in
            WeightSweep(
                criterion: group.id,
                points: (0...steps).map { step in
                    let x = Double(step) / Double(steps)
                    let reweighted = group.reweighted(weights, to: x)
                    let scores = evaluator.scores(weights: reweighted)
                    let order = CompetitionRanking.rank(scores: scores, ids: evaluator.matrix.options, better: evaluator.method.better)
                    return Point(weight: x, ranking: order.map { evaluator.matrix.options[$0.index] }, scores: scores)
                })
        }
    }
}
