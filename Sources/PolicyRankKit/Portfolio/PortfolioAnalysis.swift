/// `policyrank portfolio` (docs/DESIGN.md §4.1): the best package of measures within the
/// constraints, the top K, the efficient frontier, each measure's marginal value, the best
/// package under every perspective, and how often each measure is in the best package when
/// weights and uncertain scores are sampled.
public struct PortfolioAnalysis: Sendable {
    public struct Package: Sendable, Equatable {
        /// Measure ids, sorted.
        public var members: [String]
        public var score: Double
        /// The package's combined score on every leaf, in the criterion's units (after
        /// interactions and clamping), in leaf order.
        public var combined: [Double]
        /// Its combined score on each budget criterion, in budget order.
        public var uses: [Double]
    }

    public struct Ranked: Sendable, Equatable {
        public var rank: Int
        public var package: Package
    }

    public struct PerspectiveBest: Sendable {
        /// nil for the study's own weights.
        public var perspective: String?
        public var name: String
        public var best: Package?
    }

    public var title: String?
    public var plan: RankingPlan
    /// The best package's members as a mask, for sampling.
    var bestMask: UInt64?
    public var measures: [DecisionProblem.Option]
    public var leaves: [String]
    public var budgets: [(criterion: String, limit: Double)]
    public var maxSize: Int?
    public var feasible: Int
    /// Packages the search looked at (feasible or not), after pruning.
    public var visited: Int
    public var best: Package?
    public var top: [Ranked]
    public var frontier: [Package]
    /// Per measure (id order): the change in the best package's score when it is removed
    /// (a member) or added (not a member); nil when that breaks a constraint or empties it.
    public var marginal: [Double?]
    public var perspectives: [PerspectiveBest]
    public var inclusion: PortfolioInclusion.Result?
    /// `combined-score-clamped` warnings, one per criterion on which some feasible package's
    /// combined score fell outside the scale.
    public var warnings: [Diagnostic]

    /// The analysis with inclusion shares: `configuration.samples` unless that would search
    /// more than `PortfolioInclusion.visitBudget` packages in all and `requested` is nil.
    public func withInclusion(
        _ problem: DecisionProblem, portfolio: PortfolioProblem, configuration: SMAA.Configuration, requested: Int?
    ) -> PortfolioAnalysis {
        // The packages the search visited at the stated weights: what each sample costs.
        let (count, reduced) = PortfolioInclusion.sampleCount(configured: configuration.samples, requested: requested, packagesPerSample: visited)
        var sampled = configuration
        sampled.samples = count
        // A sample searches thousands of packages: small blocks keep every core busy even for
        // a hundred samples (the blocks, not the threads, fix the random streams).
        sampled.blockSize = PortfolioInclusion.blockSize
        var copy = self
        copy.inclusion = PortfolioInclusion.run(problem, portfolio: portfolio, plan: plan, configuration: sampled, best: bestMask, reduced: reduced)
        return copy
    }

    /// How a measure stands across the samples: in the best package in at least 90% of them,
    /// in fewer than 10%, or in between; nil without inclusion shares.
    public func standing(_ measure: Int) -> Standing? {
        guard let share = inclusion?.share[measure] else { return nil }
        if share >= PortfolioInclusion.Result.coreShare { return .core }
        if share < PortfolioInclusion.Result.exteriorShare { return .exterior }
        return .borderline
    }

    public enum Standing: String, Sendable {
        case core, borderline, exterior
    }

    /// The measure ids in a mask.
    static func members(_ mask: UInt64, _ measures: [DecisionProblem.Option]) -> [String] {
        PortfolioProblem.positions(mask).map { measures[$0].id }
    }
}

extension PortfolioAnalysis {
    /// The methods that can rank packages: those that score each option without reference
    /// to the others, under the plan's normalization.
    public static func methodsThatScoreAlone() -> [String] {
        Methods.all.filter { method in method.normalizations.contains { method.scoresEachOptionAlone($0) } }.map(\.name)
    }

