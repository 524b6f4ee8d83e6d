/// How robust the best package is (docs/DESIGN.md §4.1, in the spirit of Robust Portfolio
/// Modelling, Liesiö, Mild & Salo 2007, with SMAA's sampling in place of its intervals): the
/// weights and uncertain scores are sampled as `sensitivity` samples them, each sample's best
/// package is found by the exact search, and each measure's inclusion share is the share of
/// samples whose best package contains it.
///
/// Blocks of samples have their own random streams (pass 3, so the draws are not SMAA's)
/// and merge in block order: the same seed gives the same bytes on any number of threads.
public enum PortfolioInclusion {
    public struct Result: Sendable, Equatable {
        public var samples: Int
        public var seed: UInt64
        /// Per measure, in measure (id) order.
        public var share: [Double]
        /// Samples in which no package met the constraints (a budget on an uncertain cost).
        public var withoutPackage: Int
        /// The share of samples whose best package is the best package at the stated weights
        /// and likely scores; nil when there is none.
        public var bestShare: Double?
        /// Why fewer samples were drawn than `sensitivity` would, in words; nil when not.
        public var reduced: String?

        /// Members of the best package in at least 90% of samples.
        public static let coreShare = 0.9
        /// Below this share a measure is exterior: rarely worth funding.
        public static let exteriorShare = 0.1
    }

    /// Samples per block of `withInclusion`'s runs.
    public static let blockSize = 16

    /// Packages the search may visit over all samples when the sample count was not asked
    /// for: about 2 s on these 2-core machines (see the benchmark table).
    public static let visitBudget = 60_000_000

    /// Samples to draw: `requested` when the user asked for a number, else the configured
    /// count, lowered so that samples × packages per sample stays within `visitBudget`.
    public static func sampleCount(configured: Int, requested: Int?, packagesPerSample: Int) -> (count: Int, reduced: String?) {
        if let requested { return (requested, nil) }
        let affordable = max(100, visitBudget / max(packagesPerSample, 1))
        guard affordable < configured else { return (configured, nil) }
        return (
            affordable,
            "\(NumberFormat.grouped(affordable)) samples, not \(NumberFormat.grouped(configured)): each searches \(NumberFormat.grouped(packagesPerSample)) packages; --samples N for more"
        )
    }

    /// `solve` replaces the search (the tests' slow reference): given a sample's raw scores
    /// (option-major) and weights, the members of its best package, nil if none is feasible.
    static func run(
        _ problem: DecisionProblem, portfolio: PortfolioProblem, plan: RankingPlan, configuration: SMAA.Configuration,
        best stated: UInt64? = nil, reduced: String? = nil,
        solve: (@Sendable (_ raw: UnsafeBufferPointer<Double>, _ weights: UnsafeBufferPointer<Double>) -> UInt64?)? = nil
    ) -> Result {
        let m = problem.leaves.count
        let measureCount = portfolio.measureCount
        let sampler = WeightSampler(model: configuration.weightModel, stated: plan.weights)
        let cells = problem.uncertain.map { score in
            SMAAProblem.UncertainCell(index: score.option * m + score.leaf, distribution: score.distribution, curve: (-1, 0))
        }
        let total = BlockRunner.run(
            configuration: configuration, empty: { InclusionCounts(measures: measureCount, stated: stated) }, progress: nil
        ) { block, count, counts in
            var random = RandomStream(seed: configuration.seed, pass: 3, block: UInt64(block))
            let sampler = sampler.localCopy()
            let search = solve == nil ? PackageSearch(problem: problem, portfolio: portfolio, plan: plan) : nil
            var weights = plan.weights.map { $0 }
            var raw = portfolio.raw.map { $0 }
            let draws = CellSampler(cells: cells, curves: [])
            raw.withUnsafeMutableBufferPointer { raw in
                for _ in 0..<count {
                    sampler.sample(into: &weights, &random)
                    draws.draw(into: raw, &random)
                    let best: UInt64? = weights.withUnsafeBufferPointer { weights in
                        if let solve { return solve(UnsafeBufferPointer(raw), weights) }
                        guard let search else { return nil }
                        search.setScores(UnsafeBufferPointer(raw))
                        var collector = BestPackageCollector()
                        search.search(weights: weights, into: &collector)
                        return collector.result?.members
                    }
                    counts.record(best)
                }
            }
        }
        let samples = Double(max(total.samples, 1))
        return Result(
            samples: total.samples, seed: configuration.seed, share: total.included.map { Double($0) / samples },
            withoutPackage: total.withoutPackage, bestShare: stated.map { _ in Double(total.sameAsStated) / samples }, reduced: reduced)
    }
}

/// A block's counts: samples, and per measure the samples whose best package includes it.
struct InclusionCounts: BlockAccumulator {
    var samples = 0
    var withoutPackage = 0
    var included: [Int]
    /// Samples whose best package is `stated`.
    var sameAsStated = 0
    let stated: UInt64?

    init(measures: Int, stated: UInt64?) {
        included = Array(repeating: 0, count: measures)
        self.stated = stated
    }

    mutating func record(_ best: UInt64?) {
        samples += 1
        if let best, best == stated { sameAsStated += 1 }
        guard let best else {
            withoutPackage += 1
            return
        }
        for p in PortfolioProblem.positions(best) { included[p] += 1 }
    }

    mutating func merge(_ other: InclusionCounts) {
        samples += other.samples
        withoutPackage += other.withoutPackage
        sameAsStated += other.sameAsStated
        for p in included.indices { included[p] += other.included[p] }
    }
}
