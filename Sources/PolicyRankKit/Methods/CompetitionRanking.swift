/// Ranks with the convention docs/DESIGN.md pins: competition ranking (1, 2, 2, 4), with scores
/// equal within 1e-9 tied, tied options listed by id so the output is stable.
///
/// "Equal within 1e-9" is not transitive, so it cannot be a sort comparator: with scores
/// 6e-10 apart in a chain, a comparator that calls neighbours equal and falls back to ids can
/// put the highest score below the lowest. Instead the options are sorted by their exact
/// scores (a strict weak ordering), and tie groups are then cut from that order: a group
/// starts at its best score and takes every following score within 1e-9 of it. A higher
/// score therefore never ranks below a lower one, and the groups do not depend on ids.
public enum CompetitionRanking {
    public static let tolerance = 1e-9

    /// Returns the option indices best first and each one's rank.
    public static func rank(scores: [Double], ids: [String], better: ScoreOrder) -> [(index: Int, rank: Int)] {
        let idOrder = Self.idOrder(ids)
        var order = [Int](repeating: 0, count: scores.count)
        var ranks = [Int](repeating: 0, count: scores.count)
        var keys = [Double](repeating: 0, count: scores.count)
        scores.withUnsafeBufferPointer { scores in
            idOrder.withUnsafeBufferPointer { idOrder in
                order.withUnsafeMutableBufferPointer { order in
                    ranks.withUnsafeMutableBufferPointer { ranks in
                        keys.withUnsafeMutableBufferPointer { keys in
                            rank(scores, idOrder: idOrder, better: better, order: order, ranks: ranks, keys: keys)
                        }
                    }
                }
            }
        }
        return order.map { ($0, ranks[$0]) }
    }

    /// 1 when `key` ties with `leader`, a key at least as good, else 0: within the tolerance,
    /// or equal (equal keys tie even when infinite: inf − inf is NaN, which no tolerance
    /// admits). Bits, not `||`, so that the sampling loop's check compiles to no jump.
    @inline(__always)
    private static func tieBit(_ leader: Double, _ key: Double) -> Int {
        (leader - key <= tolerance ? 1 : 0) | (leader == key ? 1 : 0)
    }

    /// Whether option `i` takes rank 1 in `rank(…)` of these scores, without ranking: the top
    /// group starts at the best key and takes every key within the tolerance of it, so option
    /// i is in it exactly when its key ties with the best (SMAA's confidence pass asks only this).
    public static func isFirst(_ i: Int, _ scores: UnsafeBufferPointer<Double>, better: ScoreOrder) -> Bool {
        let sign = better == .higher ? 1.0 : -1.0
        var best = -Double.infinity
        for k in scores.indices { best = max(best, key(scores[k], sign)) }
        return tieBit(best, key(scores[i], sign)) == 1
    }

    /// The key options are ordered by, higher better: the score under `sign` (±1 for the
    /// method's order), and a NaN score (a degenerate method) lowest.
    @inline(__always)
    private static func key(_ score: Double, _ sign: Double) -> Double {
        let value = sign * score
        return value.isNaN ? -.infinity : value
    }

    /// Each id's position in sorted id order, so that ties can be broken by comparing integers.
    public static func idOrder(_ ids: [String]) -> [Int] {
        var position = [Int](repeating: 0, count: ids.count)
        for (place, index) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { position[index] = place }
        return position
    }

    /// The allocation-free form SMAA calls once per sample: `order` receives the option
    /// indices best first (ties by id), `ranks[i]` option i's competition rank (1-based);
    /// `keys` is scratch for one oriented score per option.
    public static func rank(
        _ scores: UnsafeBufferPointer<Double>, idOrder: UnsafeBufferPointer<Int>, better: ScoreOrder,
        order: UnsafeMutableBufferPointer<Int>, ranks: UnsafeMutableBufferPointer<Int>,
        keys: UnsafeMutableBufferPointer<Double>
    ) {
        let n = scores.count
        let sign = better == .higher ? 1.0 : -1.0
        for i in 0..<n {
            keys[i] = key(scores[i], sign)
            ranks[i] = 0  // here, not in a loop of its own, which becomes a call to memset
        }
        // The order by exact key, best first, then id. For the few options of a sampling loop,
        // each option's place is the count of options ahead of it, each pair compared once: a
        // fixed number of comparisons and no jumps, where a sort would mispredict on every
        // random sample. Insertion sort up to 32 options, then a comparison sort.
        if n <= 16 {
            // Random samples seldom put two options within the tolerance: then every group is
            // one option, its rank its place, and the cutting below is skipped. A pair within
            // the tolerance anywhere means one between neighbours in the order (rounding is
            // monotonic), so every pair is checked here instead of the order's neighbours.
            // No ids are compared here: equal keys are within the tolerance, so the cutting
            // below runs and lists every group by id. Until then equal keys keep the order of
            // their indices, which is still a total order (by key, then index).
            var close = 0
            for i in 0..<n {
                let key = keys[i]
                var ahead = ranks[i]
                for k in (i + 1)..<n {
                    // Bits, not `||`, which compiles to the jumps this path avoids.
                    let other = keys[k]
                    let otherAhead = other > key ? 1 : 0
                    ahead &+= otherAhead
                    ranks[k] &+= 1 &- otherAhead
                    close |= ((key - other).magnitude <= tolerance ? 1 : 0) | (other == key ? 1 : 0)
                }
                ranks[i] = ahead
            }
            for i in 0..<n {
                order[ranks[i]] = i
                ranks[i] &+= 1
            }
            if close == 0 { return }
        } else if n <= 32 {
            for k in 0..<n {
                let item = k, itemKey = keys[k], itemId = idOrder[k]
                var slot = k
                while slot > 0 {
                    let other = order[slot - 1]
                    guard itemKey > keys[other] || (itemKey == keys[other] && itemId < idOrder[other]) else { break }
                    order[slot] = other
                    slot -= 1
                }
                order[slot] = item
            }
        } else {
            for i in 0..<n { order[i] = i }
            var all = order
            all.sort { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : idOrder[$0] < idOrder[$1] }
        }
        // Cut tie groups from the sorted order, each starting at its best score.
        var start = 0
        while start < n {
            let leader = keys[order[start]]
            var end = start + 1
            while end < n, tieBit(leader, keys[order[end]]) == 1 { end += 1 }
            for k in start..<end { ranks[order[k]] = start + 1 }
            // Within a group, list by id (the sorts put equal keys by id already; the count of
            // places up to 16 options put them by index).
            if end - start > 1 {
                var group = UnsafeMutableBufferPointer(rebasing: order[start..<end])
                group.sort { idOrder[$0] < idOrder[$1] }
            }
            start = end
        }
    }
}
