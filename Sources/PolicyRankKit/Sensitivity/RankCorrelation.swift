/// Rank correlations between two rankings of the same options.
enum RankCorrelation {
    /// Spearman's ρ: Pearson's correlation of the two rank vectors (average ranks for ties,
    /// so tied options do not get an arbitrary order). nil when either ranking is all ties:
    /// a correlation with a constant is undefined.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double? {
        let n = Double(a.count)
        guard a.count > 1 else { return nil }
        let meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
        var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
        for (x, y) in zip(a, b) {
            covariance += (x - meanA) * (y - meanB)
            varianceA += (x - meanA) * (x - meanA)
            varianceB += (y - meanB) * (y - meanB)
        }
        guard varianceA > 0, varianceB > 0 else { return nil }
        return covariance / (varianceA * varianceB).squareRoot()
    }

    /// Kendall's τ-b (Kendall 1945), which corrects for ties in either ranking; nil when
    /// either ranking is all ties.
    static func kendall(_ a: [Double], _ b: [Double]) -> Double? {
        var concordant = 0.0, discordant = 0.0, tiesA = 0.0, tiesB = 0.0
        for i in a.indices {
            for k in a.indices where k > i {
                let x = a[i] - a[k], y = b[i] - b[k]
                if x == 0 && y == 0 { continue }
                if x == 0 { tiesA += 1 } else if y == 0 { tiesB += 1 } else if (x > 0) == (y > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let denominator = ((concordant + discordant + tiesA) * (concordant + discordant + tiesB)).squareRoot()
        return denominator == 0 ? nil : (concordant - discordant) / denominator
    }

    /// Average ranks (1 = best) of the options, in `ids` order, from a ranking's entries.
    static func averageRanks(_ ranking: Ranking, ids: [String]) -> [Double] {
        var byRank: [Int: [String]] = [:]
        for entry in ranking.entries { byRank[entry.rank, default: []].append(entry.id) }
        var rank: [String: Double] = [:]
        for (start, group) in byRank {
            let average = Double(start) + Double(group.count - 1) / 2
            for id in group { rank[id] = average }
        }
        return ids.map { rank[$0] ?? 0 }
    }
}
