/// One difference between two versions of a study, small enough to apply on its own.
public enum StudyChange: Sendable, Equatable {
    case weight(criterion: String, old: Double, new: Double)
    case criterionAdded(String)
    case criterionRemoved(String)
    case criterionChanged(String, detail: String)
    case score(policy: String, criterion: String, old: String, new: String)
    case policyAdded(String)
    case policyRemoved(String)
    case perspectiveChanged(String)
    case settingsChanged(String)

    public var description: String {
        switch self {
        case let .weight(criterion, old, new): "weight of '\(criterion)' \(NumberFormat.plain(old)) → \(NumberFormat.plain(new))"
        case .criterionAdded(let id): "criterion '\(id)' added"
        case .criterionRemoved(let id): "criterion '\(id)' removed"
        case let .criterionChanged(id, detail): "criterion '\(id)' changed (\(detail))"
        case let .score(policy, criterion, old, new): "score of '\(policy)' on '\(criterion)' \(old) → \(new)"
        case .policyAdded(let id): "policy '\(id)' added"
        case .policyRemoved(let id): "policy '\(id)' removed"
        case .perspectiveChanged(let id): "perspective '\(id)' changed"
        case .settingsChanged(let detail): "study.yaml: \(detail)"
        }
    }

    /// Every difference between `old` and `new`, in a stable order: settings, criteria,
    /// perspectives, policies, scores.
    public static func between(_ old: Study, _ new: Study) -> [StudyChange] {
        var changes: [StudyChange] = []
        let oldMethod = old.settings?.method?.name.value ?? RankingPlan.defaultMethod, newMethod = new.settings?.method?.name.value ?? RankingPlan.defaultMethod
        if oldMethod != newMethod { changes.append(.settingsChanged("method \(oldMethod) → \(newMethod)")) }
        let oldNormalization = old.settings?.normalization?.value ?? "default", newNormalization = new.settings?.normalization?.value ?? "default"
        if oldNormalization != newNormalization { changes.append(.settingsChanged("normalization \(oldNormalization) → \(newNormalization)")) }

        let oldNodes = Dictionary(old.allCriteria.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newNodes = Dictionary(new.allCriteria.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let oldParents = parents(old), newParents = parents(new)
        for node in new.allCriteria {
            let id = node.id.value
            guard let before = oldNodes[id] else {
                changes.append(.criterionAdded(id))
                continue
            }
            if before.weightValue != node.weightValue { changes.append(.weight(criterion: id, old: before.weightValue, new: node.weightValue)) }
            if oldParents[id] != newParents[id] {
                changes.append(.criterionChanged(id, detail: "moved from \(oldParents[id] ?? "the top level") to \(newParents[id] ?? "the top level")"))
            } else if let detail = definitionChange(before, node) {
                changes.append(.criterionChanged(id, detail: detail))
            }
        }
        for node in old.allCriteria where newNodes[node.id.value] == nil { changes.append(.criterionRemoved(node.id.value)) }

        let oldPerspectives = Dictionary(old.perspectives.map { ($0.id.value, $0.overrideMap) }, uniquingKeysWith: { first, _ in first })
        for perspective in new.perspectives where oldPerspectives[perspective.id.value] != perspective.overrideMap {
            changes.append(.perspectiveChanged(perspective.id.value))
        }

        let oldPolicies = Dictionary(old.policies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newPolicies = Dictionary(new.policies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for policy in new.policies where oldPolicies[policy.id.value] == nil { changes.append(.policyAdded(policy.id.value)) }
        for policy in old.policies where newPolicies[policy.id.value] == nil { changes.append(.policyRemoved(policy.id.value)) }
        for policy in new.policies {
            guard let before = oldPolicies[policy.id.value] else { continue }
            for leaf in new.leaves where oldNodes[leaf.id.value]?.isLeaf == true {
                let id = leaf.id.value
                let was = before.score(for: id)?.value.value, now = policy.score(for: id)?.value.value
                if was != now {
                    changes.append(.score(policy: policy.id.value, criterion: id, old: was.map(describe) ?? "none", new: now.map(describe) ?? "none"))
                }
            }
        }
        return changes
    }

    static func parents(_ study: Study) -> [String: String] {
        var result: [String: String] = [:]
        for node in study.allCriteria {
            for child in node.children ?? [] { result[child.id.value] = node.id.value }
        }
        return result
    }

    /// What about a criterion's definition changed, other than its weight and place.
    static func definitionChange(_ old: Criterion, _ new: Criterion) -> String? {
        var parts: [String] = []
        if old.direction?.value != new.direction?.value { parts.append("direction") }
        if old.scale.map({ describe($0.value) }) != new.scale.map({ describe($0.value) }) { parts.append("scale") }
        if old.valueFunction?.value.map({ [$0.x, $0.v] }) != new.valueFunction?.value.map({ [$0.x, $0.v] }) { parts.append("value function") }
        if old.preference.map({ PreferenceShape($0.value) }) != new.preference.map({ PreferenceShape($0.value) }) { parts.append("preference") }
        if old.isLeaf != new.isLeaf { parts.append(new.isLeaf ? "now a leaf" : "now a group") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    static func describe(_ scale: Scale) -> String {
        switch scale {
        case .numeric(let min, let max): "[\(min), \(max)]"
        case .levels(let levels): levels.map { "\($0.label)=\($0.value)" }.joined(separator: ",")
        }
    }

    static func describe(_ score: Score) -> String {
        switch score {
        case .point(let value): value.description
        case .triangular(let low, let likely, let high): "{\(low), \(likely), \(high)}"
        case .uniform(let low, let high): "{\(low), \(high)}"
        }
    }
}
