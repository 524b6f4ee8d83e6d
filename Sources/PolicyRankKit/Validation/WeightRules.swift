/// Weights are not negative, and every group of siblings has a positive weight to share.
enum WeightRules {
    static func check(_ study: Study) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for criterion in study.allCriteria {
            if let weight = criterion.weight, weight.value < 0 {
                diagnostics.append(
                    .error(
                        .invalidWeight,
                        "weight of criterion '\(criterion.id.value)' is negative (\(NumberFormat.plain(weight.value))); weights are relative importances, 0 or more",
                        at: weight.location))
            }
        }
        for group in siblingGroups(study) where !group.siblings.isEmpty {
            if group.siblings.allSatisfy({ $0.weightValue <= 0 }) {
                let location = group.siblings[0].weight?.location ?? group.siblings[0].id.location
                diagnostics.append(.error(.invalidWeight, "\(group.name) all have weight 0; at least one needs a positive weight", at: location))
            }
        }
        return diagnostics
    }

    /// The top-level criteria, then each internal node's children.
    static func siblingGroups(_ study: Study) -> [(name: String, siblings: [Criterion])] {
        [("the top-level criteria", study.criteria)]
            + study.allCriteria.compactMap { node in
                node.children.map { ("the children of '\(node.id.value)'", $0) }
            }
    }
}
