/// Every policy scores every leaf criterion, with a value its scale allows.
enum PolicyScoreRules {
    static func check(_ study: Study) -> [Diagnostic] {
        // A study of participants only has no shared scores to check.
        if study.isMappingOnly { return [] }
        let unscored = study.policies.filter { !$0.scoresWritten }.map { policy in
            Diagnostic.error(.missingField, "policy is missing required field 'scores'", at: policy.location)
        }
        guard study.criteriaComplete else { return unscored }
        let nodes = Dictionary(study.allCriteria.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let allIDs = study.allCriteria.map(\.id.value)
        let leaves = study.leaves
        return unscored
            + study.policies.flatMap { policy -> [Diagnostic] in
                let what = "policy '\(policy.id.value)'"
                var diagnostics: [Diagnostic] = []
                for entry in policy.scores {
                    let name = entry.criterion.value
                    guard let criterion = nodes[name] else {
                        diagnostics.append(
                            .error(
                                .unknownCriterion, "\(what) scores unknown criterion '\(name)'\(Suggestion.hint(for: name, in: allIDs))",
                                at: entry.criterion.location))
                        continue
                    }
                    guard criterion.isLeaf else {
                        let children = criterion.subtree.filter(\.isLeaf).map(\.id.value).joined(separator: ", ")
                        diagnostics.append(
                            .error(.unknownCriterion, "'\(name)' groups other criteria; score its leaves instead (\(children))", at: entry.criterion.location))
                        continue
                    }
                    diagnostics += ScoreValueRules.check(entry, on: criterion, policy: what)
                }
                let missing = leaves.map(\.id.value).filter { !policy.scoredCriteria.contains($0) }
                if policy.scoresReadable, !missing.isEmpty {
                    let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                    diagnostics.append(
                        .error(
                            .missingScore,
                            "\(what) does not score \(missing.count == 1 ? "criterion" : "criteria") \(list); every leaf criterion needs a score",
                            at: policy.id.location))
                }
                for (criterion, note) in policy.notes where nodes[criterion] == nil {
                    diagnostics.append(
                        .warning(
                            .unknownCriterion, "\(what) has a note on unknown criterion '\(criterion)'\(Suggestion.hint(for: criterion, in: allIDs))",
                            at: note.location))
                }
                return diagnostics
            }
    }
}
