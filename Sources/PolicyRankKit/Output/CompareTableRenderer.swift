/// `compare --format table`: the three tables aligned for a terminal, with option ids as row
/// labels and criterion ids as column heads so even a wide value tree stays legible; the
/// effective weights are the row under the heads.
public enum CompareTableRenderer {
    /// With a terminal `width`, text columns wrap and prose lines break to fit.
    public static func render(_ tables: ComparisonTables, color: Bool = false, width: Int? = nil) -> String {
        var output = ""
        if let title = tables.title.map(TerminalText.visible) { output += (color ? ANSI.wrap(title, ANSI.bold) : title) + "\n" }
        output +=
            (width.map { TextTable.wrap(RankingTableRenderer.conventionLine(tables.baseline), to: $0).joined(separator: "\n") }
                ?? RankingTableRenderer.conventionLine(tables.baseline)) + "\n"
        let sections =
            [
                ReportSection(
                    title: CompareText.criteriaTitle, intro: [CompareText.criteriaIntro], table: criteria(tables), notes: CompareText.criteriaNotes(tables)),
                ReportSection(
                    title: CompareText.methodsTitle, intro: [CompareText.methodsIntro], table: methods(tables), notes: CompareText.methodsNotes(tables)),
                ReportSection(
                    title: CompareText.perspectivesTitle(tables), table: perspectives(tables), notes: CompareText.perspectivesNotes(tables, legend: true)),
            ] + (packages(tables).map { [ReportSection(title: CompareText.packagesTitle, intro: [CompareText.packagesIntro], table: $0, notes: [])] } ?? [])
        for section in sections {
            let heading = TerminalText.visible(section.title)
            output += "\n" + (color ? ANSI.wrap(heading, ANSI.bold) : heading) + "\n"
            // Prose may quote the study (a unit, a name): one visible line before wrapping.
            let prose = { (text: String) in
                let line = TerminalText.visible(text)
                return width.map { TextTable.wrap(line, to: $0).joined(separator: "\n") } ?? line
            }
            output += section.intro.map { prose($0) + "\n" }.joined()
            output += (width == nil ? section.table : section.table.wrappingText).render(boldHeader: false, width: width)
            output += section.notes.map { prose($0) + "\n" }.joined()
        }
        return output
    }

    static func criteria(_ tables: ComparisonTables) -> TextTable {
        var table = TextTable(
            headers: ["Option"] + tables.criteria.map(\.id),
            alignments: [.left] + tables.criteria.map { $0.qualitative ? .left : .right })
        table.rows.append(["(weight)"] + tables.criteria.map { CompareText.weight($0.weight) })
        for (option, scores) in zip(tables.options, tables.scores) {
            table.rows.append([option.id] + scores.map(CompareText.score))
        }
        return table
    }

    static func methods(_ tables: ComparisonTables) -> TextTable {
        var table = TextTable(
            headers: ["Option"] + tables.methods.map(\.method),
            alignments: [.left] + tables.methods.map { _ in .right })
        for (index, option) in tables.options.enumerated() {
            table.rows.append([option.id] + tables.methods.map { CompareText.rankAndScore($0.cells[index]) })
        }
        return table
    }

    static func packages(_ tables: ComparisonTables) -> TextTable? {
        guard let rows = tables.packages else { return nil }
        var table = TextTable(
            headers: ["Rank", "Package", "Score"] + tables.criteria.map(\.id), alignments: [.right, .left, .right] + tables.criteria.map { _ in .right })
        table.rows = rows.map { row in
            [String(row.rank), CompareText.package(row), NumberFormat.fixed(row.score)] + row.combined.map { NumberFormat.plain(PortfolioText.rounded($0)) }
        }
        return table
    }

    static func perspectives(_ tables: ComparisonTables) -> TextTable {
        var table = TextTable(
            headers: ["Option"] + tables.rankColumns.map(CompareText.header),
            alignments: [.left] + tables.rankColumns.map { _ in .right })
        for (index, option) in tables.options.enumerated() {
            table.rows.append([option.id] + tables.rankColumns.map { String($0.ranks[index]) })
        }
        return table
    }
}

extension CompareTableRenderer: Renderer {
    public static let format = "table"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String {
        render(tables, color: context.color, width: context.width)
    }
}
