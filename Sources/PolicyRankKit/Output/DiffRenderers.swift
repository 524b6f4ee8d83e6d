/// `diff` as a terminal table, a Markdown pull-request comment, or JSON.
public enum DiffRenderer {
    public static func table(_ report: DiffReport) -> String {
        var lines = [headline(report), ""]
        var table = TextTable(headers: ["Option", "Rank", "Move", "Score", "Change"], alignments: [.left, .left, .left, .right, .right])
        for move in report.comparison.moves {
            table.rows.append([move.id, ranks(move), arrow(move), move.newScore.map { NumberFormat.fixed($0) } ?? "—", move.scoreChange.map(signed) ?? "—"])
        }
        lines.append(table.render().trimmingCharacters(in: .newlines))
        if report.comparedStudies {
            lines += ["", "Causes (each change applied alone to the old study):"]
            lines += causeLines(report).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ report: DiffReport) -> String {
        var lines = ["### policyrank: \(MarkdownText.escape(headline(report)))", ""]
        lines.append("| Option | Rank | Move | Score | Change |")
        lines.append("|---|---|---|--:|--:|")
        for move in report.comparison.moves {
            lines.append(
                "| \(MarkdownText.code(move.id)) | \(ranks(move)) | \(arrow(move)) | \(move.newScore.map { NumberFormat.fixed($0) } ?? "—") | \(move.scoreChange.map(signed) ?? "—") |"
            )
        }
        if report.comparedStudies {
            lines += ["", "**Causes** (each change applied alone to the old study):", ""]
            lines += causeLines(report).map { "- " + MarkdownText.escape($0) }
        }
        lines += [
            "",
            "<sub>\(MarkdownText.escape(report.new.method)), \(MarkdownText.escape(report.new.normalization)) normalization; ties: competition ranking.</sub>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ report: DiffReport) -> String {
        JSONValue.object([
            ("method", .string(report.new.method)),
            ("changed", .bool(report.comparison.rankingChanged)),
            ("old", .array(report.old.entries.map { .string($0.id) })),
            ("new", .array(report.new.entries.map { .string($0.id) })),
            ("moves", .array(report.comparison.moves.map(move))),
            ("added", .array(report.comparison.added.map { .string($0.id) })),
            ("removed", .array(report.comparison.removed.map { .string($0.id) })),
            (
                "causes",
                .array(
                    report.causes.map { cause in
                        .object([
                            ("change", .string(cause.change.description)),
                            ("evaluated", .bool(cause.effect != nil)),
                            ("moves", .array((cause.effect?.movers ?? []).map(move))),
                            ("largest_score_change", cause.effect.map { .number($0.largestScoreChange) } ?? .null),
                        ])
                    })
            ),
        ]).rendered()
    }

    private static func move(_ move: RankingComparison.Move) -> JSONValue {
        .object([
            ("id", .string(move.id)),
            ("old_rank", move.oldRank.map(JSONValue.integer) ?? .null),
            ("new_rank", move.newRank.map(JSONValue.integer) ?? .null),
            ("old_score", move.oldScore.map(JSONValue.number) ?? .null),
            ("new_score", move.newScore.map(JSONValue.number) ?? .null),
        ])
    }

    static func headline(_ report: DiffReport) -> String {
        guard report.comparison.rankingChanged else {
            return "ranking unchanged (largest score change \(NumberFormat.fixed(report.comparison.largestScoreChange)))"
        }
        let oldTop = report.old.entries.first?.id ?? "—", newTop = report.new.entries.first?.id ?? "—"
        let top = oldTop == newTop ? "top unchanged ('\(newTop)')" : "top changed: '\(oldTop)' → '\(newTop)'"
        let comparison = report.comparison
        var parts = ["\(comparison.movers.count) option\(comparison.movers.count == 1 ? "" : "s") moved"]
        if !comparison.added.isEmpty { parts.append(comparison.added.map { "'\($0.id)'" }.joined(separator: ", ") + " added") }
        if !comparison.removed.isEmpty { parts.append(comparison.removed.map { "'\($0.id)'" }.joined(separator: ", ") + " removed") }
        return "ranking changed, " + parts.joined(separator: ", ") + "; \(top)"
    }

    static func causeLines(_ report: DiffReport) -> [String] {
        guard !report.causes.isEmpty else { return ["no input changed"] }
        var lines = report.causes.map { cause in
            guard let effect = cause.effect else { return "\(cause.change.description): cannot be evaluated alone" }
            let movers = effect.movers
            guard !movers.isEmpty else {
                return "\(cause.change.description): no rank change (scores move by at most \(NumberFormat.fixed(effect.largestScoreChange)))"
            }
            return "\(cause.change.description): " + movers.map { "\($0.id) \(ranks($0))" }.joined(separator: ", ")
        }
        if report.comparison.rankingChanged && report.movingCauses.isEmpty {
            let unevaluated = report.causes.filter { $0.effect == nil }.count
            lines.append(
                unevaluated == 0
                    ? "no single change moves the ranking on its own: the moves come from the changes together"
                    : "no change that could be evaluated alone moves the ranking; \(unevaluated) could not be, so the moves come from \(unevaluated == 1 ? "it" : "them") or from the changes together"
            )
        }
        return lines
    }

    private static func ranks(_ move: RankingComparison.Move) -> String {
        "\(move.oldRank.map(String.init) ?? "new") → \(move.newRank.map(String.init) ?? "gone")"
    }

    private static func arrow(_ move: RankingComparison.Move) -> String {
        guard let change = move.rankChange else { return move.newRank == nil ? "removed" : "added" }
        return change > 0 ? "▲ \(change)" : change < 0 ? "▼ \(-change)" : "="
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "−") + NumberFormat.fixed(abs(value))
    }
}

/// `diff` as a terminal table.
public enum DiffTableRenderer: Renderer {
    public static let format = "table"
    public static func render(_ report: DiffReport, in context: RenderContext) -> String { DiffRenderer.table(report) }
}

/// `diff` as a Markdown pull-request comment.
public enum DiffMarkdownRenderer: Renderer {
    public static let format = "markdown"
    public static func render(_ report: DiffReport, in context: RenderContext) -> String { DiffRenderer.markdown(report) }
}

public enum DiffJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ report: DiffReport, in context: RenderContext) -> String { DiffRenderer.json(report) }
}
