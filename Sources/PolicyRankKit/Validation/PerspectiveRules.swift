/// Perspectives override weights of nodes that exist, with weights that are not negative.
enum PerspectiveRules {
    static func check(_ study: Study) -> [Diagnostic] {
        guard study.criteriaComplete else { return [] }
        let ids = study.allCriteria.map(\.id.value)
        let known = Set(ids)
        return study.perspectives.flatMap { perspective -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for override in perspective.weights {
                let name = override.criterion.value
                if !known.contains(name) {
                    diagnostics.append(
                        .error(
                            .unknownCriterion,
                            "perspective '\(perspective.id.value)' weights unknown criterion '\(name)'\(Suggestion.hint(for: name, in: ids))",
                            at: override.criterion.location))
                }
                if override.weight.value < 0 {
                    diagnostics.append(
                        .error(.invalidWeight, "weight of '\(name)' in perspective '\(perspective.id.value)' is negative", at: override.weight.location))
                }
            }
            let overrides = perspective.overrideMap
            for group in WeightRules.siblingGroups(study) where !group.siblings.isEmpty {
                let touched = group.siblings.contains { overrides[$0.id.value] != nil }
                if touched, group.siblings.allSatisfy({ (overrides[$0.id.value] ?? $0.weightValue) <= 0 }) {
                    diagnostics.append(
                        .error(
                            .invalidWeight, "perspective '\(perspective.id.value)' gives \(group.name) all weight 0; at least one needs a positive weight",
                            at: perspective.id.location))
                }
            }
            return diagnostics
        }
    }
}
