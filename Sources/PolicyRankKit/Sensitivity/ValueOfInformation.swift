import Dispatch
import Foundation

/// Which uncertain scores are worth pinning down (docs/DESIGN.md §4.4): the expected value of
/// perfect information (EVPI) over all uncertain scores, and for each one the expected value of
/// partial perfect information (EVPPI) and the probability that learning it changes the choice.
/// Value is the option's merit under the plan's method at the plan's weights (its score, with
/// the sign turned for methods where lower is better); the reference choice is the option of
/// highest expected merit.
///
/// - EVPI = E[max_a V_a] − max_a E[V_a], by Monte Carlo over the joint draws (seeded, in
///   blocks with their own streams: the same bytes on any number of threads).
/// - EVPPI(X) = E_X[max_a E[V_a | X]] − max_a E[V_a]. Under `wsm` with `scale` normalization an
///   option's value is linear in each normalized cell, so E[V_a | X] moves only the option that
///   X belongs to, by w_j (n(X) − E[n(X)]): the outer expectation is then a one-dimensional
///   integral, taken on 10,000 quantiles of X (quasi-exact, no sampling error). Under any other
///   method the same joint draws are sorted by X and cut into √N bins, and E[V_a | X] is each
///   bin's mean (the single-loop estimator of Strong & Oakley 2013, Medical Decision Making
///   33(6)); its standard error comes from ten interleaved sub-samples.
public struct ValueOfInformation: Sendable {
    public struct Score: Sendable {
        public var option: String
        public var criterion: String
        public var evppi: Double
        public var pChange: Double
    }

    public var evpi: Double
    public var evpiStandardError: Double
    /// Highest EVPPI first (then option, criterion).
    public var scores: [Score]
    /// The largest standard error of an EVPPI; 0 for the quasi-exact computation.
    public var evppiStandardError: Double
    /// "quantile integration (wsm, exact to 1e-4)" or "binned Monte Carlo".
    public var evppiMethod: String
    public var samples: Int
    public var seed: UInt64
    /// The option of highest expected value.
    public var reference: String

    static let quantiles = 10_000
    /// At most this many joint draws are kept (each holds every option's value and every
    /// uncertain cell): 10⁵ bound EVPI's standard error well below the scores' precision and
    /// keep memory to tens of megabytes when SMAA runs 10⁶ samples.
    public static let sampleLimit = 100_000
    /// And at most this many stored values in all (samples × (options + uncertain cells), 160 MB):
    /// a study of 10,000 options with 30,000 uncertain scores took 640 MB at 2,000 samples.
    /// The draws used are reported (`samples`), at least 100.
    public static let valueBudget = 20_000_000

    /// The joint draws kept: as requested, at least 100, at most `sampleLimit`, and within
    /// `valueBudget` stored values.
    static func drawCount(requested: Int, options: Int, cells: Int) -> Int {
        min(max(requested, 100), sampleLimit, max(100, valueBudget / max(options + cells, 1)))
    }
    static let blockSize = 1_024
}

