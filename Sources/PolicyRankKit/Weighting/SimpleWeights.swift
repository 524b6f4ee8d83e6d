/// Swing weighting (von Winterfeldt & Edwards 1986): each criterion's swing from worst to best
/// is given points, the most important swing 100; weights are the points normalized.
public enum SwingWeights {
    public static func weights(criteria: [String], points: [Double]) -> WeightingResult {
        // Scaled by the largest first, so huge points cannot overflow their sum into zeros.
        let largest = points.map(abs).max() ?? 0
        let scaled = largest > 0 && largest.isFinite ? points.map { $0 / largest } : points
        let total = scaled.reduce(0, +)
        return WeightingResult(method: "swing", criteria: criteria, weights: scaled.map { total > 0 ? $0 / total : 0 })
    }
}

/// Rank-order centroid weights (Barron & Barrett 1996, Management Science 42(11)): for n
/// criteria ranked from most to least important, w_k = (1/n) Σ_{i=k}^{n} 1/i, the centroid of
/// all weight vectors that respect the ranking.
public enum RankOrderCentroid {
    public static func weights(ranked criteria: [String]) -> WeightingResult {
        let n = criteria.count
        let weights = (1...max(n, 1)).prefix(n).map { k in (k...n).reduce(0.0) { $0 + 1 / Double($1) } / Double(n) }
        return WeightingResult(method: "roc", criteria: criteria, weights: weights)
    }
}
