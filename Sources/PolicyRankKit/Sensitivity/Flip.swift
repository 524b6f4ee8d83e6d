/// `policyrank flip TARGET` (docs/DESIGN.md §4.4): the smallest change that puts TARGET first —
/// of the weights (the largest relative change of any leaf weight, |w′ − w|/w, the weights
/// staying on the simplex), of the uncertain scores (the largest share of a declared range
/// used, from the likely value towards an end), or of both at one distance.
///
/// The search is a bisection on the distance d. For each d:
/// - scores: TARGET's uncertain scores move a share d of the way to their favourable ends and
///   every rival's to their unfavourable ends; under any method that rewards a better score
///   this corner is the best that distance allows;
/// - weights: under `wsm` with `scale` normalization an option's score is linear in the
///   weights, so "some weights within d put TARGET first" is a linear feasibility problem,
///   answered exactly (`LinearFeasibility`); under any other method a seeded set of candidate
///   weights within d is tried (each criterion pushed to either end of its box, and random
///   points between), so a "possible" answer is checked by re-ranking but "impossible" means
///   only that none was found.
/// Bisection stops at 1e-6; a tie within 1e-9 counts as first.
public struct FlipResult: Sendable {
    public enum Mode: String, Sendable { case weights, scores, both }

    public var target: String
    public var mode: Mode
    public var possible: Bool
    public var distance: Double?
    /// Leaf id → the new weight, every leaf, when weights may move.
    public var weights: [(criterion: String, weight: Double)]
    /// Scores that moved: option, criterion, the new value in the criterion's units.
    public var scores: [(option: String, criterion: String, value: Double)]
    /// The ranking after the change (ids, best first).
    public var ranking: [String]
    /// Options that tie TARGET at the top after the change (within 1e-9).
    public var tiedWithTarget: [String] = []
    public var reason: String?
    /// Whether the weight search was the exact linear one.
    public var exact: Bool
    public var method: String
}

extension FlipResult {
    public static func compute(_ problem: DecisionProblem, plan: RankingPlan, target: String, mode: Mode) -> FlipResult? {
        guard let t = problem.optionIds.firstIndex(of: target) else { return nil }
        let exact = plan.method is WeightedSum && plan.normalization == .scale
        let base = plan.weights
        var result = FlipResult(
            target: target, mode: mode, possible: false, distance: nil, weights: [], scores: [], ranking: [], reason: nil, exact: exact,
            method: plan.method.name)
        let current = RankingEngine.rank(problem, plan: plan)
        if current.entry(target)?.rank == 1 {
            result.possible = true
            result.distance = 0
            result.weights = zip(problem.leaves, base).map { ($0.id, $1) }
            result.ranking = current.entries.map(\.id)
            return result
        }
        let moveScores = mode != .weights, moveWeights = mode != .scores
        // The largest useful distance: scores use at most their whole range (1); weights reach
        // every point of the simplex once d ≥ max (1 − w)/w over the positive weights.
        let weightReach = base.filter { $0 > 0 }.map { (1 - $0) / $0 }.max() ?? 0
        let top = moveWeights ? max(weightReach, moveScores ? 1 : 0) : 1

        func attempt(_ d: Double) -> (problem: DecisionProblem, weights: [Double])? {
            var moved = problem
            if moveScores { moved = shifted(problem, target: t, share: min(d, 1)) }
            if !moveWeights { return isFirst(moved, plan: plan, weights: base, target: t) ? (moved, base) : nil }
            let found = exact ? linearWeights(moved, plan: plan, target: t, distance: d) : searchedWeights(moved, plan: plan, target: t, distance: d)
            return found.map { (moved, $0) }
        }
        guard attempt(top) != nil else {
            result.reason = impossibleReason(problem, target: t, mode: mode, exact: exact)
            return result
        }
        var low = 0.0, high = top
        while high - low > 1e-6 * max(1, high) {
            let middle = (low + high) / 2
            if attempt(middle) != nil { high = middle } else { low = middle }
        }
        guard let found = attempt(high) else { return result }
        result.possible = true
        result.distance = high
        result.weights = zip(problem.leaves, found.weights).map { ($0.id, $1) }
        if moveScores {
            let shiftedScores = scoreChanges(problem, target: t, share: min(high, 1))
            result.scores = shiftedScores.map { (problem.options[$0.option].id, problem.leaves[$0.leaf].id, $0.value) }
        }
        let reranked = RankingEngine.rank(found.problem, plan: RankingPlan(plan, weights: found.weights))
        // At the smallest distance TARGET often just ties the leader (a tie counts as first):
        // it is listed first of its tie group, the others by id as `rank` lists them.
        let tied = reranked.entries.filter { $0.rank == 1 }.map(\.id)
        result.ranking = [target] + tied.filter { $0 != target } + reranked.entries.filter { $0.rank != 1 }.map(\.id)
        result.tiedWithTarget = tied.filter { $0 != target }
        return result
    }