extension ValueOfInformation {
    public static func compute(
        _ problem: DecisionProblem, plan: RankingPlan, samples requested: Int, seed: UInt64,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> ValueOfInformation? {
        guard !problem.uncertain.isEmpty, problem.options.count > 1 else { return nil }
        let n = problem.options.count
        let samples = drawCount(requested: requested, options: n, cells: problem.uncertain.count)
        let draws = JointDraws(problem: problem, plan: plan, samples: samples, seed: seed, threads: threads)
        // Expected values and EVPI from the joint draws.
        var means = [Double](repeating: 0, count: n)
        for s in 0..<samples { for a in 0..<n { means[a] += draws.merit[s * n + a] } }
        for a in 0..<n { means[a] /= Double(samples) }
        let exact = plan.method is WeightedSum && plan.normalization == .scale
        // Under wsm the expected values are exact, and they choose the reference.
        let expected = exact ? exactExpectations(problem, plan: plan) : means
        let ordered = CompetitionRanking.rank(scores: expected, ids: problem.optionIds, better: .higher)
        let reference = ordered[0].index
        var gains = [Double](repeating: 0, count: samples)
        for s in 0..<samples {
            var best = -Double.infinity
            for a in 0..<n { best = max(best, draws.merit[s * n + a]) }
            gains[s] = best - draws.merit[s * n + reference]
        }
        let (evpi, evpiError) = meanAndError(gains)

        // The best and second-best expected values, once: every cell's "best of the others"
        // is one of them (a search per cell was quadratic at 10,000 options).
        let leaders = Self.leaders(expected)
        // Cells are independent, so they are shared out among the threads; each result lands
        // in its own cell's slot, so the order and the bytes do not depend on the threads.
        let cells = problem.uncertain
        var estimates = [(evppi: Double, pChange: Double, error: Double)](repeating: (0, 0, 0), count: cells.count)
        estimates.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let workers = min(max(threads, 1), max(cells.count, 1))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for c in stride(from: worker, to: cells.count, by: workers) {
                    let estimate =
                        exact
                        ? quantileEVPPI(problem, plan: plan, cell: cells[c], expected: expected, leaders: leaders, reference: reference)
                        : binnedEVPPI(draws, cell: c, options: n, reference: reference)
                    out[c] = (estimate.0, estimate.1, estimate.2)
                }
            }
        }
        var largestError = 0.0
        var scores: [Score] = zip(cells, estimates).map { cell, estimate in
            largestError = max(largestError, estimate.error)
            return Score(
                option: problem.options[cell.option].id, criterion: problem.leaves[cell.leaf].id, evppi: max(estimate.evppi, 0), pChange: estimate.pChange)
        }
        scores.sort { $0.evppi != $1.evppi ? $0.evppi > $1.evppi : ($0.option, $0.criterion) < ($1.option, $1.criterion) }
        return ValueOfInformation(
            evpi: max(evpi, 0), evpiStandardError: evpiError, scores: scores, evppiStandardError: largestError,
            evppiMethod: exact ? "quantile integration (wsm: exact up to 10,000 quantiles)" : "binned Monte Carlo (Strong & Oakley 2013)",
            samples: samples, seed: seed, reference: problem.options[reference].id)
    }

    static func meanAndError(_ values: [Double]) -> (Double, Double) {
        let count = Double(max(values.count, 1))
        let mean = values.reduce(0, +) / count
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(count - 1, 1)
        return (mean, (variance / count).squareRoot())
    }

    /// The inverse CDF of an uncertain score at u in (0, 1), in raw units.
    static func quantile(_ distribution: DecisionProblem.UncertainScore.Distribution, _ u: Double) -> Double {
        switch distribution {
        case .uniform(let low, let high): return low + (high - low) * u
        case .triangular(let low, let mode, let high):
            guard high > low else { return low }
            let split = (mode - low) / (high - low)
            return u <= split ? low + (u * (high - low) * (mode - low)).squareRoot() : high - ((1 - u) * (high - low) * (high - mode)).squareRoot()
        }
    }

    /// A cell's normalized value under wsm's `scale`: the same transform the workspace applies
    /// (`Normalization.transform`), so these values equal the ones `rank` reads.
    static func normalized(_ leaf: DecisionProblem.Leaf, methodValue value: Double) -> Double {
        Normalization.scale.transform(ColumnStatistics(), direction: leaf.methodDirection, bounds: leaf.methodBounds).apply(value)
    }

    /// The normalized values of an uncertain score at its `quantiles` midpoints, in order. The
    /// leaf's transform is made once for all of them: made per point, with the leaf copied
    /// each time, it was a third of `sensitivity`'s time on the shipped study.
    static func normalizedQuantiles(_ leaf: DecisionProblem.Leaf, _ distribution: DecisionProblem.UncertainScore.Distribution) -> [Double] {
        let transform = Normalization.scale.transform(ColumnStatistics(), direction: leaf.methodDirection, bounds: leaf.methodBounds)
        let valueFunction = leaf.valueFunction
        return (0..<quantiles).map { k in
            let raw = quantile(distribution, (Double(k) + 0.5) / Double(quantiles))
            return transform.apply(valueFunction.map { $0(raw) } ?? raw)
        }
    }

    /// The mean of a cell's normalized quantile values (summed in order, as `quantileEVPPI` sums them).
    static func meanNormalizedQuantile(_ leaf: DecisionProblem.Leaf, _ distribution: DecisionProblem.UncertainScore.Distribution) -> Double {
        normalizedQuantiles(leaf, distribution).reduce(0, +) / Double(quantiles)
    }

    /// wsm under scale: E[V_a] = Σ_j w_j E[n_aj], with E[n] of an uncertain cell the average over
    /// its quantiles (value functions make n(x) non-linear in x, so not n(E[x])).
    static func exactExpectations(_ problem: DecisionProblem, plan: RankingPlan) -> [Double] {
        let leaves = problem.leaves, m = leaves.count
        let uncertainAt = Dictionary(problem.uncertain.map { ($0.option * m + $0.leaf, $0.distribution) }, uniquingKeysWith: { first, _ in first })
        return problem.options.indices.map { a in
            leaves.indices.reduce(0.0) { total, j in
                let value =
                    uncertainAt[a * m + j].map { meanNormalizedQuantile(leaves[j], $0) }
                    ?? normalized(leaves[j], methodValue: problem.likely[a, j])
                return total + plan.weights[j] * value
            }
        }
    }

    /// Learning X moves only V_i, by w_j (n(X) − E[n(X)]); the outer expectation is taken on
    /// X's quantiles.
    /// The index of the largest expected value (the first of equals), that value, and the
    /// largest of the rest (−∞ for one option).
    static func leaders(_ expected: [Double]) -> (first: Int, best: Double, second: Double) {
        var first = 0, best = -Double.infinity, second = -Double.infinity
        for (a, value) in expected.enumerated() {
            if value > best {
                second = best
                best = value
                first = a
            } else if value > second {
                second = value
            }
        }
        return (first, expected.isEmpty ? 0 : best, second)
    }

    static func quantileEVPPI(
        _ problem: DecisionProblem, plan: RankingPlan, cell: DecisionProblem.UncertainScore, expected: [Double],
        leaders: (first: Int, best: Double, second: Double), reference: Int
    ) -> (Double, Double, Double) {
        let leaf = problem.leaves[cell.leaf]
        let best = leaders.best
        let others = cell.option == leaders.first ? leaders.second : leaders.best
        let points = normalizedQuantiles(leaf, cell.distribution)
        let meanCell = points.reduce(0, +) / Double(quantiles)
        var total = 0.0, changed = 0
        for x in points {
            let own = expected[cell.option] + plan.weights[cell.leaf] * (x - meanCell)
            total += max(own, others)
            // The choice after learning X: the option itself when it leads (a tie within 1e-9
            // keeps the reference), else the best of the others.
            let choiceIsOwn = own > others + CompetitionRanking.tolerance || (abs(own - others) <= CompetitionRanking.tolerance && cell.option == reference)
            if choiceIsOwn != (cell.option == reference) { changed += 1 }
        }
        return (total / Double(quantiles) - best, Double(changed) / Double(quantiles), 0)
    }

    /// The single-loop estimator: sort the joint draws by X, cut into √N bins, read E[V | X]
    /// as each bin's mean. Its error: the spread over ten interleaved sub-samples.
    ///
    /// The draws are sorted by X once: an interleaved sub-sample, read off that order, is in the
    /// order a stable sort of the sub-sample alone gives (equal values keep draw order either
    /// way), so the ten sub-sample estimates need no sort of their own.
    static func binnedEVPPI(_ draws: JointDraws, cell: Int, options n: Int, reference: Int) -> (Double, Double, Double) {
        // The radix sort is stable: equal values keep draw order, as a stable comparison sort keeps them.
        let byValue = RadixSort.order((0..<draws.samples).map { draws.cell[$0 * draws.cellCount + cell] })
        var means = [Double](repeating: 0, count: n), binMeans = means
        func estimate(_ sorted: [Int]) -> (Double, Double) {
            let count = sorted.count
            let bins = max(1, Int(Double(count).squareRoot()))
            return draws.merit.withUnsafeBufferPointer { merit in
                means.withUnsafeMutableBufferPointer { means in
                    binMeans.withUnsafeMutableBufferPointer { binMeans in
                        means.update(repeating: 0)
                        for s in sorted { for a in 0..<n { means[a] += merit[s * n + a] } }
                        var best = -Double.infinity
                        for a in 0..<n { best = max(best, means[a] / Double(count)) }
                        if n == 0 { best = 0 }
                        var total = 0.0, changed = 0.0
                        for b in 0..<bins {
                            let range = (b * count / bins)..<((b + 1) * count / bins)
                            guard !range.isEmpty else { continue }
                            binMeans.update(repeating: 0)
                            for s in sorted[range] { for a in 0..<n { binMeans[a] += merit[s * n + a] } }
                            // The largest bin total, the first of equals.
                            var top = 0
                            for a in 1..<max(n, 1) where binMeans[a] > binMeans[top] { top = a }
                            total += binMeans[top]
                            if top != reference { changed += Double(range.count) }
                        }
                        return (total / Double(count) - best, changed / Double(count))
                    }
                }
            }
        }
        let (evppi, pChange) = estimate(byValue)
        let parts = (0..<10).map { part in estimate(byValue.filter { $0 % 10 == part }).0 }
        let (_, error) = meanAndError(parts)
        return (evppi, pChange, error)
    }
}

