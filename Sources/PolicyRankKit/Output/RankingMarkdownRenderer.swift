/// `rank --format markdown`: a table to paste into a handout or a pull request.
public enum RankingMarkdownRenderer {
    public static func render(_ ranking: Ranking) -> String {
        var lines: [String] = []
        if let title = ranking.title { lines += ["## \(MarkdownText.escape(title))", ""] }
        lines += ["_\(RankingTableRenderer.conventionLine(ranking))_", ""]
        let detailNames = ranking.entries.first?.details?.map(\.0) ?? []
        let additive = ranking.entries.first?.contributions != nil
        let sampled = ranking.firstPlace != nil
        let measured = ranking.baseline != nil
        let header =
            ["Rank", "Option", "Score"] + (measured ? ["vs baseline"] : []) + detailNames + (sampled ? ["First"] : []) + (additive ? ["Top contributions"] : [])
        let alignment =
            ["--:", "---", "--:"] + (measured ? ["--:"] : []) + detailNames.map { _ in "--:" } + (sampled ? ["--:"] : []) + (additive ? ["---"] : [])
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + alignment.joined(separator: "|") + "|")
        for entry in ranking.entries {
            var cells = [String(entry.rank), "\(MarkdownText.escape(entry.name)) (`\(entry.id)`)", NumberFormat.fixed(entry.score)]
            if measured { cells.append(RankingTableRenderer.versusBaseline(entry, ranking)) }
            cells += (entry.details ?? []).map { NumberFormat.fixed($0.1) }
            if sampled { cells.append(RankingTableRenderer.firstShare(entry)) }
            if entry.contributions != nil { cells.append(RankingTableRenderer.topContributions(entry)) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if let relations = ranking.relations, !relations.incomparablePairs.isEmpty {
            lines += ["", MarkdownText.escape(RankingTableRenderer.incomparabilities(relations).trimmingCharacters(in: .whitespacesAndNewlines))]
        }
        if let verdict = RankingTableRenderer.verdict(ranking) { lines += ["", MarkdownText.escape(verdict)] }
        if let baseline = RankingTableRenderer.baselineNote(ranking) { lines += ["", MarkdownText.escape(baseline)] }
        if let compromise = ranking.compromise {
            lines += ["", "Compromise solution (VIKOR): " + compromise.map { "`\($0)`" }.joined(separator: ", ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

enum MarkdownText {
    /// An inline code span that cannot end early or break a table row, for ids that may come
    /// from outside a validated study (a saved JSON ranking, say).
    static func code(_ text: String) -> String {
        "`" + text.replacingAll("`", "'").replacingAll("|", "\\|").replacingAll("\r", " ").replacingAll("\n", " ") + "`"
    }

    /// Escapes, on Unicode scalars, the characters that would break a table cell or start
    /// formatting: `|` with a combining mark is one Character that is not `|`. `#`, `!` and
    /// `@` are escaped too (a heading, an image, a mention in a pull-request comment), and
    /// line breaks and other control characters become spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "*", "_", "`", "[", "]", "<", ">", "\\", "#", "!", "@", "~": result += "\\" + String(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension RankingMarkdownRenderer: Renderer {
    public static let format = "markdown"
    public static func render(_ ranking: Ranking, in context: RenderContext) -> String { render(ranking) }
}
