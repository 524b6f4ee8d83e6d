/// Exact search over packages of measures (docs/DESIGN.md §4.1): every feasible package is
/// visited once and scored by the plan's method, or skipped only by a bound that provably
/// cannot admit it.
///
/// Packages are enumerated depth first, members added in id order, so a package's combined
/// score on each leaf is its parent's combined with one more member: `sum` and `mean` add
/// in member order, exactly as `CombineRule.combine` folds them, so the search and a direct
/// evaluation of the same package agree to the bit. A subtree is pruned when
/// - `max_size` is reached;
/// - the next measure is exclusive with a member (that branch only);
/// - a member requires a measure earlier in id order that is not in the package (later
///   packages of the subtree only add later measures, so none of them can satisfy it);
/// - a budget is exceeded even if every remaining measure with a negative cost and every
///   interaction with a negative delta were added (clamping to the scale is monotone, so a
///   lower bound stays one after clamping).
///
/// Feasible packages are collected into a batch and scored together through the method's
/// `score` (the one path `rank` takes, docs/DESIGN.md §2): a method that scores each option
/// alone gives a row the same score whatever else is in the batch.
///
/// One instance per worker thread: its buffers are its own.
final class PackageSearch {
    let portfolio: PortfolioProblem
    let measureCount: Int
    let leafCount: Int
    let method: any AggregationMethod
    /// +1 when higher scores are better, −1 when lower are: merit = sign · score.
    let sign: Double
    private let input: ScoringInput
    private let workspace: ScoringWorkspace
    private let lower: [Double]
    private let upper: [Double]
    private let valueFunctions: [ValueFunction?]
    private let combine: [CombineRule]
    private let requiredMask: [UInt64]
    private let excludedMask: [UInt64]
    private let interactionMasks: [UInt64]
    private let budgetLeaves: [Int]
    private let budgetLimits: [Double]
    /// Per budget, the sum of the negative interaction deltas on its leaf.
    private let negativeDeltas: [Double]

    /// Raw scores by measure position: `raw[p * leafCount + j]`.
    let raw: UnsafeMutableBufferPointer<Double>
    /// `futureMinimum[b * (measureCount + 1) + s]`: Σ over positions ≥ s of min(0, cost).
    private let futureMinimum: UnsafeMutableBufferPointer<Double>
    /// The combined scores of the package at each depth of the search.
    private let accumulated: UnsafeMutableBufferPointer<Double>
    /// The package being finished: combined, interactions added, clamped (raw units).
    private let finished: UnsafeMutableBufferPointer<Double>

    static let batchSize = 256
    private let rows: UnsafeMutableBufferPointer<Double>
    private let masks: UnsafeMutableBufferPointer<UInt64>
    private let uses: UnsafeMutableBufferPointer<Double>
    private let scores: UnsafeMutableBufferPointer<Double>
    private var batchCount = 0
    private var weights = UnsafeBufferPointer<Double>(start: nil, count: 0)

    /// For `scoreOne`: whether budgets are checked, and the interaction left out.
    private var checksBudgets = true
    private var switchedOff: Int?

    /// Feasible packages the last search found whose combined score was clamped, per leaf.
    private(set) var clampedCounts: [Int]
    /// Packages visited (feasible or not) by the last search.
    private(set) var visited = 0

