import ArgumentParser
import PolicyRankKit

/// The choices shared by every command that ranks: method, normalization, parameters, perspective.
struct RankingOptions: ParsableArguments {
    @Option(help: "Aggregation method (default: study.yaml's, else wsm).", completion: Completions.methods)
    var method: String?

    @Option(help: "Normalization (default: the method's own).", completion: Completions.normalizations)
    var normalization: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A method parameter, e.g. v=0.5 for vikor.", valueName: "K=V"))
    var parameters: [String] = []

    @Option(help: "Rank with a stakeholder perspective's weights.", completion: Completions.perspectives)
    var perspective: String?

    @Flag(name: .shortAndLong, help: "Do not print the warning summary (errors are always printed).")
    var quiet = false

    func rankOptions() throws(CommandFailure) -> RankOptions {
        RankOptions(
            method: method, normalization: normalization,
            parameters: try parameters.map(Self.parseParameter), perspective: perspective)
    }

    static func parseParameter(_ text: String) throws(CommandFailure) -> (String, Double) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value.isFinite else {
            throw .usage("--param expects NAME=NUMBER, got '\(text)'")
        }
        return (parts[0], value)
    }

    /// Loads, validates and ranks the study once: the problem, the plan and the base ranking
    /// every command hands on. Prints problems to stderr and exits 1 on errors, 64 on a bad choice.
    func load(study path: String) throws(CommandFailure) -> (study: Study, base: RankedProblem) {
        let options = try rankOptions()
        let outcome = try Self.validated(study: path, quiet: quiet, refusal: "cannot rank")
        let problem = try Self.rankable(outcome)
        do {
            let plan = try RankingPlan(options, for: problem)
            // Validation ranked the study under its own plan for the lints; flags that settle
            // on the same plan reuse that ranking (and its first-place sampling).
            if let base = outcome.base, base.plan.ranksAlike(plan) { return (outcome.study, base) }
            return (outcome.study, RankedProblem(problem: problem, plan: plan))
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Loads and validates the study; prints problems to stderr and exits 1 on errors.
    /// Errors are printed in full (the study cannot be ranked until they are fixed); warnings
    /// in one line, since `validate` is where they are read and every rerun of `rank` would
    /// repeat them. `quiet` drops that line.
    static func loadValid(study path: String, quiet: Bool = false) throws(CommandFailure) -> (study: Study, problem: DecisionProblem) {
        let outcome = try validated(study: path, quiet: quiet, refusal: "cannot rank")
        return (outcome.study, try rankable(outcome))
    }

    /// The resolved problem of a valid study, or the usage error of a study of participants only.
    private static func rankable(_ outcome: Validator.Outcome) throws(CommandFailure) -> DecisionProblem {
        guard let problem = outcome.problem else {
            throw .usage(
                "this study has participants but no shared scores (its policies carry no 'scores'), so it cannot be ranked; run policyrank mapping")
        }
        return problem
    }

    /// Validation for every command that reads a study: errors in full, then `refusal` and the
    /// count, and exit 1; else the warnings as one line (unless `quiet`) and the outcome.
    static func validated(study path: String, quiet: Bool, refusal: String) throws(CommandFailure) -> Validator.Outcome {
        let outcome = Validator.validate(path: path, options: .init(checkExpectations: false))
        let diagnostics = outcome.diagnostics
        if diagnostics.hasErrors {
            Terminal.printError(DiagnosticTextRenderer.render(diagnostics, color: Terminal.colorEnabled(for: .standardError)).trimmingCharacters(in: .newlines))
            Terminal.printError(refusal + ": " + DiagnosticTextRenderer.summary(diagnostics))
            throw .invalidInput
        }
        if !diagnostics.isEmpty && !quiet {
            let count = diagnostics.count
            Terminal.printError(
                "\(count) warning\(count == 1 ? "" : "s") — run policyrank validate\(path == "." ? "" : " " + Terminal.shellQuoted(path)) to see \(count == 1 ? "it" : "them")"
            )
        }
        return outcome
    }

    /// The method list for `--help`.
    static var methodHelp: String {
        Methods.all.map {
            "  \($0.name): \($0.summary); default normalization \($0.defaultNormalization.rawValue)"
                + ($0.parameters.isEmpty
                    ? "" : "; parameters " + $0.parameters.map { "\($0.name) (default \(NumberFormat.plain($0.defaultValue)))" }.joined(separator: ", "))
        }.joined(separator: "\n")
    }
}
