/// `compare --format markdown`: the three tables for a handout or a wiki page. People read
/// these, so rows and heads use names (option ids in code spans), and each criterion's
/// effective weight sits in its head.
public enum CompareMarkdownRenderer {
    public static func render(_ tables: ComparisonTables) -> String {
        var lines = ["## Comparison" + (tables.title.map { ": " + MarkdownText.escape($0) } ?? ""), ""]
        lines += ["_\(RankingTableRenderer.conventionLine(tables.baseline))_"]
        let options = tables.options.indices
        lines += section(
            CompareText.criteriaTitle, intro: CompareText.criteriaIntro, tables: tables,
            columns: tables.criteria.map { ("\(MarkdownText.escape($0.name)) (\(CompareText.weight($0.weight)))", $0.qualitative ? "---" : "--:") },
            rows: tables.scores.map { $0.map { MarkdownText.escape(CompareText.score($0)) } },
            notes: CompareText.criteriaNotes(tables, weightsWhere: "in brackets"))
        lines += section(
            CompareText.methodsTitle, intro: CompareText.methodsIntro, tables: tables,
            columns: tables.methods.map { ($0.method, "--:") },
            rows: options.map { i in tables.methods.map { CompareText.rankAndScore($0.cells[i]) } },
            notes: CompareText.methodsNotes(tables))
        lines += section(
            CompareText.perspectivesTitle(tables), intro: nil, tables: tables,
            columns: tables.rankColumns.map { (MarkdownText.escape(CompareText.name($0)), "--:") },
            rows: options.map { i in tables.rankColumns.map { String($0.ranks[i]) } },
            notes: CompareText.perspectivesNotes(tables, legend: false))
        if let packages = tables.packages {
            lines += ["", "### \(CompareText.packagesTitle)", "", MarkdownText.escape(CompareText.packagesIntro), ""]
            lines.append("| Rank | Package | Score | " + tables.criteria.map { MarkdownText.escape($0.name) }.joined(separator: " | ") + " |")
            lines.append("|--:|---|--:|" + tables.criteria.map { _ in "--:|" }.joined())
            for row in packages {
                lines.append(
                    "| \(row.rank) | " + row.members.map(MarkdownText.code).joined(separator: " + ") + (row.feasible ? "" : " \\*")
                        + " | \(NumberFormat.fixed(row.score)) | "
                        + row.combined.map { NumberFormat.plain(PortfolioText.rounded($0)) }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A titled table whose first column is the option: "Name (`id`)".
    private static func section(
        _ title: String, intro: String?, tables: ComparisonTables,
        columns: [(head: String, alignment: String)], rows: [[String]], notes: [String]
    ) -> [String] {
        var lines = ["", "### \(MarkdownText.escape(title))", ""]
        if let intro { lines += [MarkdownText.escape(intro), ""] }
        lines.append("| " + (["Option"] + columns.map(\.head)).joined(separator: " | ") + " |")
        lines.append("|" + (["---"] + columns.map(\.alignment)).joined(separator: "|") + "|")
        for (option, cells) in zip(tables.options, rows) {
            lines.append("| " + (["\(MarkdownText.escape(option.name)) (`\(option.id)`)"] + cells).joined(separator: " | ") + " |")
        }
        if !notes.isEmpty { lines += [""] + notes.map(MarkdownText.escape) }
        return lines
    }
}

extension CompareMarkdownRenderer: Renderer {
    public static let format = "markdown"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String { render(tables) }
}
