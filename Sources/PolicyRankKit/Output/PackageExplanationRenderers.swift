import Foundation

/// `explain A+B C` as text: each package's score, what each member and interaction adds,
/// then how every criterion's combined score comes from the members'.
public enum PackageExplanationTextRenderer: Renderer {
    public static let format = "text"

    public static func render(_ explanation: PackageExplanation, in context: RenderContext) -> String {
        var lines = [TerminalText.visible(headline(explanation)), ""]
        for side in [explanation.first] + (explanation.second.map { [$0] } ?? []) {
            lines += section(side).map(TerminalText.visible) + [""]
        }
        return lines.dropLast().joined(separator: "\n") + "\n"
    }

    static func headline(_ explanation: PackageExplanation) -> String {
        let first = explanation.first
        var text = "\(PortfolioText.package(first.members)): score \(NumberFormat.fixed(first.score)) (\(explanation.method), \(explanation.normalization))"
        if let second = explanation.second {
            let difference = explanation.better == .higher ? first.score - second.score : second.score - first.score
            text += "; \(PortfolioText.package(second.members)): \(NumberFormat.fixed(second.score)). "
            text +=
                abs(difference) <= CompetitionRanking.tolerance
                ? "They tie."
                : "\(PortfolioText.package(difference > 0 ? first.members : second.members)) is better by \(NumberFormat.fixed(abs(difference)))."
        }
        return text
    }

    static func section(_ side: PackageExplanation.Side) -> [String] {
        var lines = [
            "\(PortfolioText.package(side.members))" + (side.feasible ? "" : " — breaks the portfolio's constraints: " + side.broken.joined(separator: "; "))
        ]
        if side.members.count > 1 {
            lines.append("  What each member adds (the score with it minus the score without it):")
            let width = side.memberParts.map(\.id.count).max() ?? 0
            for member in side.memberParts {
                lines.append("    " + member.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + PortfolioText.signed(member.contribution))
            }
        }
        if !side.interactions.isEmpty {
            lines.append("  What each interaction adds:")
            for part in side.interactions {
                let deltas = part.deltas.map { "\($0.criterion) \($0.delta >= 0 ? "+" : "")\(NumberFormat.plain($0.delta))" }.joined(separator: ", ")
                lines.append(
                    "    \(PortfolioText.package(part.members)) (\(deltas))  \(PortfolioText.signed(part.contribution))" + (part.note.map { " — \($0)" } ?? ""))
            }
        }
        var table = TextTable(
            headers: ["Criterion", "Combine", "Package"] + side.members, alignments: [.left, .left, .right] + side.members.map { _ in .right })
        table.rows = side.criteria.map { part in
            [part.id, part.rule.rawValue, NumberFormat.plain(PortfolioText.rounded(part.combined))]
                + part.memberScores.map { NumberFormat.plain(PortfolioText.rounded($0)) }
        }
        lines += table.render().trimmingTrailingNewlines.split(separator: "\n").map { "  " + $0 }
        return lines
    }
}

public enum PackageExplanationMarkdownRenderer: Renderer {
    public static let format = "markdown"

    public static func render(_ explanation: PackageExplanation, in context: RenderContext) -> String {
        var lines = [MarkdownText.escape(PackageExplanationTextRenderer.headline(explanation))]
        for side in [explanation.first] + (explanation.second.map { [$0] } ?? []) {
            lines += ["", "### " + side.members.map(MarkdownText.code).joined(separator: " + ")]
            if !side.feasible { lines += ["", "Breaks the portfolio's constraints: " + MarkdownText.escape(side.broken.joined(separator: "; ")) + "."] }
            if side.members.count > 1 || !side.interactions.isEmpty {
                lines += ["", "| Part | Adds |", "|---|--:|"]
                for member in side.memberParts where side.members.count > 1 {
                    lines.append("| \(MarkdownText.code(member.id)) | \(PortfolioText.signed(member.contribution)) |")
                }
                for part in side.interactions {
                    lines.append("| interaction \(part.members.map(MarkdownText.code).joined(separator: " + ")) | \(PortfolioText.signed(part.contribution)) |")
                }
            }
            lines += [
                "", "| Criterion | Combine | Package | " + side.members.map(MarkdownText.code).joined(separator: " | ") + " |",
                "|---|---|--:|" + side.members.map { _ in "--:|" }.joined(),
            ]
            for part in side.criteria {
                lines.append(
                    "| \(MarkdownText.code(part.id)) | \(part.rule.rawValue) | \(NumberFormat.plain(PortfolioText.rounded(part.combined))) | "
                        + part.memberScores.map { NumberFormat.plain(PortfolioText.rounded($0)) }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

public enum PackageExplanationJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ explanation: PackageExplanation, in context: RenderContext) -> String {
        var root: [(String, JSONValue)] = [
            ("method", .object([("name", .string(explanation.method)), ("normalization", .string(explanation.normalization))])),
            ("first", side(explanation.first)),
        ]
        root.append(("second", explanation.second.map(side) ?? .null))
        return JSONValue.object(root).rendered() + "\n"
    }

    private static func side(_ side: PackageExplanation.Side) -> JSONValue {
        .object([
            ("members", .array(side.members.map(JSONValue.string))),
            ("score", .number(side.score)),
            ("feasible", .bool(side.feasible)),
            ("broken", .array(side.broken.map(JSONValue.string))),
            ("member_contributions", .object(side.memberParts.map { ($0.id, $0.contribution.map(JSONValue.number) ?? .null) })),
            (
                "interactions",
                .array(
                    side.interactions.map { part in
                        .object([
                            ("members", .array(part.members.map(JSONValue.string))),
                            ("scores", .object(part.deltas.map { ($0.criterion, .number($0.delta)) })),
                            ("contribution", .number(part.contribution)),
                        ])
                    })
            ),
            (
                "criteria",
                .object(
                    side.criteria.map { part in
                        (
                            part.id,
                            .object([
                                ("combine", .string(part.rule.rawValue)), ("combined", .number(part.combined)),
                                ("members", .object(zip(side.members, part.memberScores).map { ($0, .number($1)) })),
                            ])
                        )
                    })
            ),
        ])
    }
}
