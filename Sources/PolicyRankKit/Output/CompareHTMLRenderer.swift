/// `compare --format html`: one self-contained HTML page (inline CSS, no scripts, no external
/// files) to open in a browser, print, or paste into a handout.
///
/// Every rule of the stylesheet is scoped to `.policyrank-compare`, so the `<article>` can be
/// cut out and dropped into another page without restyling it. Every string from the study
/// goes through `HTMLText.escape`: a study is input, and a name like `<script>` must print,
/// not run. Rank 1 cells carry the class `top`; one element per line so reruns diff cleanly.
public enum CompareHTMLRenderer {
    public static func render(_ tables: ComparisonTables) -> String {
        let heading = "Comparison" + (tables.title.map { ": " + $0 } ?? "")
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(heading))</title>",
            "<style>",
        ]
        lines += stylesheet
        lines.append(pageRule(tables))
        lines += ["</style>", "</head>", "<body>", "<article class=\"policyrank-compare\">"]
        lines.append("<h1>\(HTMLText.escape(tables.title ?? "Comparison"))</h1>")
        lines.append(paragraph(RankingTableRenderer.conventionLine(tables.baseline), class: "conventions"))
        lines += criteria(tables)
        lines += methods(tables)
        lines += perspectives(tables)
        lines += packages(tables)
        lines += ["</article>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static let stylesheet = [
        ".policyrank-compare { font: 14px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; color: #1f2328; }",
        ".policyrank-compare h1 { font-size: 1.5em; margin: 0 0 .25em; }",
        ".policyrank-compare h2 { font-size: 1.15em; margin: 1.5em 0 .35em; }",
        ".policyrank-compare p { margin: .3em 0; }",
        ".policyrank-compare .conventions, .policyrank-compare .intro, .policyrank-compare .note { color: #57606a; font-size: .9em; }",
        ".policyrank-compare .scroll { overflow-x: auto; }",
        ".policyrank-compare table { border-collapse: collapse; margin: .5em 0; font-variant-numeric: tabular-nums; }",
        ".policyrank-compare th, .policyrank-compare td { border: 1px solid #d0d7de; padding: .3em .6em; vertical-align: top; }",
        ".policyrank-compare thead th { background: #f6f8fa; text-align: center; font-weight: 600; }",
        ".policyrank-compare tbody th { text-align: left; font-weight: 600; }",
        ".policyrank-compare td { text-align: right; white-space: nowrap; }",
        ".policyrank-compare td.level { text-align: left; }",
        ".policyrank-compare td.top { background: #dafbe1; font-weight: 600; }",
        ".policyrank-compare .sub { display: block; color: #57606a; font-size: .85em; font-weight: normal; }",
        ".policyrank-compare .score { color: #57606a; font-weight: normal; }",
        "@media print { .policyrank-compare .scroll { overflow: visible; } .policyrank-compare thead th, .policyrank-compare td.top { background: none; }"
            + " .policyrank-compare { font-size: 8.5pt; } .policyrank-compare td.level { white-space: normal; } .policyrank-compare tbody th { overflow-wrap: anywhere; } .policyrank-compare thead th { font-size: .85em; hyphens: auto; } .policyrank-compare th, .policyrank-compare td { padding: .2em .35em; }"
            + " .policyrank-compare tr { break-inside: avoid; } .policyrank-compare thead { display: table-header-group; } .policyrank-compare h2 { break-after: avoid; } }",
    ]

    /// The widest table's column count above which the page prints landscape.
    static let portraitColumns = 9

    /// A4, landscape when a table has more columns than fit across a portrait page at 8.5 pt
    /// (cells may then wrap, so every column stays on the page).
    static func pageRule(_ tables: ComparisonTables) -> String {
        let widest = 1 + max(tables.criteria.count, tables.methods.count, tables.rankColumns.count, tables.packages == nil ? 0 : tables.criteria.count + 2)
        return "@page { size: A4\(widest > portraitColumns ? " landscape" : ""); margin: 12mm; }"
    }

    static func criteria(_ tables: ComparisonTables) -> [String] {
        let grouped = tables.criteria.contains { $0.groupID != nil }
        func head(_ column: ComparisonTables.CriterionColumn, rowspan: Bool) -> String {
            "<th scope=\"col\"\(rowspan ? " rowspan=\"2\"" : "")>\(HTMLText.escape(column.name))<span class=\"sub\">weight \(CompareText.weight(column.weight))</span></th>"
        }
        var head1 = ["<th scope=\"col\"\(grouped ? " rowspan=\"2\"" : "")>Option</th>"]
        var head2: [String] = []
        var index = 0
        while index < tables.criteria.count {
            let column = tables.criteria[index]
            guard let group = column.groupID else {
                head1.append(head(column, rowspan: grouped))
                index += 1
                continue
            }
            let run = tables.criteria[index...].prefix { $0.groupID == group }
            head1.append("<th scope=\"colgroup\" colspan=\"\(run.count)\">\(HTMLText.escape(column.groupName ?? group))</th>")
            head2 += run.map { head($0, rowspan: false) }
            index += run.count
        }
        let rows = zip(tables.options, tables.scores).map { option, scores in
            zip(tables.criteria, scores).map { column, cell in
                "<td\(column.qualitative ? " class=\"level\"" : "")>\(HTMLText.escape(CompareText.score(cell)))</td>"
            }
        }
        return section(
            CompareText.criteriaTitle, intro: CompareText.criteriaIntro, heads: grouped ? [head1, head2] : [head1],
            tables: tables, rows: rows, notes: CompareText.criteriaNotes(tables))
    }

    static func methods(_ tables: ComparisonTables) -> [String] {
        let head =
            ["<th scope=\"col\">Option</th>"]
            + tables.methods.map {
                "<th scope=\"col\">\(HTMLText.escape($0.method))<span class=\"sub\">\(HTMLText.escape(CompareText.settings($0)))</span></th>"
            }
        let rows = tables.options.indices.map { i in
            tables.methods.map { column in
                let cell = column.cells[i]
                return
                    "<td\(cell.rank == 1 ? " class=\"top\"" : "")>\(cell.rank == 0 ? "—" : String(cell.rank)) <span class=\"score\">(\(NumberFormat.fixed(cell.score)))</span></td>"
            }
        }
        return section(
            CompareText.methodsTitle, intro: CompareText.methodsIntro, heads: [head], tables: tables, rows: rows,
            notes: Array(CompareText.methodsNotes(tables).dropFirst()))
    }

    static func perspectives(_ tables: ComparisonTables) -> [String] {
        let head =
            ["<th scope=\"col\">Option</th>"]
            + tables.rankColumns.map {
                "<th scope=\"col\">\(HTMLText.escape(CompareText.name($0)))</th>"
            }
        let rows = tables.options.indices.map { i in
            tables.rankColumns.map { "<td\($0.ranks[i] == 1 ? " class=\"top\"" : "")>\($0.ranks[i])</td>" }
        }
        return section(
            CompareText.perspectivesTitle(tables), intro: nil, heads: [head], tables: tables, rows: rows,
            notes: CompareText.perspectivesNotes(tables, legend: false))
    }

    /// Packages beside single measures: rows are packages, not options, so the table is built here.
    static func packages(_ tables: ComparisonTables) -> [String] {
        guard let rows = tables.packages else { return [] }
        var lines = ["<section>", "<h2>\(HTMLText.escape(CompareText.packagesTitle))</h2>", paragraph(CompareText.packagesIntro, class: "intro")]
        lines += ["<div class=\"scroll\">", "<table>", "<thead>"]
        lines.append(
            "<tr><th scope=\"col\">Rank</th><th scope=\"col\">Package</th><th scope=\"col\">Score</th>"
                + tables.criteria.map { "<th scope=\"col\">\(HTMLText.escape($0.name))</th>" }.joined() + "</tr>")
        lines += ["</thead>", "<tbody>"]
        for row in rows {
            lines.append(
                "<tr><td\(row.rank == 1 ? " class=\"top\"" : "")>\(row.rank)</td><th scope=\"row\">\(HTMLText.escape(CompareText.package(row)).replacingAll("_", "_<wbr>"))</th><td>\(NumberFormat.fixed(row.score))</td>"
                    + row.combined.map { "<td>\(NumberFormat.plain(PortfolioText.rounded($0)))</td>" }.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>", "</section>"]
        return lines
    }

    /// A titled table whose rows are headed by the option's name (and id, when it differs).
    private static func section(
        _ title: String, intro: String?, heads: [[String]], tables: ComparisonTables,
        rows: [[String]], notes: [String]
    ) -> [String] {
        var lines = ["<section>", "<h2>\(HTMLText.escape(title))</h2>"]
        if let intro { lines.append(paragraph(intro, class: "intro")) }
        lines += ["<div class=\"scroll\">", "<table>", "<thead>"]
        lines += heads.map { "<tr>" + $0.joined() + "</tr>" }
        lines += ["</thead>", "<tbody>"]
        for (option, cells) in zip(tables.options, rows) {
            let id = option.name == option.id ? "" : "<span class=\"sub\">\(HTMLText.escape(option.id))</span>"
            lines.append("<tr><th scope=\"row\">\(HTMLText.escape(option.name))\(id)</th>" + cells.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        lines += notes.map { paragraph($0, class: "note") }
        lines.append("</section>")
        return lines
    }

    private static func paragraph(_ text: String, class name: String) -> String {
        "<p class=\"\(name)\">\(HTMLText.escape(text))</p>"
    }
}

extension CompareHTMLRenderer: Renderer {
    public static let format = "html"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String { render(tables) }
}
