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
    /// either ranking is all ties. Above `pairwiseLimit` options by Knight's (1966)
    /// O(n log n) algorithm, which gives the same value: a method comparison of 10,000
    /// options was 66 × 5·10⁷ pairs.
    static func kendall(_ a: [Double], _ b: [Double]) -> Double? {
        a.count > pairwiseLimit ? knight(a, b) : pairwise(a, b)
    }

    static let pairwiseLimit = 64

    /// Knight (1966), "A computer method for calculating Kendall's tau with ungrouped data":
    /// sort by (a, b); count the ties in a (n1) and in both (n3); merge-sort b counting the
    /// swaps (discordant pairs); count the ties in b (n2). Then C − D = n0 − n1 − n2 + n3 − 2·swaps.
    static func knight(_ a: [Double], _ b: [Double]) -> Double? {
        let n = a.count
        guard n > 1 else { return nil }
        let order = a.indices.sorted { (a[$0], b[$0]) < (a[$1], b[$1]) }
        func pairs(_ run: Int) -> Double { Double(run) * Double(run - 1) / 2 }
        var tiesA = 0.0, tiesBoth = 0.0
        var runA = 1, runBoth = 1
        for k in 1..<n {
            let (i, j) = (order[k - 1], order[k])
            if a[i] == a[j] {
                runA += 1
                if b[i] == b[j] {
                    runBoth += 1
                } else {
                    tiesBoth += pairs(runBoth)
                    runBoth = 1
                }
            } else {
                tiesA += pairs(runA)
                tiesBoth += pairs(runBoth)
                runA = 1
                runBoth = 1
            }
        }
        tiesA += pairs(runA)
        tiesBoth += pairs(runBoth)
        var values = order.map { b[$0] }
        var buffer = values
        let swaps = Double(mergeSortCountingSwaps(&values, &buffer, 0, n))
        var tiesB = 0.0, runB = 1
        for k in 1..<n {
            if values[k] == values[k - 1] {
                runB += 1
            } else {
                tiesB += pairs(runB)
                runB = 1
            }
        }
        tiesB += pairs(runB)
        let all = pairs(n)
        let denominator = ((all - tiesA) * (all - tiesB)).squareRoot()
        guard denominator > 0 else { return nil }
        return (all - tiesA - tiesB + tiesBoth - 2 * swaps) / denominator
    }

    /// Sorts `values[low..<high]` ascending, stably, and returns how many pairs were out of
    /// order (an element strictly greater than one after it).
    private static func mergeSortCountingSwaps(_ values: inout [Double], _ buffer: inout [Double], _ low: Int, _ high: Int) -> Int {
        guard high - low > 1 else { return 0 }
        let middle = (low + high) / 2
        var swaps = mergeSortCountingSwaps(&values, &buffer, low, middle) + mergeSortCountingSwaps(&values, &buffer, middle, high)
        var (i, j, k) = (low, middle, low)
        while i < middle && j < high {
            if values[j] < values[i] {
                buffer[k] = values[j]
                swaps += middle - i
                j += 1
            } else {
                buffer[k] = values[i]
                i += 1
            }
            k += 1
        }
        while i < middle {
            buffer[k] = values[i]
            i += 1
            k += 1
        }
        while j < high {
            buffer[k] = values[j]
            j += 1
            k += 1
        }
        for index in low..<high { values[index] = buffer[index] }
        return swaps
    }

    /// Every pair compared: the definition, for small rankings and as the tests' reference.
    static func pairwise(_ a: [Double], _ b: [Double]) -> Double? {
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
