/// `explain A B --format markdown`: the deciding criteria as a table with both options'
/// scores as written and their notes, for a pull request or a handout.
public enum ExplanationMarkdownRenderer: Renderer {
    public static let format = "markdown"

    public static func render(_ explanation: Explanation, in context: RenderContext) -> String {
        let a = explanation.first, b = explanation.second
        var lines = [
            "### Why \(MarkdownText.code(a.id)) ranks \(a.rank) and \(MarkdownText.code(b.id)) ranks \(b.rank) under \(MarkdownText.code(explanation.method))",
            "",
            "Scores \(NumberFormat.fixed(a.score)) and \(NumberFormat.fixed(b.score)); \(explanation.better.rawValue) is better.",
            "",
        ]
        if let outranking = explanation.outranking {
            lines += OutrankingText.lines(outranking, a.id, b.id).map { "- " + MarkdownText.escape($0.trimmingCharacters(in: .whitespaces)) } + [""]
        }
        if explanation.differences.isEmpty {
            if explanation.outranking == nil { lines.append("No criterion separates them.") }
        } else {
            let unit = explanation.additive ? "Contribution difference" : "Term difference"
            lines.append("| Criterion | \(unit) | \(MarkdownText.code(a.id)) | \(MarkdownText.code(b.id)) |")
            lines.append("|---|--:|---|---|")
            for difference in explanation.differences {
                let pair = explanation.evidence[difference.criterion]
                lines.append(
                    "| \(MarkdownText.escape(difference.name)) | \(signed(difference.value)) | \(cell(pair?.first)) | \(cell(pair?.second)) |")
            }
        }
        for (id, titles) in [(a.id, explanation.sources.first), (b.id, explanation.sources.second)] where !titles.isEmpty {
            lines += ["", "Sources for \(MarkdownText.code(id)): " + titles.map(MarkdownText.escape).joined(separator: "; ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ evidence: Explanation.Evidence?) -> String {
        guard let evidence else { return "—" }
        return MarkdownText.escape(evidence.score ?? "—") + (evidence.note.map { " — " + MarkdownText.escape($0) } ?? "")
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "−") + NumberFormat.fixed(abs(value))
    }
}
