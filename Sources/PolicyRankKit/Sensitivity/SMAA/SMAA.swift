import Dispatch
import Foundation

/// SMAA-2 (Lahdelma & Salminen 2001, Operations Research 49(3)): Monte Carlo over weights
/// and uncertain scores, reporting rank acceptability indices b_i^r, central weight vectors
/// w_i^c, confidence factors p_i^c and pairwise winning probabilities.
public enum SMAA {
    public struct Configuration: Sendable {
        public var samples: Int
        public var seed: UInt64
        public var threads: Int
        public var weightModel: WeightModel
        /// Samples per block; each block has its own random stream, so the result depends
        /// only on (seed, samples), never on the number of threads.
        public var blockSize: Int

        public init(
            samples: Int = 10_000, seed: UInt64 = 1, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
            weightModel: WeightModel = .uniform, blockSize: Int = 4096
        ) {
            self.samples = samples
            self.seed = seed
            self.threads = max(1, threads)
            self.weightModel = weightModel
            self.blockSize = max(1, blockSize)
        }

        /// Explicit choices first, then `study.yaml`'s `sensitivity:` settings, then 10,000
        /// samples and seed 1.
        public init(
            problem: DecisionProblem, samples: Int? = nil, seed: UInt64? = nil,
            threads: Int = ProcessInfo.processInfo.activeProcessorCount, weightModel: WeightModel = .uniform
        ) {
            self.init(
                samples: samples ?? problem.defaults.samples ?? 10_000,
                seed: seed ?? problem.defaults.seed ?? 1,
                threads: threads, weightModel: weightModel)
        }
    }

    public struct Result: Sendable {
        public var configuration: Configuration
        public var options: [String]
        public var criteria: [String]
        /// acceptability[i][r]: share of samples in which option i took rank r + 1.
        public var acceptability: [[Double]]
        /// The mean weights that make each option first; nil if it never is.
        public var centralWeights: [[Double]?]
        /// The probability of being first with its central weights and sampled scores.
        public var confidence: [Double?]
        /// pairwise[i][k]: probability that option i scores strictly better than option k.
        public var pairwise: [[Double]]
        /// firstShare[i]: the share of samples option i comes first in, a tie at the top
        /// split evenly, so the shares sum to 1 (unlike acceptability[i][0] under ties).
        public var firstShare: [Double]
        /// The largest Monte Carlo standard error among the acceptability indices.
        public var standardError: Double
        /// What a large study's run left out to stay within memory, in words; empty when
        /// nothing was (see `SMAA.rankColumns` and `SMAA.pairwiseLimit`).
        public var declined: [String] = []
    }

