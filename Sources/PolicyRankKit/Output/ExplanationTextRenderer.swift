/// The outranking evidence of a partial ranking, as lines of text.
enum OutrankingText {
    static func lines(_ outranking: OutrankingExplanation, _ a: String, _ b: String) -> [String] {
        var lines = [outranking.summary]
        if let flows = outranking.flows {
            lines.append(
                "  φ⁺ \(a) \(NumberFormat.fixed(flows.a.plus)), \(b) \(NumberFormat.fixed(flows.b.plus)); φ⁻ \(a) \(NumberFormat.fixed(flows.a.minus)), \(b) \(NumberFormat.fixed(flows.b.minus))"
            )
        }
        if let distillation = outranking.distillation {
            lines.append(
                "  Distillation classes (1 = best): descending \(a) \(distillation.a.descending), \(b) \(distillation.b.descending); ascending \(a) \(distillation.a.ascending), \(b) \(distillation.b.ascending)"
            )
        }
        if !outranking.criteria.isEmpty {
            let concordant = outranking.criteria.filter { $0.concordance.ab >= 1 }.map(\.criterion)
            let opposed = outranking.criteria.filter { $0.concordance.ab < 1 }.map { "\($0.criterion) (c \(NumberFormat.fixed($0.concordance.ab, 2)))" }
            let vetoing = outranking.criteria.filter { $0.discordance.ab > 0 }.map { "\($0.criterion) (d \(NumberFormat.fixed($0.discordance.ab, 2)))" }
            lines.append("  Concordant with '\(a)' outranking '\(b)': " + (concordant.isEmpty ? "none" : concordant.joined(separator: ", ")))
            if !opposed.isEmpty { lines.append("  Against it: " + opposed.joined(separator: ", ")) }
            if !vetoing.isEmpty { lines.append("  Discordant (veto threshold in play): " + vetoing.joined(separator: ", ")) }
        }
        return lines
    }
}

/// `explain A B` in sentences a planner can repeat in a meeting.
public enum ExplanationTextRenderer {
    public static func render(_ explanation: Explanation) -> String {
        let a = explanation.first, b = explanation.second
        var lines: [String] = []
        let order: String
        if a.rank < b.rank {
            order = "'\(a.id)' ranks \(a.rank) and '\(b.id)' ranks \(b.rank)"
        } else if a.rank > b.rank {
            order = "'\(a.id)' ranks \(a.rank), below '\(b.id)' at \(b.rank)"
        } else if explanation.outranking?.relation == .incomparable {
            order = "'\(a.id)' and '\(b.id)' share rank \(a.rank) without being tied"
        } else {
            order = "'\(a.id)' and '\(b.id)' tie at rank \(a.rank)"
        }
        lines.append(
            "Under \(explanation.method), \(order) (scores \(NumberFormat.fixed(a.score)) and \(NumberFormat.fixed(b.score)); \(explanation.better.rawValue) is better)."
        )
        if let outranking = explanation.outranking {
            lines += [""] + OutrankingText.lines(outranking, a.id, b.id).map(TerminalText.visible)
        }
        let unit = explanation.additive ? "contribution to the score" : "\(explanation.method)'s per-criterion term"
        let favourA = explanation.differences.filter { $0.value > 0 }
        let favourB = explanation.differences.filter { $0.value < 0 }
        if favourA.isEmpty && favourB.isEmpty && explanation.outranking == nil {
            lines.append("No criterion separates them.")
        }
        if !favourA.isEmpty {
            lines.append("")
            lines.append("In favour of '\(a.id)' (difference in \(unit)):")
            lines += favourA.flatMap { ["  + \($0.name) [\($0.criterion)]: \(signed($0.value))"] + evidenceLines(explanation, $0.criterion) }
        }
        if !favourB.isEmpty {
            lines.append("")
            lines.append("In favour of '\(b.id)':")
            lines += favourB.flatMap { ["  − \($0.name) [\($0.criterion)]: \(signed($0.value))"] + evidenceLines(explanation, $0.criterion) }
        }
        if explanation.additive {
            let total = explanation.differences.reduce(0) { $0 + $1.value }
            lines.append("")
            lines.append("Net: \(signed(total)), the difference between their scores.")
        }
        if !explanation.sources.first.isEmpty || !explanation.sources.second.isEmpty {
            lines.append("")
            lines.append("Sources:")
            for (id, titles) in [(a.id, explanation.sources.first), (b.id, explanation.sources.second)] {
                lines.append("  \(id): " + (titles.isEmpty ? "none cited" : titles.map(TerminalText.visible).joined(separator: "; ")))
            }
        }
        // Every line through `visible`: names, scores and notes come from the study.
        return lines.map(TerminalText.visible).joined(separator: "\n") + "\n"
    }

    /// Under a deciding criterion: each option's score as written and its note.
    static func evidenceLines(_ explanation: Explanation, _ criterion: String) -> [String] {
        guard let pair = explanation.evidence[criterion] else { return [] }
        return [(explanation.first.id, pair.first), (explanation.second.id, pair.second)].map { id, evidence in
            "      \(id): \(evidence.score ?? "—")" + (evidence.note.map { " — " + TerminalText.visible($0) } ?? "")
        }
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "−") + NumberFormat.fixed(abs(value))
    }
}

extension ExplanationTextRenderer: Renderer {
    public static let format = "text"
    public static func render(_ explanation: Explanation, in context: RenderContext) -> String { render(explanation) }
}

/// Text from a study file on one terminal line: line breaks and tabs become spaces, other
/// control characters (ESC, BEL, NUL…) and bidirectional overrides are dropped, so a note
/// cannot move the cursor, recolour the terminal or reorder what is shown.
enum TerminalText {
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: result.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The embeddings, overrides and isolates that reorder how text is shown.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
