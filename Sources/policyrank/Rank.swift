import ArgumentParser
import PolicyRankKit

struct Rank: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the study's policy options.",
        discussion: """
            Methods:
            \(RankingOptions.methodHelp)
            Normalizations: \(Normalization.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "; ")).
            Ties: scores equal within 1e-9 share a rank (competition ranking 1, 2, 2, 4).
            Uncertain scores rank at their likely value (the midpoint of {low, high}).
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    @Option(help: Formats.help(Renderers.ranking), completion: Formats.completion(Renderers.ranking))
    var format = Renderers.names(Renderers.ranking)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Also explain why the top option ranks above this one.", valueName: "ID"), completion: Completions.options)
    var explain: String?

    @Flag(help: "Rank again whenever a file of the study changes (Ctrl-C to stop).")
    var watch = false

    @Flag(help: "Start CSV with a UTF-8 byte-order mark, so Excel reads en dashes and accents as UTF-8.")
    var bom = false

    func validate() throws {
        try Formats.check(format, Renderers.ranking)
        if explain != nil, format != "table", format != "markdown" { throw ValidationError("--explain works with --format table or markdown") }
        if bom, format != "csv" { throw ValidationError("--bom applies to --format csv") }
    }

    func execute() throws(CommandFailure) {
        guard watch else { return try rankOnce() }
        Watch.run(study: study) { CommandFailure.report { () throws(CommandFailure) in try rankOnce() } }
    }

    private func rankOnce() throws(CommandFailure) {
        let (loaded, base) = try ranking.load(study: study)
        let result = base.ranking
        if let degeneracy = result.degeneracy, !degeneracy.diagnostics.isEmpty {
            Terminal.printError(
                DiagnosticTextRenderer.render(degeneracy.diagnostics, color: Terminal.colorEnabled(for: .standardError)).trimmingCharacters(in: .newlines))
        }
        let context = RenderContext(color: Output.color(for: output), width: output == nil || output == "-" ? Terminal.width() : nil)
        var text = Formats.renderer(format, Renderers.ranking).render(result, in: context)
        if let other = explain {
            guard let top = result.top, top.id != other else {
                throw .usage("--explain \(other) compares the top option with another one; '\(other)' is the top")
            }
            do {
                text += "\n" + ExplanationTextRenderer.render(try Explanation(ranking: result, top.id, other).withEvidence(from: loaded))
            } catch {
                throw .usage(error.description)
            }
        }
        try Output.emit(bom ? "\u{FEFF}" + text : text, to: output, study: study)
    }
}
