/// WASPAS (Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012, Elektronika ir
/// Elektrotechnika 122(6), eq. 1–5): Q_i = λ·Σ_j w_j r_ij + (1 − λ)·Π_j r_ij^w_j with linear
/// normalization (x/max; cost min/x). λ = 0 is WPM, λ = 1 is WSM; the paper uses 0.5.
public struct WASPAS: AggregationMethod {
    public init() {}

    public let name = "waspas"
    public let defaultNormalization = Normalization.linear
    public let parameters = [MethodParameter(name: "lambda", defaultValue: 0.5, range: 0...1, summary: "weight of the weighted sum against the weighted product")]
    public let better = ScoreOrder.higher
    public let summary = "WASPAS, λ·WSM + (1 − λ)·WPM (Zavadskas et al. 2012)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let lambda = parameters["lambda"] ?? 0.5
        let normalized = matrix.normalized(normalization)
        let weights = normalized.weights
        let sumTerms = normalized.values.mapRows { row, target in
            for j in row.indices { target[j] = weights[j] * row[j] }
        }
        let sums = sumTerms.rowSums()
        let products = normalized.values.reduceRows { WeightedProduct.product($0, weights: weights) }
        let scores = zip(sums, products).map { lambda * $0 + (1 - lambda) * $1 }
        return MethodOutput(scores: scores, details: [MethodDetail("wsm", sums), MethodDetail("wpm", products)], terms: sumTerms)
    }
}
