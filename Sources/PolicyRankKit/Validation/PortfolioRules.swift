/// `portfolio:` refers to measures and criteria that exist, budgets limit costs that add up,
/// requirements do not go round in a circle, interactions join at least two measures, and
/// every leaf says how a package combines it (docs/DESIGN.md §4.1). Whether any package meets
/// the constraints needs the scores, so it is checked on the resolved problem
/// (`PortfolioFeasibility`).
enum PortfolioRules {
    static func check(_ study: Study) -> [Diagnostic] {
        guard let portfolio = study.settings?.portfolio else { return [] }
        var diagnostics: [Diagnostic] = []
        if study.criteriaComplete {
            // A `combine` that is there but unreadable is the loader's error, not a missing one.
            for leaf in study.leaves where leaf.keys["combine"] == nil {
                diagnostics.append(
                    .error(
                        .missingCombine,
                        "leaf criterion '\(leaf.id.value)' needs 'combine' (sum, max, min or mean): the study has a portfolio, so packages of measures are scored on it",
                        at: leaf.id.location))
            }
            diagnostics += budgets(portfolio, study)
            diagnostics += interactionCriteria(portfolio, study)
        }
        if study.policiesComplete { diagnostics += measureReferences(portfolio, study) }
        let measures = study.policies.filter { $0.baseline?.value != true }.count
        if measures > PortfolioProblem.measureLimit {
            diagnostics.append(
                .error(
                    .invalidSetting,
                    "a portfolio combines at most \(PortfolioProblem.measureLimit) measures (packages are searched exactly), and the study has \(measures)",
                    at: portfolio.location))
        }
        if let size = portfolio.maxSize, size.value < 1 {
            diagnostics.append(.error(.invalidSetting, "'max_size' of 'portfolio' must be at least 1, found \(size.value)", at: size.location))
        }
        for group in portfolio.exclusive where Set(group.value.map(\.value)).count < 2 {
            diagnostics.append(.error(.invalidSetting, "a group in 'exclusive' needs at least two different measures", at: group.location))
        }
        for interaction in portfolio.interactions {
            if Set(interaction.members.value.map(\.value)).count < 2 {
                diagnostics.append(
                    .error(.invalidInteraction, "an interaction needs at least two different members", at: interaction.members.location))
            }
            if interaction.scores.isEmpty {
                diagnostics.append(.error(.invalidInteraction, "an interaction needs at least one score", at: interaction.location))
            }
        }
        diagnostics += cycles(portfolio)
        return diagnostics
    }

    private static func budgets(_ portfolio: PortfolioSettings, _ study: Study) -> [Diagnostic] {
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let allIds = study.allCriteria.map(\.id.value)
        return portfolio.budgets.flatMap { budget -> [Diagnostic] in
            let id = budget.criterion.value
            var diagnostics: [Diagnostic] = []
            if budget.limit.value < 0 {
                diagnostics.append(
                    .error(
                        .invalidBudget, "the budget for '\(id)' must not be negative, found \(NumberFormat.plain(budget.limit.value))",
                        at: budget.limit.location))
            }
            guard let leaf = leaves[id] else {
                let message =
                    allIds.contains(id)
                    ? "the budget names '\(id)', which groups other criteria; a budget limits one leaf criterion"
                    : "the budget names unknown criterion '\(id)'\(Suggestion.hint(for: id, in: leaves.keys.sorted()))"
                return diagnostics + [.error(.unknownCriterion, message, at: budget.criterion.location)]
            }
            if leaf.direction?.value == .benefit {
                diagnostics.append(
                    .error(
                        .invalidBudget, "the budget names '\(id)', a benefit; a budget limits a cost criterion (direction: cost)", at: budget.criterion.location
                    ))
            }
            if let combine = leaf.combine, combine.value != .sum {
                diagnostics.append(
                    .error(
                        .invalidBudget,
                        "the budget names '\(id)', which combines by \(combine.value.rawValue); a budget needs 'combine: sum' (what the members spend adds up)",
                        at: budget.criterion.location))
            }
            return diagnostics
        }
    }

    private static func interactionCriteria(_ portfolio: PortfolioSettings, _ study: Study) -> [Diagnostic] {
        let leafIds = study.leaves.map(\.id.value)
        let known = Set(leafIds)
        return portfolio.interactions.flatMap(\.scores).compactMap { score in
            let id = score.criterion.value
            guard !known.contains(id) else { return nil }
            return .error(
                .unknownCriterion, "an interaction scores unknown leaf criterion '\(id)'\(Suggestion.hint(for: id, in: leafIds))", at: score.criterion.location)
        }
    }

    private static func measureReferences(_ portfolio: PortfolioSettings, _ study: Study) -> [Diagnostic] {
        let ids = study.policies.map(\.id.value)
        let known = Set(ids)
        let baseline = study.policies.first { $0.baseline?.value == true }?.id.value
        let named: [(String, Located<String>)] =
            portfolio.exclusive.flatMap { group in group.value.map { ("'exclusive'", $0) } }
            + portfolio.requires.flatMap { requirement in [("'requires'", requirement.measure)] + requirement.needs.map { ("'requires'", $0) } }
            + portfolio.interactions.flatMap { interaction in interaction.members.value.map { ("an interaction", $0) } }
        return named.compactMap { field, id in
            if id.value == baseline {
                return .error(
                    .unknownPolicy, "\(field) names '\(id.value)', the baseline: the status quo is not a measure a package can contain", at: id.location)
            }
            guard !known.contains(id.value) else { return nil }
            return .error(.unknownPolicy, "\(field) names unknown measure '\(id.value)'\(Suggestion.hint(for: id.value, in: ids))", at: id.location)
        }
    }

    /// Every cycle of `requires`, each reported once at the first of its measures as written.
    private static func cycles(_ portfolio: PortfolioSettings) -> [Diagnostic] {
        var needs: [String: [String]] = [:]
        var located: [String: SourceLocation] = [:]
        for requirement in portfolio.requires {
            needs[requirement.measure.value, default: []] += requirement.needs.map(\.value)
            located[requirement.measure.value] = located[requirement.measure.value] ?? requirement.measure.location
        }
        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        for start in portfolio.requires.map(\.measure.value) {
            guard let cycle = RequirementGraph.cycle(from: start, needs: needs), reported.insert(cycle.sorted().joined(separator: " ")).inserted else {
                continue
            }
            let path = (cycle + [cycle[0]]).joined(separator: " → ")
            diagnostics.append(
                .error(
                    .requiresCycle, "'requires' goes round in a circle: \(path); a measure cannot depend, even indirectly, on itself",
                    at: located[cycle[0]] ?? portfolio.location))
        }
        return diagnostics
    }
}

/// Depth-first search of the `requires` graph.
enum RequirementGraph {
    /// A cycle through `start` (as a path starting at it), if there is one.
    static func cycle(from start: String, needs: [String: [String]]) -> [String]? {
        var path: [String] = [start]
        var visited: Set<String> = []
        func walk(_ node: String) -> Bool {
            for next in needs[node] ?? [] {
                if next == start { return true }
                guard visited.insert(next).inserted else { continue }
                path.append(next)
                if walk(next) { return true }
                path.removeLast()
            }
            return false
        }
        return walk(start) ? path : nil
    }
}
