/// The shape of the value tree: slips of indentation that YAML accepts but that change what
/// the tree means.
enum TreeShapeRules {
    static func check(_ study: Study) -> [Diagnostic] {
        dedentedLeaf(study.criteria) + singleChildGroups(study.allCriteria) + partialWeights(study.criteria)
    }

    /// One top-level leaf among two or more top-level groups, written right after a group's
    /// children: the signature of a child dedented by one level, which YAML reads as a new
    /// top-level criterion, weighed against the groups instead of its siblings. A top-level leaf
    /// meant as such goes before the groups (or among other top-level leaves), which this
    /// rule leaves alone.
    static func dedentedLeaf(_ roots: [Criterion]) -> [Diagnostic] {
        let leaves = roots.filter(\.isLeaf)
        let groups = roots.filter { !($0.children ?? []).isEmpty }
        guard leaves.count == 1, groups.count >= 2, let leaf = leaves.first,
            let index = roots.firstIndex(where: { $0.id.value == leaf.id.value && $0.location == leaf.location }), index > 0
        else { return [] }
        let previous = roots[index - 1]
        guard !previous.isLeaf, previous.location.file == leaf.location.file, let child = previous.children?.last else { return [] }
        return [
            .error(
                .dedentedCriterion,
                "criterion '\(leaf.id.value)' is the only top-level leaf among \(groups.count) groups and follows the children of '\(previous.id.value)': if it belongs to '\(previous.id.value)', indent it to column \(child.location.column) like '\(child.id.value)' (line \(child.location.line)); to keep it at the top level, move it before the groups",
                at: leaf.id.location)
        ]
    }

    /// A group with one child gives that child the group's whole weight: usually a sibling
    /// that slipped out by indentation, or a group that is not needed.
    static func singleChildGroups(_ nodes: [Criterion]) -> [Diagnostic] {
        nodes.compactMap { node -> Diagnostic? in
            guard let children = node.children, children.count == 1, let only = children.first else { return nil }
            return .warning(
                .singleChildGroup,
                "group '\(node.id.value)' has one child, '\(only.id.value)', which takes the group's whole weight; add its siblings, or make '\(only.id.value)' a top-level criterion",
                at: node.id.location)
        }
    }

    /// Siblings of which some give a weight and others do not: a weight left out counts as
    /// 1, which next to weights such as 40 and 60 is almost never what was meant.
    static func partialWeights(_ roots: [Criterion]) -> [Diagnostic] {
        var lists = [roots]
        var diagnostics: [Diagnostic] = []
        while let siblings = lists.popLast() {
            lists += siblings.compactMap(\.children)
            let missing = siblings.filter { $0.weight == nil }
            let given = siblings.filter { $0.weight != nil }
            guard !missing.isEmpty, !given.isEmpty, let first = missing.first else { continue }
            let weights = given.map { "'\($0.id.value)' (\(NumberFormat.plain($0.weightValue)))" }.joined(separator: ", ")
            let subject =
                missing.count == 1 ? "criterion '\(first.id.value)' has" : "criteria \(missing.map { "'\($0.id.value)'" }.joined(separator: ", ")) have"
            diagnostics.append(
                .warning(
                    .partialWeights,
                    "\(subject) no weight while \(missing.count == 1 ? "its" : "their") \(given.count == 1 ? "sibling \(weights) has one" : "siblings \(weights) have one"); a weight left out counts as 1",
                    at: first.id.location))
        }
        return diagnostics
    }
}