/// The joint draws of every uncertain score at fixed weights: each sample's merit per option
/// and each uncertain cell's method value, in blocks with their own seeded streams (pass 4).
struct JointDraws: Sendable {
    let samples: Int
    let cellCount: Int
    /// merit[s * n + a].
    let merit: [Double]
    /// cell[s * cellCount + c]: uncertain cell c's value in sample s (after its value function,
    /// which is increasing, so sorting by it sorts by the raw score too).
    let cell: [Double]

    init(problem: DecisionProblem, plan: RankingPlan, samples: Int, seed: UInt64, threads: Int) {
        let smaa = SMAAProblem(problem: problem, plan: plan)
        let n = smaa.optionCount
        let indices = smaa.uncertain.map(\.index)
        let sign = plan.method.better == .higher ? 1.0 : -1.0
        let blocks = (samples + ValueOfInformation.blockSize - 1) / ValueOfInformation.blockSize
        var merit = [Double](repeating: 0, count: samples * n)
        var cell = [Double](repeating: 0, count: samples * indices.count)
        merit.withUnsafeMutableBufferPointer { meritBuffer in
            cell.withUnsafeMutableBufferPointer { cellBuffer in
                nonisolated(unsafe) let (meritOut, cellOut) = (meritBuffer, cellBuffer)
                DispatchQueue.concurrentPerform(iterations: min(max(threads, 1), max(blocks, 1))) { worker in
                    for block in stride(from: worker, to: blocks, by: min(max(threads, 1), max(blocks, 1))) {
                        var random = RandomStream(seed: seed, pass: 4, block: UInt64(block))
                        let scorer = smaa.makeScorer()
                        var values = smaa.base.map { $0 }
                        let weights = smaa.stated.map { $0 }
                        let start = block * ValueOfInformation.blockSize, end = min(samples, start + ValueOfInformation.blockSize)
                        let cells = smaa.makeCellSampler()
                        values.withUnsafeMutableBufferPointer { values in
                            scorer.expect(values: values, changing: cells)
                            weights.withUnsafeBufferPointer { weights in
                                for s in start..<end {
                                    cells.draw(into: values, &random)
                                    scorer.rank(UnsafeBufferPointer(values), weights: weights)
                                    for a in 0..<n { meritOut[s * n + a] = sign * scorer.scores[a] }
                                    for (c, index) in indices.enumerated() { cellOut[s * indices.count + c] = values[index] }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.samples = samples
        cellCount = indices.count
        self.merit = merit
        self.cell = cell
    }
}
