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
        var scores: [Double] = [], details: [[(String, Double)]] = [], sumTerms: [[Double]] = []
        scores.reserveCapacity(normalized.optionCount)
        for row in normalized.values {
            let terms = row.indices.map { weights[$0] * row[$0] }
            let sum = terms.reduce(0, +)
            let product = WeightedProduct.product(row, weights: weights)
            scores.append(lambda * sum + (1 - lambda) * product)
            details.append([("wsm", sum), ("wpm", product)])
            sumTerms.append(terms)
        }
        return MethodOutput(scores: scores, details: details, terms: sumTerms)
    }
}
