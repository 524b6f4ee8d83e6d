/// Whether the portfolio's constraints admit any package, and every measure: checked by
/// validation on the resolved problem, since it needs the scores (docs/DESIGN.md §4.1).
///
/// The smallest package that contains a measure is the measure with everything it requires,
/// directly or not (its closure). When no cost and no interaction on a budget criterion is
/// negative, adding measures never lowers a budget's use, so a package exists if and only
/// if some closure meets every constraint; the check is then exact and names the constraint
/// that fails. With negative costs it reports only what closures prove.
enum PortfolioFeasibility {
    static func check(_ problem: DecisionProblem, _ settings: PortfolioSettings) -> [Diagnostic] {
        guard let portfolio = problem.portfolio, portfolio.measureCount > 0 else { return [] }
        let ids = portfolio.measures.map { problem.options[$0].id }
        var diagnostics: [Diagnostic] = []
        let closures = (0..<portfolio.measureCount).map { closure(of: $0, portfolio) }
        var admissible: [Int] = []
        for (p, members) in closures.enumerated() {
            let location = settings.requires.first { $0.measure.value == ids[p] }?.measure.location ?? settings.location
            if let group = portfolio.exclusive.first(where: { group in group.filter { members & PortfolioProblem.bit($0) != 0 }.count > 1 }) {
                let clashing = group.filter { members & PortfolioProblem.bit($0) != 0 }.map { "'\(ids[$0])'" }
                diagnostics.append(
                    .error(
                        .infeasiblePortfolio,
                        "'\(ids[p])' can never be in a package: with what it requires, a package would hold \(clashing.joined(separator: " and ")), and 'exclusive' allows only one of them",
                        at: location))
            } else if let maxSize = portfolio.maxSize, members.nonzeroBitCount > maxSize {
                diagnostics.append(
                    .error(
                        .infeasiblePortfolio,
                        "'\(ids[p])' can never be in a package: with what it requires it makes \(members.nonzeroBitCount) measures, and 'max_size' is \(maxSize)",
                        at: settings.maxSize?.location ?? location))
            } else {
                admissible.append(p)
            }
        }
        guard monotone(portfolio) else { return diagnostics }
        let m = problem.leaves.count
        let withinBudgets = admissible.filter { p in
            portfolio.budgets.allSatisfy { use(closures[p], on: $0.leaf, portfolio, problem, leaves: m) <= $0.limit }
        }
        guard withinBudgets.isEmpty, !admissible.isEmpty else { return diagnostics }
        for (b, budget) in portfolio.budgets.enumerated() {
            let cheapest = admissible.min {
                use(closures[$0], on: budget.leaf, portfolio, problem, leaves: m) < use(closures[$1], on: budget.leaf, portfolio, problem, leaves: m)
            }
            guard let cheapest else { continue }
            let least = use(closures[cheapest], on: budget.leaf, portfolio, problem, leaves: m)
            guard least > budget.limit else { continue }
            let criterion = problem.leaves[budget.leaf].id
            diagnostics.append(
                .error(
                    .infeasiblePortfolio,
                    "no package fits the budget for '\(criterion)' (\(NumberFormat.plain(budget.limit))): the cheapest, \(PortfolioAnalysis.members(closures[cheapest], problem.options(of: portfolio)).joined(separator: " + ")), uses \(NumberFormat.plain(least))",
                    at: settings.budgets.indices.contains(b) ? settings.budgets[b].limit.location : settings.location))
            return diagnostics
        }
        diagnostics.append(
            .error(
                .infeasiblePortfolio, "no package meets every budget at once: each measure fits some budgets but not all of them together",
                at: settings.location))
        return diagnostics
    }

    /// The measure and everything it requires, directly or not.
    static func closure(of position: Int, _ portfolio: PortfolioProblem) -> UInt64 {
        var members = PortfolioProblem.bit(position)
        var pending = [position]
        while let next = pending.popLast() {
            for needed in portfolio.requires[next] where members & PortfolioProblem.bit(needed) == 0 {
                members |= PortfolioProblem.bit(needed)
                pending.append(needed)
            }
        }
        return members
    }

    /// No negative cost on a budget criterion and no interaction that lowers one.
    private static func monotone(_ portfolio: PortfolioProblem) -> Bool {
        let m = portfolio.combine.count
        return portfolio.budgets.allSatisfy { budget in
            portfolio.measures.allSatisfy { portfolio.raw[$0 * m + budget.leaf] >= 0 }
                && portfolio.interactions.allSatisfy { $0.deltas.allSatisfy { $0.leaf != budget.leaf || $0.delta >= 0 } }
        }
    }

    /// A package's combined use of a budget criterion: the members' sum, interactions added, clamped.
    private static func use(_ members: UInt64, on leaf: Int, _ portfolio: PortfolioProblem, _ problem: DecisionProblem, leaves m: Int) -> Double {
        let positions = PortfolioProblem.positions(members)
        var total = CombineRule.sum.combine(positions.map { portfolio.raw[portfolio.measures[$0] * m + leaf] })
        for interaction in portfolio.interactions where interaction.mask & members == interaction.mask {
            for (target, delta) in interaction.deltas where target == leaf { total += delta }
        }
        return min(max(total, problem.leaves[leaf].bounds.lowerBound), problem.leaves[leaf].bounds.upperBound)
    }
}

extension DecisionProblem {
    /// The portfolio's measures as options, in measure (id) order.
    func options(of portfolio: PortfolioProblem) -> [Option] { portfolio.measures.map { options[$0] } }
}
