/// A study needs at least one criterion and one policy to rank anything.
enum StudyShapeRules {
    static func check(_ study: Study) -> [Diagnostic] {
        let display = DisplayPath(studyPath: study.path)
        var diagnostics: [Diagnostic] = []
        if study.criteria.isEmpty, study.criteriaComplete {
            diagnostics.append(
                .error(
                    .noCriteria, "the study defines no criteria; add a criteria/*.yaml file with a 'criteria' list", at: display.location("criteria", line: 1)))
        }
        if study.policies.isEmpty, study.policiesComplete {
            diagnostics.append(
                .error(.noPolicies, "the study defines no policies; add one policies/*.yaml file per option", at: display.location("policies", line: 1)))
        }
        return diagnostics
    }
}
