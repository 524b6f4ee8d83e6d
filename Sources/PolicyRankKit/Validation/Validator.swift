/// Runs every rule family and returns all problems in all files, sorted for display.
public enum Validator {
    /// The rule families, one per file in Validation/, each `static func check(Study)`.
    static let families: [@Sendable (Study) -> [Diagnostic]] = [
        StudyShapeRules.check, IdentifierRules.check, CriteriaTreeRules.check, TreeShapeRules.check, WeightRules.check,
        ScaleRules.check, ValueFunctionRules.check, PreferenceRules.check, PerspectiveRules.check,
        PolicyScoreRules.check, StudySettingsRules.check, PortfolioRules.check, ParticipantRules.check,
    ]

    public struct Options: Sendable {
        /// Check `expect:` claims against the current ranking.
        public var checkExpectations: Bool

        public init(checkExpectations: Bool = true) {
            self.checkExpectations = checkExpectations
        }
    }

    /// What validation returns: every problem found and, when none of them is an error, the
    /// resolved problem the rest of the program works on.
    public struct Outcome: Sendable {
        public var study: Study
        public var diagnostics: [Diagnostic]
        /// nil when the study has errors, or is a study of participants only (no shared scores).
        public var problem: DecisionProblem?
        /// The participants resolved for `mapping`; nil when the study has errors or none.
        public var mapping: MappingProblem? = nil
        /// The study's own ranking (no flags), which the lints needed: a command whose flags
        /// settle on the same plan starts from it instead of ranking again.
        public var base: RankedProblem? = nil
    }

    /// `loadDiagnostics` are the loader's findings; they come first in the same sorted list.
    public static func validate(_ study: Study, loadDiagnostics: [Diagnostic] = [], options: Options = Options()) -> Outcome {
        var diagnostics = loadDiagnostics
        // Nothing more to say about a path that is not a study.
        if loadDiagnostics.contains(where: { $0.rule == .notAStudy }) { return Outcome(study: study, diagnostics: diagnostics, problem: nil) }
        // The families read the study only: they run side by side, their findings kept in family order.
        for found in inParallel(families.map { family in { @Sendable in family(study) } }) { diagnostics += found }
        // Lints and expectations need the resolved problem, and it needs a study without errors.
        var problem: DecisionProblem?
        var base: RankedProblem?
        let mapping = diagnostics.hasErrors ? nil : MappingProblem(validated: study)
        if !diagnostics.hasErrors, !study.isMappingOnly {
            let resolved = DecisionProblem(validated: study)
            problem = resolved
            if let settings = study.settings?.portfolio { diagnostics += PortfolioFeasibility.check(resolved, settings) }
            // The study's own ranking, once, for the lints and the expectations that need it.
            base = try? RankedProblem(problem: resolved, choices: RankOptions())
            diagnostics += LintRules.check(study, resolved, base: base)
            if options.checkExpectations { diagnostics += ExpectationRules.check(study, base) }
        }
        // Warnings the study switched off (`lint: {disable: […]}`); `validate --strict` still
        // cannot be satisfied by disabling an error, since only warning rules are accepted.
        let disabled = Set((study.settings?.disabledRules ?? []).compactMap { Rule(rawValue: $0.value) }.filter(\.canBeDisabled))
        diagnostics.removeAll { $0.severity == .warning && disabled.contains($0.rule) }
        return Outcome(study: study, diagnostics: diagnostics.uniquedForDisplay(), problem: problem, mapping: mapping, base: base)
    }

    /// Loads and validates the study at `path`.
    public static func validate(path: String, options: Options = Options()) -> Outcome {
        let (study, loadDiagnostics) = StudyLoader.load(path: path)
        return validate(study, loadDiagnostics: loadDiagnostics, options: options)
    }
}
