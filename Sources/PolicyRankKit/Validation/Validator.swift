/// Runs every rule family and returns all problems in all files, sorted for display.
public enum Validator {
    /// The rule families, one per file in Validation/, each `static func check(Study)`.
    static let families: [@Sendable (Study) -> [Diagnostic]] = [
        StudyShapeRules.check, IdentifierRules.check, CriteriaTreeRules.check, WeightRules.check,
        ScaleRules.check, ValueFunctionRules.check, PreferenceRules.check, PerspectiveRules.check,
        PolicyScoreRules.check, StudySettingsRules.check,
    ]

    public struct Options: Sendable {
        /// Check `expect:` claims against the current ranking.
        public var checkExpectations: Bool

        public init(checkExpectations: Bool = true) {
            self.checkExpectations = checkExpectations
        }
    }

    /// `loadDiagnostics` are the loader's findings; they come first in the same sorted list.
    public static func validate(_ study: Study, loadDiagnostics: [Diagnostic] = [], options: Options = Options()) -> [Diagnostic] {
        var diagnostics = loadDiagnostics
        // Nothing more to say about a path that is not a study.
        if loadDiagnostics.contains(where: { $0.rule == .notAStudy }) { return diagnostics }
        for family in families { diagnostics += family(study) }
        // Expectations need a ranking, and a ranking needs a study without errors.
        if !diagnostics.hasErrors {
            diagnostics += LintRules.check(study)
            if options.checkExpectations { diagnostics += ExpectationRules.check(study) }
        }
        return Array(Set(diagnostics)).sortedForDisplay()
    }

    /// Loads and validates the study at `path`.
    public static func validate(path: String, options: Options = Options()) -> (study: Study, diagnostics: [Diagnostic]) {
        let (study, loadDiagnostics) = StudyLoader.load(path: path)
        return (study, validate(study, loadDiagnostics: loadDiagnostics, options: options))
    }
}