    init(problem: DecisionProblem, portfolio: PortfolioProblem, plan: RankingPlan) {
        self.portfolio = portfolio
        measureCount = portfolio.measureCount
        leafCount = problem.leaves.count
        method = plan.method
        sign = plan.method.better == .higher ? 1 : -1
        input = ScoringInput(
            values: UnsafeBufferPointer(start: nil, count: 0), weights: UnsafeBufferPointer(start: nil, count: 0),
            normalization: plan.normalization, parameters: plan.parameterMap)
        workspace = ScoringWorkspace(rows: Self.batchSize, columns: problem.matrix(weights: plan.weights).columns)
        lower = problem.leaves.map(\.bounds.lowerBound)
        upper = problem.leaves.map(\.bounds.upperBound)
        valueFunctions = problem.leaves.map(\.valueFunction)
        combine = portfolio.combine
        requiredMask = portfolio.requires.map { $0.reduce(0) { $0 | PortfolioProblem.bit($1) } }
        var excluded = Array(repeating: UInt64(0), count: portfolio.measureCount)
        for group in portfolio.exclusive {
            let mask = group.reduce(UInt64(0)) { $0 | PortfolioProblem.bit($1) }
            for p in group { excluded[p] |= mask & ~PortfolioProblem.bit(p) }
        }
        excludedMask = excluded
        interactionMasks = portfolio.interactions.map(\.mask)
        budgetLeaves = portfolio.budgets.map(\.leaf)
        budgetLimits = portfolio.budgets.map(\.limit)
        negativeDeltas = portfolio.budgets.map { budget in
            portfolio.interactions.reduce(0) { total, interaction in
                total + interaction.deltas.filter { $0.leaf == budget.leaf }.reduce(0) { $0 + Swift.min(0, $1.delta) }
            }
        }
        let m = leafCount, n = portfolio.measureCount
        raw = .allocate(capacity: max(n * m, 1))
        raw.initialize(repeating: 0)
        futureMinimum = .allocate(capacity: max(portfolio.budgets.count * (n + 1), 1))
        futureMinimum.initialize(repeating: 0)
        accumulated = .allocate(capacity: max((n + 1) * m, 1))
        accumulated.initialize(repeating: 0)
        finished = .allocate(capacity: max(m, 1))
        finished.initialize(repeating: 0)
        rows = .allocate(capacity: max(Self.batchSize * m, 1))
        rows.initialize(repeating: 0)
        masks = .allocate(capacity: Self.batchSize)
        masks.initialize(repeating: 0)
        uses = .allocate(capacity: max(Self.batchSize * portfolio.budgets.count, 1))
        uses.initialize(repeating: 0)
        scores = .allocate(capacity: Self.batchSize)
        scores.initialize(repeating: 0)
        clampedCounts = Array(repeating: 0, count: m)
        setScores(portfolio.raw)
    }

    deinit {
        for buffer in [raw, futureMinimum, accumulated, finished, rows, uses, scores] { buffer.deallocate() }
        masks.deallocate()
    }

    /// Takes the raw scores of every option (option-major, as `PortfolioProblem.raw`): the
    /// likely ones, or a sample's.
    func setScores(_ optionMajor: UnsafeBufferPointer<Double>) {
        let m = leafCount
        for (p, option) in portfolio.measures.enumerated() {
            for j in 0..<m { raw[p * m + j] = optionMajor[option * m + j] }
        }
        let n = measureCount
        for (b, leaf) in budgetLeaves.enumerated() {
            futureMinimum[b * (n + 1) + n] = 0
            for p in stride(from: n - 1, through: 0, by: -1) {
                futureMinimum[b * (n + 1) + p] = futureMinimum[b * (n + 1) + p + 1] + Swift.min(0, raw[p * m + leaf])
            }
        }
    }

    func setScores(_ optionMajor: [Double]) {
        optionMajor.withUnsafeBufferPointer { setScores($0) }
    }

    /// Visits every feasible package under `weights` (one per leaf) and hands each, scored,
    /// to `collector`.
    func search<Collector: PackageCollector>(weights: UnsafeBufferPointer<Double>, into collector: inout Collector) {
        self.weights = weights
        visited = 0
        batchCount = 0
        for j in clampedCounts.indices { clampedCounts[j] = 0 }
        if measureCount > 0 { visit(start: 0, depth: 0, mask: 0, needed: 0, into: &collector) }
        flush(into: &collector)
    }

