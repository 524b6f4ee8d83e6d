/// Leaves carry `direction` and `scale`; internal nodes group children and carry neither.
enum CriteriaTreeRules {
    static let leafOnlyKeys = ["direction", "scale", "unit", "value_function", "preference", "combine"]

    static func check(_ study: Study) -> [Diagnostic] {
        study.allCriteria.flatMap { criterion -> [Diagnostic] in
            let id = criterion.id.value
            guard let children = criterion.children else {
                return ["direction", "scale"].filter { criterion.keys[$0] == nil }.map { key in
                    .error(
                        .leafField, "leaf criterion '\(id)' is missing '\(key)'" + (key == "direction" ? " (benefit or cost)" : " ({min, max} or {levels})"),
                        at: criterion.id.location)
                }
            }
            var diagnostics = leafOnlyKeys.compactMap { key -> Diagnostic? in
                criterion.keys[key].map {
                    .error(.internalNodeField, "criterion '\(id)' has children, so it must not have '\(key)'; move it to a leaf", at: $0)
                }
            }
            if children.isEmpty {
                diagnostics.append(
                    .error(
                        .internalNodeField, "criterion '\(id)' has an empty 'children' list; remove it to make a leaf, or add children",
                        at: criterion.keys["children"] ?? criterion.id.location))
            }
            return diagnostics
        }
    }
}
