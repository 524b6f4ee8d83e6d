import Foundation

/// Weights derived from the scores themselves, for when no one will state importance.
public enum ObjectiveWeights {
    /// Shannon entropy weights (Hwang & Yoon 1981, §3.1; Zeleny 1982): p_ij = x_ij / Σ_i x_ij,
    /// E_j = −Σ_i p_ij ln p_ij / ln m, w_j = (1 − E_j) / Σ_k (1 − E_k). A criterion whose scores
    /// vary more carries more information and more weight. On raw scores, which must not be
    /// negative; 0·ln 0 counts as 0, and an all-zero column has E = 1 (no information).
    public static func entropy(criteria: [String], matrix: [[Double]]) -> WeightingResult {
        let m = matrix.count
        let divergence = criteria.indices.map { j -> Double in
            let column = matrix.map { $0[j] }
            let total = column.reduce(0, +)
            guard total > 0, m > 1 else { return 0 }
            let entropy =
                -column.reduce(0.0) { sum, x in
                    let p = x / total
                    return p > 0 ? sum + p * log(p) : sum
                } / log(Double(m))
            return 1 - entropy
        }
        let total = divergence.reduce(0, +)
        return WeightingResult(
            method: "entropy", criteria: criteria,
            weights: divergence.map { total > 0 ? $0 / total : 1 / Double(criteria.count) })
    }

    /// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995, Computers & OR 22(7)): scores scaled
    /// to [0, 1] between each criterion's worst and best (so a cost criterion is inverted),
    /// C_j = σ_j Σ_k (1 − r_jk) with σ the standard deviation and r Pearson's correlation,
    /// w_j = C_j / Σ C. Contrast and conflict with the other criteria both add weight. A constant
    /// criterion has σ = 0 and weight 0, and its correlation with others counts as 0.
    public static func critic(criteria: [String], directions: [Direction], matrix: [[Double]]) -> WeightingResult {
        let n = criteria.count, m = matrix.count
        let scaled: [[Double]] = (0..<n).map { j in
            let column = matrix.map { $0[j] }
            let low = column.min() ?? 0, high = column.max() ?? 0
            guard high > low else { return column.map { _ in 0 } }
            return column.map { directions[j] == .benefit ? ($0 - low) / (high - low) : (high - $0) / (high - low) }
        }
        let means = scaled.map { $0.reduce(0, +) / Double(max(m, 1)) }
        let deviations = (0..<n).map { j -> Double in
            var sum = 0.0
            for x in scaled[j] { sum += (x - means[j]) * (x - means[j]) }
            return (sum / Double(max(m, 1))).squareRoot()
        }
        func correlation(_ a: Int, _ b: Int) -> Double {
            guard deviations[a] > 0, deviations[b] > 0 else { return 0 }
            var covariance = 0.0
            for i in 0..<m { covariance += (scaled[a][i] - means[a]) * (scaled[b][i] - means[b]) }
            covariance /= Double(m)
            return covariance / (deviations[a] * deviations[b])
        }
        let information = (0..<n).map { j -> Double in
            var conflict = 0.0
            for k in 0..<n { conflict += 1 - correlation(j, k) }
            return deviations[j] * conflict
        }
        let total = information.reduce(0, +)
        return WeightingResult(
            method: "critic", criteria: criteria,
            weights: information.map { total > 0 ? $0 / total : 1 / Double(n) })
    }
}
