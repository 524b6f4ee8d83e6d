import Foundation

/// Weighted product model (WPM; Bridgman 1922, Miller & Starr 1969): score_i = Π_j r_ij^w_j
/// on the normalized matrix r. Default normalization `linear` (x/max, cost min/x), as in
/// WASPAS (Zavadskas et al. 2012), so that scores are ratios to the best value. A zero
/// normalized value with positive weight makes the product 0: WPM is non-compensatory there.
public struct WeightedProduct: AggregationMethod {
    public init() {}

    public let name = "wpm"
    public let defaultNormalization = Normalization.linear
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "weighted product (Bridgman 1922; Miller & Starr 1969)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let normalized = matrix.normalized(normalization)
        return MethodOutput(
            scores: normalized.values.map { Self.product($0, weights: normalized.weights) },
            terms: normalized.values.map { row in zip(row, normalized.weights).map { $1 * log(max($0, 1e-12)) } })
    }

    static func product(_ row: [Double], weights: [Double]) -> Double {
        zip(row, weights).reduce(1.0) { product, pair in
            let (value, weight) = pair
            return weight == 0 ? product : product * pow(max(value, 0), weight)
        }
    }
}
