/// What SMAA's sampling loop reads: the likely matrix, the uncertain cells and how to draw
/// them, and the plan's method. Flat arrays throughout, copied into each worker's block, so
/// the loop reads them through pointers and touches no reference count another core writes.
///
/// Nothing here scores: a sample is scored by `AggregationMethod.score`, the code `rank`
/// uses, through the block's own `ScoringWorkspace`.
struct SMAAProblem: Sendable {
    struct UncertainCell: Sendable {
        /// Row-major index into the matrix.
        var index: Int
        var triangular: Bool
        var low: Double
        var mode: Double
        var high: Double
        /// Where the leaf's value function starts in `curves`, and its length; −1 for none.
        var curveStart: Int
        var curveCount: Int
        // Inverse-CDF constants of the triangular distribution, computed once, not per draw:
        // x = low + √(u·lowArea) for u ≤ split, else high − √((1 − u)·highArea).
        var split = 0.0
        var lowArea = 0.0
        var highArea = 0.0

        init(index: Int, distribution: DecisionProblem.UncertainScore.Distribution, curve: (start: Int, count: Int)) {
            self.index = index
            switch distribution {
            case .triangular(let low, let mode, let high): (triangular, self.low, self.mode, self.high) = (true, low, mode, high)
            case .uniform(let low, let high): (triangular, self.low, self.mode, self.high) = (false, low, low, high)
            }
            (curveStart, curveCount) = curve
            if high > low {
                split = (mode - low) / (high - low)
                lowArea = (high - low) * (mode - low)
                highArea = (high - low) * (high - mode)
            }
        }
    }

    let optionCount: Int
    let criterionCount: Int
    /// Row-major option × criterion values at their likely values (value functions applied).
    let base: [Double]
    let uncertain: [UncertainCell]
    /// Every leaf's value-function pairs, one after another (`ValueFunction.pairs`).
    let curves: [Double]
    let stated: [Double]
    let columns: [DecisionMatrix.Column]
    let method: any AggregationMethod
    let normalization: Normalization
    let parameters: [String: Double]
    /// Each option's place in id order, for ties.
    let idOrder: [Int]

    init(problem: DecisionProblem, plan: RankingPlan) {
        optionCount = problem.options.count
        criterionCount = problem.leaves.count
        base = problem.likely.storage
        stated = plan.weights
        columns = problem.matrix(weights: plan.weights).columns
        method = plan.method
        normalization = plan.normalization
        parameters = plan.parameterMap
        idOrder = CompetitionRanking.idOrder(problem.optionIds)
        var curves: [Double] = []
        let curveOf: [(start: Int, count: Int)] = problem.leaves.map { leaf in
            guard let pairs = leaf.valueFunction?.pairs else { return (-1, 0) }
            defer { curves += pairs }
            return (curves.count, pairs.count)
        }
        self.curves = curves
        uncertain = problem.uncertain.map { score in
            UncertainCell(index: score.option * problem.leaves.count + score.leaf, distribution: score.distribution, curve: curveOf[score.leaf])
        }
    }

    /// A block's sampler of the uncertain cells, with buffers of its own.
    func makeCellSampler() -> CellSampler {
        CellSampler(cells: uncertain, curves: curves)
    }

    /// A block's scorer: its own workspace and copies of what the method reads.
    func makeScorer() -> SampleScorer {
        SampleScorer(problem: self)
    }
}

/// Scores and ranks samples for one worker block through the plan's method, with a workspace
/// and rank buffers of the block's own: no allocation per sample, and buffers held as
/// pointers so the loop pays no reference counting or exclusivity checks.
final class SampleScorer {
    let workspace: ScoringWorkspace
    let method: any AggregationMethod
    /// The method's input, its values and weights pointed at each sample's: updated in place,
    /// since a copy per call would retain and release the parameters' dictionary every sample.
    private var input: ScoringInput
    let better: ScoreOrder
    let idOrder: UnsafeMutableBufferPointer<Int>
    let scores: UnsafeMutableBufferPointer<Double>
    let keys: UnsafeMutableBufferPointer<Double>
    let order: UnsafeMutableBufferPointer<Int>
    /// Each option's competition rank in the last sample ranked.
    let ranks: UnsafeMutableBufferPointer<Int>
    /// For a method whose ranking can be partial: the n × n relations of the last sample, so
    /// that ranks are 1 + the options preferred to each (DESIGN §4.3) and rank 1 is the top
    /// group; empty for other methods.
    let relations: UnsafeMutableBufferPointer<OutrankingRelation>
    let partial: Bool
    /// The options of the last sample ranked, best first, when its ranking is complete; nil
    /// when the ranks came from relations.
    var completeOrder: UnsafeMutableBufferPointer<Int>? { lastRankedByRelations ? nil : UnsafeMutableBufferPointer(rebasing: order[0..<workspace.rows]) }
    private var lastRankedByRelations = false

