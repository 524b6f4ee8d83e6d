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
        scores.withUnsafeBufferPointer { scores in
            idOrder.withUnsafeBufferPointer { idOrder in
                order.withUnsafeMutableBufferPointer { order in
                    ranks.withUnsafeMutableBufferPointer { ranks in
                        rank(scores, idOrder: idOrder, better: better, order: order, ranks: ranks)
                    }
                }
            }
        }
        return order.map { ($0, ranks[$0]) }
    }

    /// Each id's position in sorted id order, so that ties can be broken by comparing integers.
    public static func idOrder(_ ids: [String]) -> [Int] {
        var position = [Int](repeating: 0, count: ids.count)
        for (place, index) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { position[index] = place }
        return position
    }

    /// The allocation-free form SMAA calls once per sample: `order` receives the option
    /// indices best first (ties by id), `ranks[i]` option i's competition rank (1-based).
    public static func rank(_ scores: UnsafeBufferPointer<Double>, idOrder: UnsafeBufferPointer<Int>, better: ScoreOrder,
                            order: UnsafeMutableBufferPointer<Int>, ranks: UnsafeMutableBufferPointer<Int>) {
        let n = scores.count
        let sign = better == .higher ? 1.0 : -1.0
        // A NaN score (a degenerate method) sorts last rather than breaking the ordering.
        func key(_ i: Int) -> Double {
            let value = sign * scores[i]
            return value.isNaN ? -.infinity : value
        }
        for i in 0..<n { order[i] = i }
        // Insertion sort by exact score, best first, then id: n is small in the sampling loop,
        // and for large n the comparison sort below takes over.
        if n <= 32 {
            for k in 1..<max(n, 1) {
                let item = order[k], itemKey = key(item)
                var slot = k
                while slot > 0, precedes(itemKey, idOrder[item], key(order[slot - 1]), idOrder[order[slot - 1]]) {
                    order[slot] = order[slot - 1]
                    slot -= 1
                }
                order[slot] = item
            }
        } else {
            var all = order
            all.sort { precedes(key($0), idOrder[$0], key($1), idOrder[$1]) }
        }
        // Cut tie groups from the sorted order, each starting at its best score.
        var start = 0
        while start < n {
            let leader = key(order[start])
            var end = start + 1
            while end < n, leader - key(order[end]) <= tolerance { end += 1 }
            for k in start..<end { ranks[order[k]] = start + 1 }
            // Within a group, list by id.
            if end - start > 1 {
                var group = UnsafeMutableBufferPointer(rebasing: order[start..<end])
                group.sort { idOrder[$0] < idOrder[$1] }
            }
            start = end
        }
    }

    private static func precedes(_ keyA: Double, _ idA: Int, _ keyB: Double, _ idB: Int) -> Bool {
        keyA != keyB ? keyA > keyB : idA < idB
    }
}
