/// Packages beside single measures (docs/DESIGN.md §4.1), for studies with a portfolio: every
/// measure alone, the best packages and any the user names, ranked together under the base
/// plan, with each one's combined scores. A measure alone is a package of one, scored by the
/// same path, so the two kinds of row can be read against each other.
extension ComparisonTables {
    public struct PackageRow: Sendable {
        public var members: [String]
        public var rank: Int
        public var score: Double
        /// Combined scores in criterion units, in `criteria` order.
        public var combined: [Double]
        /// Whether it meets the portfolio's constraints.
        public var feasible: Bool
    }

    /// How many of the best packages join the single measures.
    public static let bestPackages = 3

    /// The rows, or nil when the study has no portfolio or the method cannot score a package
    /// alone. `named` ("a+b") are added to the best packages; an unknown measure is an error.
    static func packageRows(_ base: RankedProblem, named: [String]) throws(PackageExplanation.Failure) -> [PackageRow]? {
        let problem = base.problem
        guard let portfolio = problem.portfolio, base.plan.method.scoresEachOptionAlone(base.plan.normalization),
            let analysis = try? PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: base.plan, top: bestPackages, perspectives: false)
        else { return nil }
        var masks: [UInt64] = (0..<portfolio.measureCount).map { PortfolioProblem.bit($0) }
        let ids = portfolio.measures.map { problem.options[$0].id }
        let maskOf = { (members: [String]) in members.reduce(UInt64(0)) { $0 | PortfolioProblem.bit(ids.firstIndex(of: $1) ?? 0) } }
        masks += analysis.top.map { maskOf($0.package.members) }
        for text in named { masks.append(try PackageExplanation.members(text, in: problem, portfolio: portfolio)) }
        var seen = Set<UInt64>()
        masks = masks.filter { seen.insert($0).inserted }
        let search = PackageSearch(problem: problem, portfolio: portfolio, plan: base.plan)
        let scored = base.plan.weights.withUnsafeBufferPointer { weights in
            masks.map { mask in (mask, search.score(mask, weights: weights), search.isFeasibleSet(mask)) }
        }
        let ranked = ScoredPackage.ranked(
            scored.map { ScoredPackage(merit: base.plan.method.better == .higher ? $0.1.score : -$0.1.score, score: $0.1.score, members: $0.0, uses: []) })
        return ranked.map { entry in
            let found = scored.first { $0.0 == entry.package.members }
            let combined = found?.1.combined ?? []
            let withinBudgets = portfolio.budgets.allSatisfy { combined.indices.contains($0.leaf) && combined[$0.leaf] <= $0.limit }
            return PackageRow(
                members: PortfolioProblem.positions(entry.package.members).map { ids[$0] }, rank: entry.rank, score: entry.package.score,
                combined: combined, feasible: (found?.2 ?? false) && withinBudgets)
        }
    }
}
