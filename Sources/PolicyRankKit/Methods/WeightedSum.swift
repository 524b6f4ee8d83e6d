/// Weighted sum / additive value model (WSM): score_i = Σ_j w_j · r_ij, where r is the
/// normalized matrix (Fishburn 1967; Keeney & Raiffa 1976, additive value function).
/// Default normalization `scale`, so an option's score does not change when others are
/// added or removed. Each term w_j · r_ij is reported as that criterion's contribution.
public struct WeightedSum: AggregationMethod {
    public init() {}

    public let name = "wsm"
    /// Under `scale` a value is normalized by the declared bounds alone.
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { normalization == .scale }
    /// Under `none` raw values are combined as they are, so a cost would count as a benefit.
    public func ranksCosts(under normalization: Normalization) -> Bool { normalization != .none }
    public let defaultNormalization = Normalization.scale
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "weighted sum / additive value (Fishburn 1967)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        workspace.normalize(input.values, input.normalization)
        let r = workspace.normalized, w = input.weights, m = workspace.columns, n = workspace.rows
        // Four rows at a time, then two: each row's sum is a chain of dependent additions, and
        // independent chains beside it keep the adders busy. Each row still adds its terms in
        // column order, so every score is the same bits.
        var i = 0
        while i + 3 < n {
            var first = 0.0, second = 0.0, third = 0.0, fourth = 0.0
            for j in 0..<m {
                let weight = w[j]
                first += weight * r[i * m + j]
                second += weight * r[(i + 1) * m + j]
                third += weight * r[(i + 2) * m + j]
                fourth += weight * r[(i + 3) * m + j]
            }
            (scores[i], scores[i + 1], scores[i + 2], scores[i + 3]) = (first, second, third, fourth)
            i += 4
        }
        while i + 1 < n {
            var first = 0.0, second = 0.0
            for j in 0..<m {
                first += w[j] * r[i * m + j]
                second += w[j] * r[(i + 1) * m + j]
            }
            (scores[i], scores[i + 1]) = (first, second)
            i += 2
        }
        if i < n {
            var total = 0.0
            for j in 0..<m { total += w[j] * r[i * m + j] }
            scores[i] = total
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let contributions = workspace.matrix { i, j in matrix.columns[j].weight * workspace.normalized[i * workspace.columns + j] }
        return MethodOutput(scores: scores, contributions: contributions)
    }
}