    /// Whether `target` ranks first (a tie counts) under these weights.
    static func isFirst(_ problem: DecisionProblem, plan: RankingPlan, weights: [Double], target: Int) -> Bool {
        let ranking = RankingEngine.rank(problem, plan: RankingPlan(plan, weights: weights))
        return ranking.entry(problem.optionIds[target])?.rank == 1 && ranking.degeneracy == nil
    }

    /// Each uncertain score's favourable end for its option: the end whose method value is
    /// higher after normalization's orientation (for a cost without a value function, the low end).
    static func favourable(_ problem: DecisionProblem, _ score: DecisionProblem.UncertainScore) -> (good: Double, bad: Double) {
        let (low, high): (Double, Double) =
            switch score.distribution {
            case .triangular(let low, _, let high): (low, high)
            case .uniform(let low, let high): (low, high)
            }
        let leaf = problem.leaves[score.leaf]
        let (a, b) = (leaf.methodValue(low), leaf.methodValue(high))
        let highIsBetter = leaf.methodDirection == .benefit ? b >= a : b <= a
        return highIsBetter ? (high, low) : (low, high)
    }

    /// The likely raw value a rank is computed at.
    static func likelyRaw(_ score: DecisionProblem.UncertainScore) -> Double {
        switch score.distribution {
        case .triangular(_, let mode, _): mode
        case .uniform(let low, let high): (low + high) / 2
        }
    }

    /// The target's uncertain scores a share of the way to their good ends, every rival's to
    /// their bad ends, in raw units.
    static func scoreChanges(_ problem: DecisionProblem, target: Int, share: Double) -> [(option: Int, leaf: Int, value: Double)] {
        problem.uncertain.compactMap { score in
            let (good, bad) = favourable(problem, score)
            let likely = likelyRaw(score)
            let end = score.option == target ? good : bad
            let value = likely + share * (end - likely)
            return value == likely ? nil : (score.option, score.leaf, value)
        }
    }

    static func shifted(_ problem: DecisionProblem, target: Int, share: Double) -> DecisionProblem {
        var storage = problem.likely.storage
        let m = problem.leaves.count
        for change in scoreChanges(problem, target: target, share: share) {
            storage[change.option * m + change.leaf] = problem.leaves[change.leaf].methodValue(change.value)
        }
        var moved = problem
        moved.likely = Matrix(rowCount: problem.likely.rowCount, columnCount: m, storage: storage)
        return moved
    }

    /// The box of weights within relative distance d of the study's, clipped to [0, 1].
    static func box(_ weights: [Double], distance d: Double) -> (lower: [Double], upper: [Double]) {
        (weights.map { max(0, $0 * (1 - d)) }, weights.map { min(1, $0 * (1 + d)) })
    }