    /// Runs everything but inclusion shares on the problem's portfolio under `plan`.
    /// Throws when the plan's method cannot rank packages.
    public static func compute(
        _ problem: DecisionProblem, portfolio: PortfolioProblem, plan: RankingPlan, top: Int = 5,
        perspectives: Bool = true
    ) throws(RankError) -> PortfolioAnalysis {
        guard plan.method.scoresEachOptionAlone(plan.normalization) else {
            throw .methodCannotRankPackages(method: plan.method.name, normalization: plan.normalization.rawValue, methods: methodsThatScoreAlone())
        }
        let measures = portfolio.measures.map { problem.options[$0] }
        let search = PackageSearch(problem: problem, portfolio: portfolio, plan: plan)
        var collector = FullPackageCollector(top: top)
        plan.weights.withUnsafeBufferPointer { search.search(weights: $0, into: &collector) }
        let (clamped, visited) = (search.clampedCounts, search.visited)
        let package = { (mask: UInt64) -> Package? in
            plan.weights.withUnsafeBufferPointer { weights in
                search.evaluate(mask, weights: weights).map { Package(members: members(mask, measures), score: $0.score, combined: $0.combined, uses: $0.uses) }
            }
        }
        let ranking = collector.ranking
        let bestMask = ranking.first?.package.members
        let best = bestMask.flatMap(package)
        let marginal: [Double?] = (0..<portfolio.measureCount).map { p in
            guard let bestMask, let best else { return nil }
            let changed = bestMask ^ PortfolioProblem.bit(p)
            return package(changed).map { $0.score - best.score }
        }
        var perspectiveTable: [PerspectiveBest] = []
        if perspectives && !problem.perspectives.isEmpty {
            for set in [problem.weights] + problem.perspectives {
                let mask: UInt64? =
                    set.perspective == plan.perspective
                    ? bestMask
                    : {
                        var best = BestPackageCollector()
                        set.weights.withUnsafeBufferPointer { search.search(weights: $0, into: &best) }
                        return best.result?.members
                    }()
                let found = mask.flatMap { mask in
                    set.weights.withUnsafeBufferPointer { weights in
                        search.evaluate(mask, weights: weights).map {
                            Package(members: members(mask, measures), score: $0.score, combined: $0.combined, uses: $0.uses)
                        }
                    }
                }
                perspectiveTable.append(PerspectiveBest(perspective: set.perspective, name: set.name, best: found))
            }
        }
        let warnings = clamped.enumerated().compactMap { j, count -> Diagnostic? in
            guard count > 0 else { return nil }
            let leaf = problem.leaves[j]
            let bounds = "\(NumberFormat.plain(leaf.bounds.lowerBound))–\(NumberFormat.plain(leaf.bounds.upperBound))"
            return .warning(
                .combinedScoreClamped,
                "the combined score on '\(leaf.id)' of \(NumberFormat.grouped(count)) feasible package\(count == 1 ? "" : "s") falls outside its scale \(bounds) and is clamped to it; widen the scale if packages can really go beyond it",
                at: leaf.location ?? SourceLocation(file: "criteria", line: 0, column: 0))
        }
        return PortfolioAnalysis(
            title: problem.title, plan: plan, bestMask: bestMask, measures: measures, leaves: problem.leaves.map(\.id),
            budgets: portfolio.budgets.map { (problem.leaves[$0.leaf].id, $0.limit) }, maxSize: portfolio.maxSize,
            feasible: collector.feasible, visited: visited, best: best,
            top: ranking.compactMap { entry in package(entry.package.members).map { Ranked(rank: entry.rank, package: $0) } },
            frontier: collector.efficient.compactMap { package($0.members) },
            marginal: marginal, perspectives: perspectiveTable, inclusion: nil, warnings: warnings)
    }
}
