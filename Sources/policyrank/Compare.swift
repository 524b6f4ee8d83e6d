import ArgumentParser
import Foundation
import PolicyRankKit

struct Compare: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print comparison tables for a handout: options × criteria, methods and perspectives.",
        discussion: """
            Options × criteria: the scores as written (levels by label, ranges as likely (low–high)) under each \
            criterion's effective weight. Options × methods: rank and score under each method, each with its \
            default normalization (the base method with --method, --normalization and --param). Options × \
            perspectives: the rank under the base method with each perspective's weights. Options are in the \
            base ranking's order in every table.

            CSV stacks the tables in one file; its first column, 'section', names the table of each row. With \
            --table, CSV holds that one table (criteria with each score's low, likely and high in cells of their own), \
            for one table per sheet; --bom starts the file with a byte-order mark for Excel.
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

    @Option(help: ArgumentHelp("With --format csv, only this table: criteria, methods, perspectives or packages.", valueName: "NAME"))
    var table: String?

    @Flag(help: "Start CSV with a UTF-8 byte-order mark, so Excel reads en dashes and accents as UTF-8.")
    var bom = false

    func validate() throws {
        if let methods, Self.list(methods).isEmpty { throw ValidationError("--methods needs at least one method name") }
        if Self.list(perspectives).isEmpty { throw ValidationError("--perspectives needs 'all' or at least one perspective id") }
        try Formats.check(format, Renderers.comparison)
        if let table {
            guard CompareCSVRenderer.Table(rawValue: table) != nil else {
                throw ValidationError("--table expects one of \(CompareCSVRenderer.Table.allCases.map(\.rawValue).joined(separator: ", ")); got '\(table)'")
            }
            if format != "csv" { throw ValidationError("--table applies to --format csv (the other formats show every table)") }
        }
        if bom, format != "csv" { throw ValidationError("--bom applies to --format csv") }
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
        var text = Formats.renderer(format, Renderers.comparison).render(
            tables, in: RenderContext(color: Output.color(for: output), width: output == nil || output == "-" ? Terminal.width() : nil))
        if let name = table, let chosen = CompareCSVRenderer.Table(rawValue: name) {
            guard let one = CompareCSVRenderer.render(tables, table: chosen) else { throw .usage("--table packages needs a study with a portfolio") }
            text = one
        }
        try Output.emit(bom ? "\u{FEFF}" + text : text, to: output, study: study)
    }

    /// "a, b,,c" → ["a", "b", "c"].
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
