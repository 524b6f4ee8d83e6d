/// `sensitivity --format table`: the sections as aligned terminal tables.
public enum SensitivityTableRenderer {
    public static func render(_ report: SensitivityReport, color: Bool = false) -> String {
        var output = ""
        if let title = report.ranking.title { output += (color ? ANSI.wrap(title, ANSI.bold) : title) + "\n" }
        output += RankingTableRenderer.conventionLine(report.ranking) + "\n"
        for section in SensitivitySections.build(report) {
            output += "\n" + (color ? ANSI.wrap(section.title, ANSI.bold) : section.title) + "\n"
            output += section.intro.map { $0 + "\n" }.joined()
            output += section.table.render(boldHeader: false)
            output += section.notes.map { $0 + "\n" }.joined()
        }
        output += "\nThe one-at-a-time sweep behind the tornado chart is in --format json.\n"
        return output
    }
}

/// `sensitivity --format markdown`: the same sections for a workshop handout.
public enum SensitivityMarkdownRenderer {
    public static func render(_ report: SensitivityReport) -> String {
        var lines: [String] = []
        lines.append("## Sensitivity" + (report.ranking.title.map { ": " + MarkdownText.escape($0) } ?? ""))
        lines += ["", "_\(RankingTableRenderer.conventionLine(report.ranking))_"]
        for section in SensitivitySections.build(report) {
            lines += ["", "### \(MarkdownText.escape(section.title))", ""]
            lines += section.intro.map(MarkdownText.escape) + (section.intro.isEmpty ? [] : [""])
            lines.append("| " + section.table.headers.map(MarkdownText.escape).joined(separator: " | ") + " |")
            lines.append("|" + section.table.alignments.map { $0 == .right ? "--:" : "---" }.joined(separator: "|") + "|")
            lines += section.table.rows.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |" }
            if !section.notes.isEmpty { lines += [""] + section.notes.map(MarkdownText.escape) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SensitivityTableRenderer: Renderer {
    public static let format = "table"
    public static func render(_ report: SensitivityReport, in context: RenderContext) -> String { render(report, color: context.color) }
}

extension SensitivityMarkdownRenderer: Renderer {
    public static let format = "markdown"
    public static func render(_ report: SensitivityReport, in context: RenderContext) -> String { render(report) }
}
