/// Critical weights: for one criterion, every weight in [0, 1] at which the top-ranked option
/// changes when that criterion's weight moves and the others are rescaled in proportion, and
/// the nearest such weight below and above the current one.
public struct WeightThreshold: Sendable {
    public struct Change: Sendable, Equatable {
        public var weight: Double
        /// The option on top just above this weight.
        public var top: String
    }

    public var criterion: String
    public var weight: Double
    public var lower: Double?
    public var upper: Double?
    public var topAtLower: String?
    public var topAtUpper: String?
    /// Every change of the top between 0 and 1, ascending.
    public var changes: [Change]
    /// The top at weight 0, before the first change.
    public var topAtZero: String

    /// The smallest change of this weight, relative to it, that changes the top; nil if none.
    public var relativeChange: Double? {
        guard weight > 0 else { return nil }
        let distances = [lower.map { weight - $0 }, upper.map { $0 - weight }].compactMap { $0 }
        return distances.min().map { $0 / weight }
    }

    init(criterion: String, weight: Double, topAtZero: String, changes: [Change]) {
        self.criterion = criterion
        self.weight = weight
        self.topAtZero = topAtZero
        self.changes = changes
        let below = changes.last { $0.weight < weight - 1e-12 }
        let above = changes.first { $0.weight > weight + 1e-12 }
        self.lower = below?.weight
        self.upper = above?.weight
        // Going down past `lower`, the top is whoever led just below it.
        if let below {
            let index = changes.firstIndex(of: below) ?? 0
            self.topAtLower = index > 0 ? changes[index - 1].top : topAtZero
        }
        self.topAtUpper = above?.top
    }
}

public enum WeightThresholds {
    /// Changes closer than this to weight 0 or 1 are ties at the end (scores within the 1e-9
    /// tie tolerance there), not changes of the top.
    static let endMargin = 1e-6

    /// Thresholds for every group; closed form for `wsm`, a bracketing search otherwise.
    public static func compute(_ evaluator: WeightedEvaluator, groups: [WeightGroup]) -> [WeightThreshold] {
        groups.map { group in
            evaluator.method is WeightedSum
                ? closedForm(evaluator, group: group)
                : search(evaluator, group: group)
        }
    }

    /// WSM (Triantaphyllou & Sánchez 1997): with the group at weight x and the rest rescaled,
    /// score_i(x) = x·A_i + (1 − x)·B_i, a line per option. The top over [0, 1] is the upper
    /// envelope of the lines; walking it from x = 0 finds every change exactly.
    static func closedForm(_ evaluator: WeightedEvaluator, group: WeightGroup) -> WeightThreshold {
        let weights = evaluator.weights
        let atOne = evaluator.scores(weights: group.reweighted(weights, to: 1))
        let atZero = evaluator.scores(weights: group.reweighted(weights, to: 0))
        let ids = evaluator.matrix.options
        let slope = zip(atOne, atZero).map { $0 - $1 }
        // The leader at x, with ties going to the steeper line (it leads just after x), then id.
        func leader(among candidates: [Int], at x: Double) -> Int {
            candidates.max { a, b in
                let sa = atZero[a] + slope[a] * x, sb = atZero[b] + slope[b] * x
                if abs(sa - sb) > CompetitionRanking.tolerance { return sa < sb }
                if slope[a] != slope[b] { return slope[a] < slope[b] }
                return ids[a] > ids[b]
            } ?? 0
        }
        var x = 0.0
        var top = leader(among: Array(ids.indices), at: 0)
        let first = top
        var changes: [WeightThreshold.Change] = []
        while true {
            // The first line to overtake the leader after x.
            var next: (x: Double, candidates: [Int]) = (.infinity, [])
            for i in ids.indices where i != top && slope[i] > slope[top] + 1e-15 {
                let crossing = (atZero[top] - atZero[i]) / (slope[i] - slope[top])
                // Meeting at x = 1 is a tie at the end, not a change of the top.
                guard crossing > x + 1e-12, crossing < 1 - WeightThresholds.endMargin else { continue }
                if crossing < next.x - 1e-12 { next = (crossing, [i]) } else if abs(crossing - next.x) <= 1e-12 { next.candidates.append(i) }
            }
            guard next.x.isFinite else { break }
            x = next.x
            top = leader(among: next.candidates + [top], at: x)
            changes.append(.init(weight: x, top: ids[top]))
        }
        return WeightThreshold(criterion: group.id, weight: group.weight(in: weights), topAtZero: ids[first], changes: changes)
    }

    /// Any method: the top on a grid of 200 steps plus the current weight, then bisection to
    /// 1e-7 inside every step where the top differs at its ends. A change of the top and back
    /// within one step (0.005) would be missed; the closed form has no such limit.
    static func search(_ evaluator: WeightedEvaluator, group: WeightGroup, steps: Int = 200) -> WeightThreshold {
        let weights = evaluator.weights
        let current = group.weight(in: weights)
        let ids = evaluator.matrix.options
        func top(_ x: Double) -> Int { evaluator.top(weights: group.reweighted(weights, to: x)) }
        // The ends are nudged inwards: options often tie exactly at weight 0 or 1 (when all
        // weight sits on one criterion), and a tie at the end is not a change of the top.
        let inner = (0...steps).map { min(max(Double($0) / Double(steps), endMargin), 1 - endMargin) }
        let grid = Array(Set(inner + [current])).sorted()
        var tops = grid.map(top)
        var changes: [WeightThreshold.Change] = []
        for k in 1..<grid.count where tops[k] != tops[k - 1] {
            var low = grid[k - 1], high = grid[k]
            while high - low > 1e-7 {
                let mid = (low + high) / 2
                if top(mid) == tops[k - 1] { low = mid } else { high = mid }
            }
            tops[k] = top(grid[k])
            changes.append(.init(weight: (low + high) / 2, top: ids[top(high)]))
        }
        return WeightThreshold(criterion: group.id, weight: current, topAtZero: ids[tops[0]], changes: changes)
    }

    /// The criterion whose smallest relative weight change flips the top.
    public static func mostCritical(_ thresholds: [WeightThreshold]) -> WeightThreshold? {
        thresholds.filter { $0.relativeChange != nil }.min { ($0.relativeChange ?? 0) < ($1.relativeChange ?? 0) }
    }
}
