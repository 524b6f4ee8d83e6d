/// `portfolio --format table`: the answer first, then the top packages, the frontier, each
/// measure's marginal value and inclusion share, and the best package per perspective.
public enum PortfolioTableRenderer: Renderer {
    public static let format = "table"

    public static func render(_ analysis: PortfolioAnalysis, in context: RenderContext) -> String {
        var out: [String] = []
        if let title = analysis.title { out.append(TerminalText.visible("Packages of measures — " + title)) }
        out += [TerminalText.visible(PortfolioText.constraintsLine(analysis)), ""]
        out.append(TerminalText.visible(PortfolioText.answer(analysis)))
        if let best = analysis.best, !analysis.budgets.isEmpty { out.append("It uses " + TerminalText.visible(PortfolioText.uses(best, analysis)) + ".") }
        let budgets = analysis.budgets.map(\.criterion)
        if !analysis.top.isEmpty {
            var top = TextTable(
                headers: ["Rank", "Package", "Score"] + budgets, alignments: [.right, .left, .right] + budgets.map { _ in .right })
            top.rows = analysis.top.map { entry in
                [String(entry.rank), PortfolioText.package(entry.package.members), NumberFormat.fixed(entry.package.score)]
                    + entry.package.uses.map { NumberFormat.plain(PortfolioText.rounded($0)) }
            }
            out += [
                "", "Top \(analysis.top.count) of \(NumberFormat.grouped(analysis.feasible))",
                top.wrappingText.render(width: context.width).trimmingTrailingNewlines,
            ]
        }
        if !analysis.frontier.isEmpty && !budgets.isEmpty {
            var frontier = TextTable(headers: budgets + ["Score", "Package"], alignments: budgets.map { _ in .right } + [.right, .left])
            frontier.rows = analysis.frontier.map { package in
                package.uses.map { NumberFormat.plain(PortfolioText.rounded($0)) } + [
                    NumberFormat.fixed(package.score), PortfolioText.package(package.members),
                ]
            }
            out += [
                "", "Efficient frontier: no other package scores more for the same or less budget",
                frontier.wrappingText.render(width: context.width).trimmingTrailingNewlines,
            ]
        }
        out += ["", measureTable(analysis).wrappingText.render(width: context.width).trimmingTrailingNewlines]
        let standing = PortfolioText.standingLines(analysis)
        if !standing.isEmpty { out += [""] + standing.map(TerminalText.visible) }
        if !analysis.perspectives.isEmpty {
            var table = TextTable(headers: ["Perspective", "Best package", "Score"], alignments: [.left, .left, .right])
            table.rows = analysis.perspectives.map { row in
                [row.name, row.best.map { PortfolioText.package($0.members) } ?? "none feasible", row.best.map { NumberFormat.fixed($0.score) } ?? "—"]
            }
            out += ["", "Best package by perspective", table.wrappingText.render(width: context.width).trimmingTrailingNewlines]
            if let agreement = PortfolioText.perspectiveAgreement(analysis) { out.append(agreement) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Measures by id: in the best package or not, marginal value, inclusion share, standing.
    static func measureTable(_ analysis: PortfolioAnalysis) -> TextTable {
        let sampled = analysis.inclusion != nil
        var table = TextTable(
            headers: ["Measure", "In best", "Marginal"] + (sampled ? ["Inclusion", "Standing"] : []),
            alignments: [.left, .left, .right] + (sampled ? [.right, .left] : []))
        let members = Set(analysis.best?.members ?? [])
        table.rows = analysis.measures.indices.map { p in
            let id = analysis.measures[p].id
            var row = [id, members.contains(id) ? "yes" : "no", PortfolioText.signed(analysis.marginal[p])]
            if let inclusion = analysis.inclusion { row += [PortfolioText.percent(inclusion.share[p]), analysis.standing(p)?.rawValue ?? ""] }
            return row
        }
        return table
    }
}

/// `portfolio --format markdown`: the same sections as tables to paste into a handout.
public enum PortfolioMarkdownRenderer: Renderer {
    public static let format = "markdown"

    public static func render(_ analysis: PortfolioAnalysis, in context: RenderContext) -> String {
        var lines: [String] = []
        if let title = analysis.title { lines += ["## Packages of measures — \(MarkdownText.escape(title))", ""] }
        lines += ["_\(MarkdownText.escape(PortfolioText.constraintsLine(analysis)))_", "", MarkdownText.escape(PortfolioText.answer(analysis))]
        let budgets = analysis.budgets.map(\.criterion)
        let code = { (members: [String]) in members.map(MarkdownText.code).joined(separator: " + ") }
        if !analysis.top.isEmpty {
            lines += [
                "", "| Rank | Package | Score |" + budgets.map { " \(MarkdownText.escape($0)) |" }.joined(),
                "|--:|---|--:|" + budgets.map { _ in "--:|" }.joined(),
            ]
            for entry in analysis.top {
                lines.append(
                    "| \(entry.rank) | \(code(entry.package.members)) | \(NumberFormat.fixed(entry.package.score)) |"
                        + entry.package.uses.map { " \(NumberFormat.plain(PortfolioText.rounded($0))) |" }.joined())
            }
        }
        if !analysis.frontier.isEmpty && !budgets.isEmpty {
            lines += [
                "", "Efficient frontier:", "", "|" + budgets.map { " \(MarkdownText.escape($0)) |" }.joined() + " Score | Package |",
                "|" + budgets.map { _ in "--:|" }.joined() + "--:|---|",
            ]
            for package in analysis.frontier {
                lines.append(
                    "|" + package.uses.map { " \(NumberFormat.plain(PortfolioText.rounded($0))) |" }.joined()
                        + " \(NumberFormat.fixed(package.score)) | \(code(package.members)) |")
            }
        }
        let table = PortfolioTableRenderer.measureTable(analysis)
        lines += [
            "", "| " + table.headers.joined(separator: " | ") + " |", "|" + table.alignments.map { $0 == .right ? "--:" : "---" }.joined(separator: "|") + "|",
        ]
        for row in table.rows {
            lines.append("| " + [MarkdownText.code(row[0])].joined() + " | " + row.dropFirst().map(MarkdownText.escape).joined(separator: " | ") + " |")
        }
        let standing = PortfolioText.standingLines(analysis)
        if !standing.isEmpty { lines += [""] + standing.map { "- " + MarkdownText.escape($0) } }
        if !analysis.perspectives.isEmpty {
            lines += ["", "| Perspective | Best package | Score |", "|---|---|--:|"]
            for row in analysis.perspectives {
                lines.append(
                    "| \(MarkdownText.escape(row.name)) | \(row.best.map { code($0.members) } ?? "none feasible") | \(row.best.map { NumberFormat.fixed($0.score) } ?? "—") |"
                )
            }
            if let agreement = PortfolioText.perspectiveAgreement(analysis) { lines += ["", MarkdownText.escape(agreement)] }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `portfolio --format json`, with the keys docs/DESIGN.md §4.1 fixes (and a few more).
public enum PortfolioJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ analysis: PortfolioAnalysis, in context: RenderContext) -> String {
        let ids = analysis.measures.map(\.id)
        var root: [(String, JSONValue)] = [
            (
                "method",
                .object([
                    ("name", .string(analysis.plan.method.name)), ("normalization", .string(analysis.plan.normalization.rawValue)),
                    ("params", .object(analysis.plan.parameters.map { ($0.0, .number($0.1)) })),
                ])
            ),
            ("perspective", .optional(analysis.plan.perspective)),
            (
                "constraints",
                .object(
                    [("budget", .object(analysis.budgets.map { ($0.criterion, .number($0.limit)) }))]
                        + (analysis.maxSize.map { [("max_size", JSONValue.integer($0))] } ?? []))
            ),
            ("feasible", .integer(analysis.feasible)),
            ("best", analysis.best.map { package(analysis, $0, withScores: true) } ?? .null),
            ("top", .array(analysis.top.map { entry in .object([("rank", .integer(entry.rank))] + fields(package(analysis, entry.package))) })),
            (
                "frontier",
                .array(
                    analysis.frontier.map { package in
                        .object(
                            [("uses", .object(zip(analysis.budgets, package.uses).map { ($0.criterion, .number($1)) }))]
                                + fields(self.package(analysis, package)))
                    })
            ),
            ("marginal", .object(zip(ids, analysis.marginal).map { ($0, $1.map(JSONValue.number) ?? .null) })),
        ]
        if let inclusion = analysis.inclusion {
            var fields: [(String, JSONValue)] = [
                ("samples", .integer(inclusion.samples)), ("seed", .integer(Int(truncatingIfNeeded: inclusion.seed))),
                ("share", .object(zip(ids, inclusion.share).map { ($0, .number($1)) })),
                ("best_share", inclusion.bestShare.map(JSONValue.number) ?? .null),
                ("standing", .object(ids.indices.map { (ids[$0], .optional(analysis.standing($0)?.rawValue)) })),
                ("without_package", .integer(inclusion.withoutPackage)),
                ("standard_error", .number(((inclusion.share.map { $0 * (1 - $0) }.max() ?? 0.25) / Double(max(inclusion.samples, 1))).squareRoot())),
            ]
            if let reduced = inclusion.reduced { fields.append(("reduced", .string(reduced))) }
            root.append(("inclusion", .object(fields)))
        } else {
            root.append(("inclusion", .null))
        }
        root.append(
            (
                "perspectives",
                .array(
                    analysis.perspectives.map { row in
                        .object([
                            ("perspective", .optional(row.perspective)), ("name", .string(row.name)),
                            ("best", row.best.map { package(analysis, $0) } ?? .null),
                        ])
                    })
            ))
        root.append(("perspective_agreement", PortfolioText.sharedByPerspectives(analysis).map { .array($0.map(JSONValue.string)) } ?? .null))
        root.append(("answer", .string(PortfolioText.answer(analysis))))
        root.append(("warnings", .array(analysis.warnings.map { .string($0.message) })))
        return JSONValue.object(root).rendered() + "\n"
    }

    private static func package(_ analysis: PortfolioAnalysis, _ package: PortfolioAnalysis.Package, withScores: Bool = false) -> JSONValue {
        var fields: [(String, JSONValue)] = [("members", .array(package.members.map(JSONValue.string))), ("score", .number(package.score))]
        if withScores { fields.append(("scores", .object(zip(analysis.leaves, package.combined).map { ($0, .number($1)) }))) }
        return .object(fields)
    }

    private static func fields(_ value: JSONValue) -> [(String, JSONValue)] {
        if case .object(let pairs) = value { return pairs }
        return []
    }
}

extension String {
    /// A table's text without its final line break, to join with other lines.
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
