/// A study needs at least one criterion and one policy to rank anything.
enum StudyShapeRules {
    /// At most one status-quo option: "worse than doing nothing" needs one "nothing".
    static func baselines(_ study: Study) -> [Diagnostic] {
        let marked = study.policies.filter { $0.baseline?.value == true }
        guard let first = marked.first, marked.count > 1 else { return [] }
        return marked.dropFirst().compactMap { policy in
            policy.baseline.map {
                .error(
                    .duplicateBaseline,
                    "policy '\(policy.id.value)' is marked 'baseline: true', but so is '\(first.id.value)'; a study has at most one status quo",
                    at: $0.location)
            }
        }
    }

    static func check(_ study: Study) -> [Diagnostic] {
        let display = DisplayPath(studyPath: study.path)
        var diagnostics: [Diagnostic] = []
        // A study of participants only needs no shared criteria: each participant brings theirs.
        if study.criteria.isEmpty, study.criteriaComplete, !study.isMappingOnly {
            diagnostics.append(
                .error(
                    .noCriteria, "the study defines no criteria; add a criteria/*.yaml file with a 'criteria' list", at: display.location("criteria", line: 1)))
        }
        if study.policies.isEmpty, study.policiesComplete {
            diagnostics.append(
                .error(.noPolicies, "the study defines no policies; add one policies/*.yaml file per option", at: display.location("policies", line: 1)))
        }
        return diagnostics + baselines(study)
    }
}