    init(problem: SMAAProblem) {
        let n = problem.optionCount
        workspace = ScoringWorkspace(rows: n, columns: problem.columns)
        method = problem.method
        better = problem.method.better
        // The block's own copy of the parameters; values and weights are set per sample.
        input = ScoringInput(
            values: UnsafeBufferPointer(start: nil, count: 0), weights: UnsafeBufferPointer(start: nil, count: 0),
            normalization: problem.normalization, parameters: problem.parameters.reduce(into: [:]) { $0[$1.key] = $1.value })
        idOrder = .allocate(capacity: max(n, 1))
        for i in 0..<n { idOrder[i] = problem.idOrder[i] }
        scores = .allocate(capacity: max(n, 1))
        keys = .allocate(capacity: max(n, 1))
        order = .allocate(capacity: max(n, 1))
        ranks = .allocate(capacity: max(n, 1))
        scores.initialize(repeating: 0)
        keys.initialize(repeating: 0)
        order.initialize(repeating: 0)
        ranks.initialize(repeating: 0)
        partial = problem.method.ranksPartially
        relations = .allocate(capacity: partial ? max(n * n, 1) : 1)
        relations.initialize(repeating: .indifferent)
    }

    deinit {
        idOrder.deallocate()
        scores.deallocate()
        keys.deallocate()
        order.deallocate()
        ranks.deallocate()
        relations.deallocate()
    }

    /// Declares the block's values buffer and its uncertain cells, the only ones its draws
    /// change, so that normalization maps only those between samples (`NormalizationReuse`).
    func expect(values: UnsafeMutableBufferPointer<Double>, changing cells: CellSampler) {
        guard let base = values.baseAddress else { return }
        workspace.expectValues(at: UnsafePointer(base), changingOnly: cells.indices)
    }

    /// The method's scores of `values` under `weights`, in the block's own buffer.
    private func score(_ values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>, sameValues: Bool) -> UnsafeMutableBufferPointer<Double> {
        workspace.valuesUnchanged(sameValues)
        input.values = values
        input.weights = weights
        let scores = UnsafeMutableBufferPointer(rebasing: self.scores[0..<workspace.rows])
        method.score(input, workspace: workspace, into: scores)
        return scores
    }

    /// Whether option `i` ranks first on `values` under `weights`, as `rank` would say, without
    /// the whole ranking: for a complete ranking its score against the best, for a partial one
    /// the method's own answer (`leads`) or else whether any option is preferred to it.
    /// `sameValues`: as for `rank`.
    func isFirst(_ i: Int, _ values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>, sameValues: Bool = false) -> Bool {
        let scores = score(values, weights: weights, sameValues: sameValues), n = scores.count
        if partial {
            if let answer = method.leads(i, workspace: workspace, input: input) { return answer }
            if method.relations(workspace: workspace, input: input, into: relations) {
                return !(0..<n).contains { relations[$0 * n + i] == .preferred }
            }
        }
        return CompetitionRanking.isFirst(i, UnsafeBufferPointer(scores), better: better)
    }

    /// Scores `values` under `weights` and leaves each option's competition rank in `ranks`.
    /// `sameValues`: the values are those of the previous call, untouched (only the weights differ).
    func rank(_ values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>, sameValues: Bool = false) {
        let scores = score(values, weights: weights, sameValues: sameValues), n = scores.count
        lastRankedByRelations = partial && method.relations(workspace: workspace, input: input, into: relations)
        if lastRankedByRelations {
            for i in 0..<n {
                var preferred = 0
                for a in 0..<n where relations[a * n + i] == .preferred { preferred += 1 }
                ranks[i] = 1 + preferred
            }
            return
        }
        CompetitionRanking.rank(
            UnsafeBufferPointer(scores), idOrder: UnsafeBufferPointer(rebasing: idOrder[0..<n]), better: better,
            order: UnsafeMutableBufferPointer(rebasing: order[0..<n]), ranks: UnsafeMutableBufferPointer(rebasing: ranks[0..<n]),
            keys: UnsafeMutableBufferPointer(rebasing: keys[0..<n]))
    }
}