    private func visit<Collector: PackageCollector>(start: Int, depth: Int, mask: UInt64, needed: UInt64, into collector: inout Collector) {
        let m = leafCount
        let parent = UnsafeMutableBufferPointer(rebasing: accumulated[(depth * m)..<((depth + 1) * m)])
        let current = UnsafeMutableBufferPointer(rebasing: accumulated[((depth + 1) * m)..<((depth + 2) * m)])
        for k in start..<measureCount {
            if mask & excludedMask[k] != 0 { continue }
            let members = mask | PortfolioProblem.bit(k)
            let needs = needed | requiredMask[k]
            // A missing requirement at a position ≤ k can never be added below this node.
            let settled: UInt64 = k + 1 >= 64 ? ~0 : (PortfolioProblem.bit(k + 1) - 1)
            if needs & ~members & settled != 0 { continue }
            for j in 0..<m {
                let value = raw[k * m + j]
                if depth == 0 {
                    current[j] = value
                } else {
                    switch combine[j] {
                    case .sum, .mean: current[j] = parent[j] + value
                    case .max: current[j] = Swift.max(parent[j], value)
                    case .min: current[j] = Swift.min(parent[j], value)
                    }
                }
            }
            visited += 1
            if needs & ~members == 0 { finish(members, size: depth + 1, combined: UnsafeBufferPointer(current), into: &collector) }
            let canGrow = (portfolio.maxSize.map { depth + 1 < $0 } ?? true) && k + 1 < measureCount
            if canGrow && !overBudget(UnsafeBufferPointer(current), from: k + 1) {
                visit(start: k + 1, depth: depth + 1, mask: members, needed: needs, into: &collector)
            }
        }
    }

    /// Whether every package that adds measures from position `start` on breaks a budget.
    private func overBudget(_ combined: UnsafeBufferPointer<Double>, from start: Int) -> Bool {
        let n = measureCount
        for (b, leaf) in budgetLeaves.enumerated() {
            let (sum, future, deltas) = (combined[leaf], futureMinimum[b * (n + 1) + start], negativeDeltas[b])
            let least = sum + future + deltas
            // The bound adds its terms in another order than a package does, so in doubles it
            // can come out an ulp above a package's real use: cut only beyond a margin far
            // wider than any rounding (finish checks every package exactly anyway).
            let slack = 1e-9 * (1 + abs(budgetLimits[b]) + abs(sum) + abs(future) + abs(deltas))
            if Swift.min(Swift.max(least, lower[leaf]), upper[leaf]) > budgetLimits[b] + slack { return true }
        }
        return false
    }

    /// The package's final scores (mean divided, interactions added, clamped), its budgets
    /// checked; a feasible one joins the batch.
    private func finish<Collector: PackageCollector>(_ members: UInt64, size: Int, combined: UnsafeBufferPointer<Double>, into collector: inout Collector) {
        let m = leafCount
        for j in 0..<m { finished[j] = combine[j] == .mean ? combined[j] / Double(size) : combined[j] }
        for (t, interactionMask) in interactionMasks.enumerated() where members & interactionMask == interactionMask && t != switchedOff {
            for (leaf, delta) in portfolio.interactions[t].deltas { finished[leaf] += delta }
        }
        var clamped = false
        for j in 0..<m where finished[j] < lower[j] || finished[j] > upper[j] {
            finished[j] = Swift.min(Swift.max(finished[j], lower[j]), upper[j])
            clamped = true
        }
        if checksBudgets {
            for (b, leaf) in budgetLeaves.enumerated() where finished[leaf] > budgetLimits[b] { return }
        }
        if clamped { countClamping(members, size: size, combined: combined) }
        let row = batchCount * m
        for j in 0..<m { rows[row + j] = valueFunctions[j].map { $0(finished[j]) } ?? finished[j] }
        for (b, leaf) in budgetLeaves.enumerated() { uses[batchCount * budgetLeaves.count + b] = finished[leaf] }
        masks[batchCount] = members
        batchCount += 1
        if batchCount == Self.batchSize { flush(into: &collector) }
    }

    /// Which leaves were clamped (recomputed: rare, and `finished` already holds the result).
    private func countClamping(_ members: UInt64, size: Int, combined: UnsafeBufferPointer<Double>) {
        for j in 0..<leafCount {
            var value = combine[j] == .mean ? combined[j] / Double(size) : combined[j]
            for (t, interactionMask) in interactionMasks.enumerated() where members & interactionMask == interactionMask {
                for (leaf, delta) in portfolio.interactions[t].deltas where leaf == j { value += delta }
            }
            if value < lower[j] || value > upper[j] { clampedCounts[j] += 1 }
        }
    }

