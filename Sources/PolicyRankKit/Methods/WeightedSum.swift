/// Weighted sum / additive value model (WSM): score_i = Σ_j w_j · r_ij, where r is the
/// normalized matrix (Fishburn 1967; Keeney & Raiffa 1976, additive value function).
/// Default normalization `scale`, so an option's score does not change when others are
/// added or removed. Each term w_j · r_ij is reported as that criterion's contribution.
public struct WeightedSum: AggregationMethod {
    public init() {}

    public let name = "wsm"
    public let defaultNormalization = Normalization.scale
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "weighted sum / additive value (Fishburn 1967)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let normalized = matrix.normalized(normalization)
        let weights = normalized.weights
        let contributions = normalized.values.mapRows { row, target in
            for j in row.indices { target[j] = weights[j] * row[j] }
        }
        return MethodOutput(scores: contributions.rowSums(), contributions: contributions)
    }
}