    /// SMAA-2 for the problem under the plan's method, normalization, parameters and weights
    /// (the stated weights of the ordinal and Dirichlet models).
    public static func run(
        problem decisionProblem: DecisionProblem, plan: RankingPlan, configuration: Configuration,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> Result {
        let problem = SMAAProblem(problem: decisionProblem, plan: plan)
        let sampler = WeightSampler(model: configuration.weightModel, stated: problem.stated)
        let firstHalf: (@Sendable (Double) -> Void)? = progress.map { report in { @Sendable fraction in report(fraction / 2) } }
        let sampleRanks = firstPass(problem, sampler: sampler, configuration: configuration)
        let total = BlockRunner.run(configuration: configuration, problem: problem, progress: firstHalf, work: sampleRanks)
        let n = problem.optionCount, m = problem.criterionCount
        let columns = total.ranks
        let central: [[Double]?] = (0..<n).map { i in
            let firsts = total.rankCounts[i * columns]
            guard firsts > 0 else { return nil }
            return (0..<m).map { total.firstWeightSums[i * m + $0] / Double(firsts) }
        }
        let samples = Double(max(total.samples, 1))
        let acceptability: [[Double]] = (0..<n).map { i in (0..<columns).map { r in Double(total.rankCounts[i * columns + r]) / samples } }
        // Fixed weights make every option's central weights the stated ones, so its confidence
        // factor is its first-rank acceptability: no second pass.
        let confidence =
            configuration.weightModel == .fixed
            ? central.indices.map { central[$0] == nil ? nil : acceptability[$0][0] }
            : confidenceFactors(problem, central: central, configuration: configuration, progress: progress)
        let pairwise: [[Double]] = total.pairwise ? (0..<n).map { i in (0..<n).map { k in Double(total.wins[i * n + k]) / samples } } : []
        var standardError = 0.0
        for share in acceptability.joined() { standardError = max(standardError, (share * (1 - share) / samples).squareRoot()) }
        return Result(
            configuration: configuration, options: decisionProblem.optionIds, criteria: decisionProblem.leaves.map(\.id),
            acceptability: acceptability, centralWeights: central, confidence: confidence,
            pairwise: pairwise, firstShare: total.firstShares.map { $0 / samples }, standardError: standardError,
            declined: declinedWork(n))
    }

    /// The first pass, shared by `run` and `firstShares`: per block its own random stream,
    /// sampler, scorer and buffers; per sample weights and uncertain scores drawn, the sample
    /// ranked by the method and recorded.
    static func firstPass(_ problem: SMAAProblem, sampler: WeightSampler, configuration: Configuration) -> BlockRunner.Work {
        { block, count, accumulator in
            var random = RandomStream(seed: configuration.seed, pass: 1, block: UInt64(block))
            let sampler = sampler.localCopy()
            let scorer = problem.makeScorer()
            var weights = problem.stated.map { $0 }
            var values = problem.base.map { $0 }  // a block-local buffer, not shared with other threads
            let cells = problem.makeCellSampler()
            values.withUnsafeMutableBufferPointer { values in
                weights.withUnsafeMutableBufferPointer { weights in
                    scorer.expect(values: values, changing: cells)
                    accumulator.withTally { tally in
                        for _ in 0..<count {
                            sampler.sample(into: weights, &random)
                            cells.draw(into: values, &random)
                            scorer.rank(UnsafeBufferPointer(values), weights: UnsafeBufferPointer(weights))
                            tally.record(ranks: scorer.ranks, order: scorer.completeOrder, weights: UnsafeBufferPointer(weights))
                        }
                    }
                }
            }
        }
    }

    /// Up to this many options every rank is counted; above it the first `limitedRanks` only,
    /// so the table is n × 20, not n × n (10,000 options: 1.6 MB instead of 800 MB per block).
    public static let allRanksLimit = 200
    public static let limitedRanks = 20
    /// Up to this many options the pairwise winning table (n × n) is kept.
    public static let pairwiseLimit = 1_000

    static func rankColumns(_ n: Int) -> Int { n <= allRanksLimit ? n : limitedRanks }

    /// The messages for what a study of n options does not get.
    static func declinedWork(_ n: Int) -> [String] {
        var declined: [String] = []
        if n > allRanksLimit {
            declined.append(
                "rank acceptability is counted for ranks 1–\(limitedRanks) only (\(NumberFormat.grouped(n)) options; all ranks up to \(allRanksLimit) options)")
        }
        if n > pairwiseLimit {
            declined.append(
                "pairwise winning probabilities are not computed (\(NumberFormat.grouped(n)) options; they are up to \(NumberFormat.grouped(pairwiseLimit)), since the table grows with the square of the options)"
            )
        }
        return declined
    }

    /// Only the share of samples in which each option comes first (ties at the top split):
    /// the same draws and scoring as `run`, without its n × n tables, so that it stays cheap
    /// for a study of 100,000 options (`FirstPlace`).
    public static func firstShares(problem decisionProblem: DecisionProblem, plan: RankingPlan, configuration: Configuration) -> [Double] {
        let problem = SMAAProblem(problem: decisionProblem, plan: plan)
        let sampler = WeightSampler(model: configuration.weightModel, stated: problem.stated)
        let sampleFirsts = firstPass(problem, sampler: sampler, configuration: configuration)
        let total = BlockRunner.run(configuration: configuration, problem: problem, firstOnly: true, progress: nil, work: sampleFirsts)
        let samples = Double(max(total.samples, 1))
        return total.firstShares.map { $0 / samples }
    }

    /// The confidence pass draws at most this many samples: its standard error is then at
    /// most 0.0016, and a million-sample run costs little more than its first pass.
    static let confidenceSampleLimit = 100_000

    /// p_i^c: with each option's central weights fixed, how often sampled scores keep it first.
    /// Without uncertain scores this is 0 or 1 and needs one evaluation, not a Monte Carlo pass.
    private static func confidenceFactors(
        _ problem: SMAAProblem, central: [[Double]?], configuration: Configuration,
        progress: (@Sendable (Double) -> Void)?
    ) -> [Double?] {
        guard !problem.uncertain.isEmpty else {
            let scorer = problem.makeScorer()
            return central.enumerated().map { i, weights -> Double? in
                guard let weights else { return nil }
                problem.base.withUnsafeBufferPointer { values in
                    weights.withUnsafeBufferPointer { scorer.rank(values, weights: $0) }
                }
                return scorer.ranks[i] == 1 ? 1 : 0
            }
        }
        let secondHalf: (@Sendable (Double) -> Void)? = progress.map { report in { @Sendable fraction in report(0.5 + fraction / 2) } }
        let sampleConfidence: BlockRunner.Work = { block, count, accumulator in
            var random = RandomStream(seed: configuration.seed, pass: 2, block: UInt64(block))
            let scorer = problem.makeScorer()
            var values = problem.base.map { $0 }
            let candidates = central.enumerated().compactMap { i, weights in weights.map { (i, $0.map { $0 }) } }
            let cells = problem.makeCellSampler()
            values.withUnsafeMutableBufferPointer { values in
                scorer.expect(values: values, changing: cells)
                for _ in 0..<count {
                    cells.draw(into: values, &random)
                    for (position, (i, weights)) in candidates.enumerated() {
                        // One draw, scored under each candidate's weights: normalized once.
                        let first = weights.withUnsafeBufferPointer { scorer.isFirst(i, UnsafeBufferPointer(values), weights: $0, sameValues: position > 0) }
                        if first { accumulator.confidenceHits[i] += 1 }
                    }
                    accumulator.confidenceSamples += 1
                }
            }
        }
        var confidenceRun = configuration
        confidenceRun.samples = min(configuration.samples, confidenceSampleLimit)
        let total = BlockRunner.run(configuration: confidenceRun, problem: problem, progress: secondHalf, work: sampleConfidence)
        return central.indices.map { central[$0] == nil ? nil : Double(total.confidenceHits[$0]) / Double(max(total.confidenceSamples, 1)) }
    }
}

/// What a worker block adds up and the merger folds, in block order.
protocol BlockAccumulator: Sendable {
    mutating func merge(_ other: Self)
}

extension SMAAAccumulator: BlockAccumulator {}

/// Runs blocks of samples on worker threads and merges their accumulators in block order.
enum BlockRunner {
    typealias Work = @Sendable (_ block: Int, _ count: Int, _ accumulator: inout SMAAAccumulator) -> Void

