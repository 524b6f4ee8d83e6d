import PolicyRankKit

/// Loads and validates a study in-process, failing on any error: a benchmark of a study that
/// does not validate would time the error path, not the work users wait for.
enum StudyCheck {
    static func loadValid(_ path: String) throws(BenchError) -> Study {
        let outcome = Validator.validate(path: path)
        try requireNoErrors(outcome.diagnostics, path: path)
        return outcome.study
    }

    /// `loadValid`, but failing on warnings too: for generated studies meant to be spotless.
    static func loadClean(_ path: String) throws(BenchError) -> DecisionProblem {
        let outcome = Validator.validate(path: path)
        guard outcome.diagnostics.isEmpty, let problem = outcome.problem else {
            let first = outcome.diagnostics.prefix(10).map { DiagnosticTextRenderer.line(for: $0) }
            throw .studyHasErrors(path: path, summary: DiagnosticTextRenderer.summary(outcome.diagnostics), first: first)
        }
        return problem
    }

    static func requireNoErrors(_ diagnostics: [Diagnostic], path: String) throws(BenchError) {
        guard diagnostics.errorCount == 0 else {
            let first = diagnostics.filter { $0.severity == .error }.prefix(10).map { DiagnosticTextRenderer.line(for: $0) }
            throw .studyHasErrors(path: path, summary: DiagnosticTextRenderer.summary(diagnostics), first: first)
        }
    }

    /// Ranks with the study's own settings, as `policyrank rank` does without flags.
    static func rank(_ study: Study) throws(BenchError) -> Ranking {
        do {
            return try RankingEngine.rank(study)
        } catch {
            throw .rankFailed(path: study.path, reason: error.description)
        }
    }
}
