@testable import PolicyRankKit

/// The slow reference for the package search: every subset of measures checked against every
/// constraint directly, combined with `CombineRule.combine`, and the feasible ones ranked as
/// the options of an ordinary decision matrix by the method's `scores` (the `rank` path).
struct PortfolioReference {
    struct Package {
        var members: UInt64
        var score: Double
        var uses: [Double]
    }

    let feasible: [Package]
    let better: ScoreOrder

    init(_ problem: DecisionProblem, _ portfolio: PortfolioProblem, plan: RankingPlan, raw: [Double]? = nil, weights: [Double]? = nil) {
        let m = problem.leaves.count
        let raw = raw ?? portfolio.raw
        var rows: [[Double]] = []
        var packages: [Package] = []
        for members in UInt64(1)..<(UInt64(1) << UInt64(portfolio.measureCount)) {
            guard let combined = Self.combined(members, problem, portfolio, raw: raw) else { continue }
            rows.append((0..<m).map { problem.leaves[$0].methodValue(combined[$0]) })
            packages.append(Package(members: members, score: 0, uses: portfolio.budgets.map { combined[$0.leaf] }))
        }
        better = plan.method.better
        guard !rows.isEmpty else {
            feasible = []
            return
        }
        var matrix = problem.matrix(weights: weights ?? plan.weights)
        matrix.options = rows.indices.map { "p\($0)" }
        matrix.optionNames = matrix.options
        matrix.values = Matrix(rowCount: rows.count, columnCount: m, storage: rows.flatMap { $0 })
        let scores = plan.method.scores(
            matrix, normalization: plan.normalization, parameters: plan.parameterMap, workspace: ScoringWorkspace(for: matrix))
        feasible = zip(packages, scores).map { package, score in
            var package = package
            package.score = score
            return package
        }
    }

    /// The combined scores (raw units) of a package that meets every constraint, else nil.
    static func combined(_ members: UInt64, _ problem: DecisionProblem, _ portfolio: PortfolioProblem, raw: [Double]) -> [Double]? {
        let positions = PortfolioProblem.positions(members)
        if let maxSize = portfolio.maxSize, positions.count > maxSize { return nil }
        for group in portfolio.exclusive where group.filter({ positions.contains($0) }).count > 1 { return nil }
        for p in positions where !portfolio.requires[p].allSatisfy(positions.contains) { return nil }
        let m = problem.leaves.count
        var combined = (0..<m).map { j in portfolio.combine[j].combine(positions.map { raw[portfolio.measures[$0] * m + j] }) }
        for interaction in portfolio.interactions where interaction.members.allSatisfy(positions.contains) {
            for (leaf, delta) in interaction.deltas { combined[leaf] += delta }
        }
        for j in 0..<m { combined[j] = min(max(combined[j], problem.leaves[j].bounds.lowerBound), problem.leaves[j].bounds.upperBound) }
        for budget in portfolio.budgets where combined[budget.leaf] > budget.limit { return nil }
        return combined
    }

    func merit(_ package: Package) -> Double { better == .higher ? package.score : -package.score }

    /// Feasible packages, best first; packages whose scores are equal (clamping makes many
    /// so) by fewer members, then by their ids.
    var ranked: [Package] {
        feasible.sorted { a, b in
            if merit(a) != merit(b) { return merit(a) > merit(b) }
            let (x, y) = (PortfolioProblem.positions(a.members), PortfolioProblem.positions(b.members))
            return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
        }
    }

    var best: Package? { ranked.first }

    /// Packages no other feasible package dominates, as sets of members.
    var frontier: Set<UInt64> {
        Set(
            feasible.filter { package in
                !feasible.contains { other in
                    merit(other) >= merit(package) && zip(other.uses, package.uses).allSatisfy { $0 <= $1 }
                        && (merit(other) > merit(package) || zip(other.uses, package.uses).contains { $0 < $1 })
                }
            }.map(\.members))
    }

    func score(of members: UInt64) -> Double? { feasible.first { $0.members == members }?.score }
}