    static func run(
        configuration: SMAA.Configuration, problem: SMAAProblem, firstOnly: Bool = false, progress: (@Sendable (Double) -> Void)?, work: @escaping Work
    ) -> SMAAAccumulator {
        let (n, m) = (problem.optionCount, problem.criterionCount)
        return run(configuration: configuration, empty: { SMAAAccumulator(n: n, m: m, firstOnly: firstOnly) }, progress: progress, work: work)
    }

    /// `configuration.samples` in blocks of `blockSize`, each block's accumulator made by
    /// `empty` and filled by `work`, merged strictly in block order whatever the thread count.
    static func run<Accumulator: BlockAccumulator>(
        configuration: SMAA.Configuration, empty: @escaping @Sendable () -> Accumulator, progress: (@Sendable (Double) -> Void)?,
        work: @escaping @Sendable (_ block: Int, _ count: Int, _ accumulator: inout Accumulator) -> Void
    ) -> Accumulator {
        let blocks = (configuration.samples + configuration.blockSize - 1) / configuration.blockSize
        let merger = OrderedMerger(blocks: blocks, empty: empty(), progress: progress)
        DispatchQueue.concurrentPerform(iterations: min(configuration.threads, max(blocks, 1))) { _ in
            while let block = merger.take() {
                let count = min(configuration.blockSize, configuration.samples - block * configuration.blockSize)
                var accumulator = empty()
                work(block, count, &accumulator)
                merger.finish(block, accumulator)
            }
        }
        return merger.result
    }
}

/// Hands out block numbers and folds finished blocks into the total strictly in order.
private final class OrderedMerger<Accumulator: BlockAccumulator>: @unchecked Sendable {
    private let lock = NSLock()
    private let blocks: Int
    private let progress: (@Sendable (Double) -> Void)?
    private var nextToTake = 0
    private var nextToMerge = 0
    private var pending: [Int: Accumulator] = [:]
    private var total: Accumulator

    init(blocks: Int, empty: Accumulator, progress: (@Sendable (Double) -> Void)?) {
        self.blocks = blocks
        self.total = empty
        self.progress = progress
    }

    var result: Accumulator { lock.withLock { total } }

    func take() -> Int? {
        lock.withLock {
            guard nextToTake < blocks else { return nil }
            defer { nextToTake += 1 }
            return nextToTake
        }
    }

    func finish(_ block: Int, _ accumulator: Accumulator) {
        let merged: Int = lock.withLock {
            pending[block] = accumulator
            while let next = pending.removeValue(forKey: nextToMerge) {
                total.merge(next)
                nextToMerge += 1
            }
            return nextToMerge
        }
        progress?(Double(merged) / Double(max(blocks, 1)))
    }
}