    /// wsm under scale: some w in the box, Σw = 1, with Σ_j w_j (N_tj − N_aj) ≥ 0 for every rival.
    static func linearWeights(_ problem: DecisionProblem, plan: RankingPlan, target t: Int, distance d: Double) -> [Double]? {
        let m = problem.leaves.count
        let normalized = (0..<problem.options.count).map { a in
            (0..<m).map { j in ValueOfInformation.normalized(problem.leaves[j], methodValue: problem.likely[a, j]) }
        }
        let (lower, upper) = box(plan.weights, distance: d)
        // Ahead by 1e-8 first: a vertex where every option ties could be found otherwise, and a
        // ranking that ties every option is not a ranking. Where TARGET can at best tie the
        // leader (a tie counts as first), the second pass allows it.
        for margin in [1e-8, -1e-10] {
            var constraints = [LinearFeasibility.Constraint(coefficients: Array(repeating: 1, count: m), bound: 1, isEquality: true)]
            for a in problem.options.indices where a != t {
                constraints.append(.init(coefficients: (0..<m).map { normalized[t][$0] - normalized[a][$0] }, bound: margin, isEquality: false))
            }
            // The options furthest ahead of the target at the study's weights bind first.
            let lead = constraints.map { constraint in zip(constraint.coefficients, plan.weights).reduce(0) { $0 + $1.0 * $1.1 } }
            if let weights = LinearFeasibility.solveGenerating(lower: lower, upper: upper, constraints: constraints, priority: lead),
                isFirst(problem, plan: plan, weights: weights, target: t)
            {
                return weights
            }
        }
        return nil
    }

    /// Any other method: each criterion pushed to either end of its box (the rest rescaled to
    /// keep the sum), then seeded random points of the box on the simplex.
    static func searchedWeights(_ problem: DecisionProblem, plan: RankingPlan, target t: Int, distance d: Double) -> [Double]? {
        let base = plan.weights
        let (lower, upper) = box(base, distance: d)
        func repaired(_ raw: [Double]) -> [Double]? {
            // Clip to the box and rescale the free coordinates until the sum is 1.
            var w = zip(raw, zip(lower, upper)).map { min(max($0, $1.0), $1.1) }
            for _ in 0..<20 {
                let total = w.reduce(0, +)
                if abs(total - 1) < 1e-12 { return w }
                let free = w.indices.filter { total > 1 ? w[$0] > lower[$0] : w[$0] < upper[$0] }
                let room = free.reduce(0) { $0 + w[$1] }
                guard room > 0 else { return nil }
                for j in free { w[j] = min(max(w[j] * (1 + (1 - total) / room), lower[j]), upper[j]) }
            }
            return abs(w.reduce(0, +) - 1) < 1e-9 ? w : nil
        }
        var candidates: [[Double]] = []
        for j in base.indices {
            for end in [lower[j], upper[j]] {
                var w = base
                w[j] = end
                candidates.append(w)
            }
        }
        var random = RandomStream(seed: 1, pass: 5, block: UInt64(t))
        for _ in 0..<400 {
            candidates.append(base.indices.map { lower[$0] + (upper[$0] - lower[$0]) * random.unit() })
        }
        for candidate in candidates {
            if let w = repaired(candidate), isFirst(problem, plan: plan, weights: w, target: t) { return w }
        }
        return nil
    }

    static func impossibleReason(_ problem: DecisionProblem, target t: Int, mode: Mode, exact: Bool) -> String {
        let m = problem.leaves.count
        // Dominated at the most favourable scores: no weights help.
        let best = shifted(problem, target: t, share: 1)
        let dominators = problem.options.indices.filter { a in
            a != t
                && (0..<m).allSatisfy { j in
                    let (x, y) = (best.likely[a, j], best.likely[t, j])
                    return problem.leaves[j].methodDirection == .benefit ? x >= y : x <= y
                }
                && (0..<m).contains { j in best.likely[a, j] != best.likely[t, j] }
        }
        if let dominator = dominators.first {
            return
                "'\(problem.options[dominator].id)' is at least as good on every criterion and better on one, even with the uncertain scores at their ends: no weights make \(problem.options[t].id) first"
        }
        switch mode {
        case .scores:
            return "even with every uncertain score at the end of its range that favours it, \(problem.options[t].id) does not come first at these weights"
        case .weights, .both:
            return exact
                ? "no weights on the simplex put \(problem.options[t].id) first\(mode == .both ? ", even with the uncertain scores at their ends" : "")"
                : "the search found no weights that put \(problem.options[t].id) first (for this method it is a search, not a proof)"
        }
    }
}
