import ArgumentParser
import Foundation
import PolicyRankKit

struct Compare: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print comparison tables for a handout: options × criteria, methods and perspectives.",
        discussion: """
            Options × criteria: the scores as written (levels by label, ranges as low–likely–high) under each \
            criterion's effective weight. Options × methods: rank and score under each method, each with its \
            default normalization (the base method with --method, --normalization and --param). Options × \
            perspectives: the rank under the base method with each perspective's weights. Options are in the \
            base ranking's order in every table.

            CSV stacks the three tables in one file; its first column, 'section', names the table of each row.
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    @Option(help: ArgumentHelp("Methods to compare, comma-separated (default: all).", valueName: "a,b,…"))
    var methods: String?

    @Option(help: ArgumentHelp("Perspectives to compare: all, or comma-separated ids.", valueName: "all|a,b,…"))
    var perspectives = "all"

    @Option(
        help: ArgumentHelp(
            "Packages to put beside single measures, comma-separated, e.g. a+b,a+c (studies with a portfolio; the best ones are always shown).",
            valueName: "a+b,…"))
    var packages: String?

    @Option(help: Formats.help(Renderers.comparison), completion: Formats.completion(Renderers.comparison))
    var format = Renderers.names(Renderers.comparison)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if let methods, Self.list(methods).isEmpty { throw ValidationError("--methods needs at least one method name") }
        if Self.list(perspectives).isEmpty { throw ValidationError("--perspectives needs 'all' or at least one perspective id") }
        try Formats.check(format, Renderers.comparison)
    }

    func execute() throws(CommandFailure) {
        let options = ComparisonTables.Options(
            methods: methods.map(Self.list), perspectives: perspectives == "all" ? nil : Self.list(perspectives),
            packages: packages.map(Self.list) ?? [])
        let (loaded, base) = try ranking.load(study: study)
        let tables: ComparisonTables
        do {
            tables = try ComparisonTables(base, study: loaded, options: options)
        } catch {
            throw CommandFailure(error)
        }
        let text = Formats.renderer(format, Renderers.comparison).render(
            tables, in: RenderContext(color: Output.color(for: output), width: output == nil || output == "-" ? Terminal.width() : nil))
        try Output.emit(text, to: output, study: study)
    }

    /// "a, b,,c" → ["a", "b", "c"].
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
