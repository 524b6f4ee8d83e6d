/// `sensitivity --format table`: the sections as aligned terminal tables.
public enum SensitivityTableRenderer {
    /// With a terminal `width`, text columns wrap and prose lines break to fit.
    public static func render(_ report: SensitivityReport, color: Bool = false, width: Int? = nil) -> String {
        var output = ""
        if let title = report.ranking.title.map(TerminalText.visible) { output += (color ? ANSI.wrap(title, ANSI.bold) : title) + "\n" }
        output +=
            (width.map { TextTable.wrap(RankingTableRenderer.conventionLine(report.ranking), to: $0).joined(separator: "\n") }
                ?? RankingTableRenderer.conventionLine(report.ranking)) + "\n"
        for section in SensitivitySections.build(report) {
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
    public static func render(_ report: SensitivityReport, in context: RenderContext) -> String {
        render(report, color: context.color, width: context.width)
    }
}

extension SensitivityMarkdownRenderer: Renderer {
    public static let format = "markdown"
    public static func render(_ report: SensitivityReport, in context: RenderContext) -> String { render(report) }
}
