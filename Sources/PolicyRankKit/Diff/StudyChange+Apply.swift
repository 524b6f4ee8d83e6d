/// Applying one change to the old study alone, to see what that change does by itself.
extension StudyChange {
    /// `old` with only this change taken from `new`, or nil when the change cannot stand
    /// alone (an added option that does not score every old criterion, say).
    public func applied(to old: Study, from new: Study) -> Study? {
        var study = old
        switch self {
        case .weight(let id, _, let weight):
            study.criteria = Self.mapTree(old.criteria) { node in
                var node = node
                if node.id.value == id { node.weight = Located(weight, at: node.weight?.location ?? node.location) }
                return node
            }
        case .criterionChanged(let id, _) where StudyChange.parents(old)[id] != StudyChange.parents(new)[id]:
            // Moved to another group: taken out of the old place and put under the new parent,
            // with the definition and weight it has there.
            guard let moved = new.allCriteria.first(where: { $0.id.value == id }) else { return nil }
            let parent = StudyChange.parents(new)[id]
            var tree = Self.removing(id, from: old.criteria)
            if let parent {
                guard tree.flatMap(\.subtree).contains(where: { $0.id.value == parent }) else { return nil }
                tree = Self.mapTree(tree) { node in
                    guard node.id.value == parent else { return node }
                    var node = node
                    node.children = (node.children ?? []) + [moved]
                    return node
                }
            } else {
                tree.append(moved)
            }
            study.criteria = tree
        case .criterionChanged(let id, _):
            guard let replacement = new.allCriteria.first(where: { $0.id.value == id }),
                old.allCriteria.first(where: { $0.id.value == id })?.isLeaf == true, replacement.isLeaf,
                StudyChange.parents(old)[id] == StudyChange.parents(new)[id]
            else { return nil }
            study.criteria = Self.mapTree(old.criteria) { node in
                guard node.id.value == id else { return node }
                var changed = replacement
                changed.weight = node.weight
                return changed
            }
        case .criterionRemoved(let id):
            study.criteria = Self.removing(id, from: old.criteria)
        case .criterionAdded(let id):
            guard let added = new.allCriteria.first(where: { $0.id.value == id }) else { return nil }
            let leaves = added.subtree.filter(\.isLeaf).map(\.id.value)
            // Every old option needs a score on the new leaves, taken from the new study.
            var policies: [Policy] = []
            for policy in old.policies {
                guard let newer = new.policies.first(where: { $0.id.value == policy.id.value }) else { return nil }
                var policy = policy
                for leaf in leaves {
                    guard let entry = newer.score(for: leaf) else { return nil }
                    policy.scores.append(entry)
                }
                policies.append(policy)
            }
            study.policies = policies
            if let parent = StudyChange.parents(new)[id] {
                guard old.allCriteria.contains(where: { $0.id.value == parent }) else { return nil }
                study.criteria = Self.mapTree(old.criteria) { node in
                    var node = node
                    if node.id.value == parent { node.children = (node.children ?? []) + [added] }
                    return node
                }
            } else {
                study.criteria.append(added)
            }
        case let .score(policyID, criterion, _, _):
            guard let entry = new.policies.first(where: { $0.id.value == policyID })?.score(for: criterion),
                let index = old.policies.firstIndex(where: { $0.id.value == policyID })
            else { return nil }
            study.policies[index].scores.removeAll { $0.criterion.value == criterion }
            study.policies[index].scores.append(entry)
        case .policyAdded(let id):
            guard let policy = new.policies.first(where: { $0.id.value == id }),
                old.leaves.allSatisfy({ policy.score(for: $0.id.value) != nil })
            else { return nil }
            study.policies.append(policy)
        case .policyRemoved(let id):
            study.policies.removeAll { $0.id.value == id }
        case .perspectiveChanged(let id):
            guard let perspective = new.perspectives.first(where: { $0.id.value == id }) else { return nil }
            study.perspectives.removeAll { $0.id.value == id }
            study.perspectives.append(perspective)
        case .settingsChanged:
            study.settings = new.settings
        }
        return study
    }

    /// The tree with `transform` applied to every node, children first.
    static func mapTree(_ nodes: [Criterion], _ transform: (Criterion) -> Criterion) -> [Criterion] {
        nodes.map { node in
            var node = node
            if let children = node.children { node.children = mapTree(children, transform) }
            return transform(node)
        }
    }

    static func removing(_ id: String, from nodes: [Criterion]) -> [Criterion] {
        nodes.filter { $0.id.value != id }.map { node in
            var node = node
            if let children = node.children { node.children = removing(id, from: children) }
            return node
        }
    }
}
