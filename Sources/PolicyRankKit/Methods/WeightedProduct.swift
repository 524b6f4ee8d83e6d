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
        let weights = normalized.weights
        // w_j · ln r_ij per cell: the product as a sum, and the per-criterion terms `explain`
        // compares (a zero value counts as ln 1e-12 there).
        let terms = normalized.values.mapRows { row, target in
            for j in row.indices { target[j] = weights[j] == 0 ? 0 : weights[j] * log(max(row[j], 1e-12)) }
        }
        // Π r^w = exp(Σ w ln r), or 0 as soon as a positively weighted value is 0 or below:
        // 0 where a row has such a value, 1 elsewhere, multiplies the product.
        let logSums = terms.rowSums()
        let survives = normalized.values.reduceRows { row in
            row.indices.contains { weights[$0] > 0 && row[$0] <= 0 } ? 0 : 1
        }
        return MethodOutput(scores: zip(logSums, survives).map { $1 == 0 ? 0 : exp($0) }, terms: terms)
    }

    /// Π r^w without keeping the per-criterion terms (for WASPAS).
    static func product(_ row: UnsafeBufferPointer<Double>, weights: [Double]) -> Double {
        var logSum = 0.0
        for j in row.indices where weights[j] > 0 {
            if row[j] <= 0 { return 0 }
            logSum += weights[j] * log(row[j])
        }
        return exp(logSum)
    }
}
