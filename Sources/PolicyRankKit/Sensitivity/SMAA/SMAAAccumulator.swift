/// Counts and sums over a block of samples. Samples are never stored, so memory does not
/// grow with the sample count; blocks merge in block order, so sums are byte-identical
/// whatever the number of threads.
struct SMAAAccumulator: Sendable {
    let n: Int
    let m: Int
    var samples = 0
    /// rankCounts[i * n + r]: samples in which option i took rank r + 1.
    var rankCounts: [Int]
    /// firstWeightSums[i * m + j]: sum of weight j over samples in which option i ranked first.
    var firstWeightSums: [Double]
    /// wins[i * n + k]: samples in which option i scored strictly better than option k.
    var wins: [Int]
    /// confidenceHits[i]: confidence-pass samples in which i ranked first with its central weights.
    var confidenceHits: [Int]
    /// firstShares[i]: samples in which option i ranked first, a tie at the top of k options
    /// counting 1/k for each, so that the shares of all options sum to the sample count.
    var firstShares: [Double]
    var confidenceSamples = 0

    /// Only `firstShares` is kept: no n × n tables (100,000 options would need 160 GB).
    let firstOnly: Bool
    /// Ranks counted per option (`SMAA.rankColumns`): all of them, or the first few in a large study.
    let ranks: Int
    /// Whether the pairwise table is kept (`SMAA.pairwiseLimit`).
    let pairwise: Bool

    init(n: Int, m: Int, firstOnly: Bool = false) {
        self.n = n
        self.m = m
        self.firstOnly = firstOnly
        ranks = firstOnly ? 0 : SMAA.rankColumns(n)
        pairwise = !firstOnly && n <= SMAA.pairwiseLimit
        rankCounts = Array(repeating: 0, count: n * ranks)
        firstWeightSums = Array(repeating: 0, count: firstOnly ? 0 : n * m)
        wins = Array(repeating: 0, count: pairwise ? n * n : 0)
        confidenceHits = Array(repeating: 0, count: n)
        firstShares = Array(repeating: 0, count: n)
    }

    /// Runs `body` with the tables pinned once for a whole block of samples, so that
    /// `Tally.record` per sample pins nothing (four arrays pinned per sample were a uniqueness
    /// check and a call each).
    mutating func withTally<Result>(_ body: (inout Tally) -> Result) -> Result {
        let (n, m, columns, pairwise, firstOnly) = (self.n, self.m, self.ranks, self.pairwise, self.firstOnly)
        var recorded = 0
        let result = rankCounts.withUnsafeMutableBufferPointer { rankCounts in
            wins.withUnsafeMutableBufferPointer { wins in
                firstWeightSums.withUnsafeMutableBufferPointer { firstWeightSums in
                    firstShares.withUnsafeMutableBufferPointer { firstShares in
                        var tally = Tally(
                            n: n, m: m, columns: columns, pairwise: pairwise, firstOnly: firstOnly, rankCounts: rankCounts, wins: wins,
                            firstWeightSums: firstWeightSums, firstShares: firstShares)
                        defer { recorded = tally.samples }
                        return body(&tally)
                    }
                }
            }
        }
        samples += recorded
        return result
    }

    /// The accumulator's tables, pinned for one block (`withTally`).
    struct Tally {
        let n, m, columns: Int
        let pairwise, firstOnly: Bool
        let rankCounts: UnsafeMutableBufferPointer<Int>
        let wins: UnsafeMutableBufferPointer<Int>
        let firstWeightSums: UnsafeMutableBufferPointer<Double>
        let firstShares: UnsafeMutableBufferPointer<Double>
        var samples = 0

        /// Records one sample's competition ranks (1-based, from `CompetitionRanking`, so ties
        /// within 1e-9 share a rank exactly as in `rank`). Option i beats k when its rank is
        /// better. `order`: the options best first when the ranks are complete (nil for a
        /// partial ranking), so that only an option listed ahead of another can beat it: half
        /// the pairs to count. Every index is below its table's size, so it cannot overflow and
        /// `&*`, `&+` skip the overflow checks.
        mutating func record(ranks: UnsafeMutableBufferPointer<Int>, order: UnsafeMutableBufferPointer<Int>?, weights: UnsafeBufferPointer<Double>) {
            samples += 1
            guard let order else {
                recordPartial(ranks, weights)
                return
            }
            // The options of rank 1 head the order: a loop that ends after the first,
            // predictably, where a test per option would have to guess which one won.
            var leaders = 0
            while leaders < n && ranks[order[leaders]] == 1 { leaders &+= 1 }
            let share = 1 / Double(max(leaders, 1))
            for p in 0..<leaders { firstShares[order[p]] += share }
            if firstOnly { return }
            if pairwise {
                for p in 0..<n {
                    let a = order[p], own = ranks[a]
                    for q in (p + 1)..<n {
                        let b = order[q]
                        wins[a &* n &+ b] &+= own < ranks[b] ? 1 : 0
                    }
                }
            }
            for i in 0..<n where ranks[i] <= columns { rankCounts[i &* columns &+ ranks[i] &- 1] &+= 1 }
            for p in 0..<leaders {
                let a = order[p]
                for j in 0..<m { firstWeightSums[a &* m &+ j] += weights[j] }
            }
        }

        /// `record` for a partial ranking, whose options of rank 1 need not head any order.
        private func recordPartial(_ ranks: UnsafeMutableBufferPointer<Int>, _ weights: UnsafeBufferPointer<Double>) {
            var leaders = 0
            for i in 0..<n where ranks[i] == 1 { leaders += 1 }
            let share = 1 / Double(max(leaders, 1))
            for i in 0..<n where ranks[i] == 1 { firstShares[i] += share }
            if firstOnly { return }
            for i in 0..<n {
                let own = ranks[i]
                if pairwise {
                    // A count, not a jump: which of two random samples' ranks is better is unpredictable.
                    for k in 0..<n { wins[i * n + k] &+= own < ranks[k] ? 1 : 0 }
                }
                if own <= columns { rankCounts[i * columns + own - 1] += 1 }
                if own == 1 {
                    for j in 0..<m { firstWeightSums[i * m + j] += weights[j] }
                }
            }
        }
    }

    mutating func merge(_ other: SMAAAccumulator) {
        samples += other.samples
        confidenceSamples += other.confidenceSamples
        for k in rankCounts.indices { rankCounts[k] += other.rankCounts[k] }
        for k in firstWeightSums.indices { firstWeightSums[k] += other.firstWeightSums[k] }
        for k in wins.indices { wins[k] += other.wins[k] }
        for k in confidenceHits.indices { confidenceHits[k] += other.confidenceHits[k] }
        for k in firstShares.indices { firstShares[k] += other.firstShares[k] }
    }
}