    /// Scores the batch through the method and hands it on. Rows past the batch's end repeat
    /// its first row, so that the method reads only real numbers.
    private func flush<Collector: PackageCollector>(into collector: inout Collector) {
        guard batchCount > 0 else { return }
        let m = leafCount
        for i in batchCount..<Self.batchSize {
            for j in 0..<m { rows[i * m + j] = rows[j] }
        }
        var input = self.input
        input.values = UnsafeBufferPointer(rows)
        input.weights = weights
        method.score(input, workspace: workspace, into: scores)
        let budgets = budgetLeaves.count
        for i in 0..<batchCount {
            collector.add(
                merit: sign * scores[i], score: scores[i], members: masks[i],
                uses: UnsafeBufferPointer(rebasing: uses[(i * budgets)..<((i + 1) * budgets)]))
        }
        batchCount = 0
    }

    /// One package scored through the same batch path, with its combined scores (raw
    /// units), or nil when it breaks a constraint. Not during a `search`.
    func evaluate(_ members: UInt64, weights: UnsafeBufferPointer<Double>) -> (score: Double, combined: [Double], uses: [Double])? {
        guard isFeasibleSet(members) else { return nil }
        return scoreOne(members, weights: weights, checkingBudgets: true, without: nil)
    }

    /// Any non-empty set of measures scored through the same path, whatever the constraints
    /// say, optionally without one interaction: what `explain` compares a package with.
    func score(_ members: UInt64, weights: UnsafeBufferPointer<Double>, without interaction: Int? = nil) -> (score: Double, combined: [Double]) {
        let scored = scoreOne(members, weights: weights, checkingBudgets: false, without: interaction)
        return (scored?.score ?? .nan, scored?.combined ?? [])
    }

    /// One package through `finish` and `flush`, its members folded as the search folds them
    /// (in member order, the first member as the start); nil when a checked budget excludes it.
    private func scoreOne(
        _ members: UInt64, weights: UnsafeBufferPointer<Double>, checkingBudgets: Bool, without interaction: Int?
    ) -> (score: Double, combined: [Double], uses: [Double])? {
        let positions = PortfolioProblem.positions(members)
        let m = leafCount
        let folded = (0..<m).map { combineRaw(positions, leaf: $0) }
        var single = SinglePackage()
        self.weights = weights
        batchCount = 0
        (checksBudgets, switchedOff) = (checkingBudgets, interaction)
        defer { (checksBudgets, switchedOff) = (true, nil) }
        folded.withUnsafeBufferPointer { finish(members, size: positions.count, combined: $0, into: &single) }
        guard batchCount == 1 else { return nil }
        let combinedScores = Array(finished[0..<m])
        let packageUses = Array(uses[0..<budgetLeaves.count])
        flush(into: &single)
        return single.result.map { ($0, combinedScores, packageUses) }
    }

    private func combineRaw(_ positions: [Int], leaf j: Int) -> Double {
        let m = leafCount
        var value = raw[positions[0] * m + j]
        for p in positions.dropFirst() {
            switch combine[j] {
            case .sum, .mean: value += raw[p * m + j]
            case .max: value = Swift.max(value, raw[p * m + j])
            case .min: value = Swift.min(value, raw[p * m + j])
            }
        }
        return value
    }

    /// Size, exclusivity and requirements (budgets are checked on the finished scores).
    func isFeasibleSet(_ members: UInt64) -> Bool {
        guard members != 0 else { return false }
        let positions = PortfolioProblem.positions(members)
        if let maxSize = portfolio.maxSize, positions.count > maxSize { return false }
        for p in positions {
            if members & excludedMask[p] != 0 { return false }
            if requiredMask[p] & ~members != 0 { return false }
        }
        return true
    }
}

/// Receives every feasible package of a search, scored.
protocol PackageCollector {
    mutating func add(merit: Double, score: Double, members: UInt64, uses: UnsafeBufferPointer<Double>)
}

/// The one package of `PackageSearch.evaluate`.
private struct SinglePackage: PackageCollector {
    var result: Double?

    mutating func add(merit: Double, score: Double, members: UInt64, uses: UnsafeBufferPointer<Double>) {
        result = score
    }
}
