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
        let terms = Self.logTerms(normalized)
        return MethodOutput(scores: zip(normalized.values, terms).map { Self.product($0, $1, weights: normalized.weights) }, terms: terms)
    }

    /// w_j · ln r_ij per cell: the product as a sum, and the per-criterion terms `explain`
    /// compares (a zero value counts as ln 1e-12 there).
    static func logTerms(_ normalized: NormalizedMatrix) -> [[Double]] {
        let weights = normalized.weights
        return normalized.values.map { row in
            [Double](unsafeUninitializedCapacity: row.count) { buffer, count in
                for j in row.indices { buffer[j] = weights[j] == 0 ? 0 : weights[j] * log(max(row[j], 1e-12)) }
                count = row.count
            }
        }
    }

    /// Π r^w = exp(Σ w ln r), or 0 as soon as a positively weighted value is 0 or below.
    static func product(_ row: [Double], _ terms: [Double], weights: [Double]) -> Double {
        for j in row.indices where weights[j] > 0 && row[j] <= 0 { return 0 }
        return exp(terms.reduce(0, +))
    }

    /// The same product without keeping the per-criterion terms.
    static func product(_ row: [Double], weights: [Double]) -> Double {
        var logSum = 0.0
        for j in row.indices where weights[j] > 0 {
            if row[j] <= 0 { return 0 }
            logSum += weights[j] * log(row[j])
        }
        return exp(logSum)
    }
}
