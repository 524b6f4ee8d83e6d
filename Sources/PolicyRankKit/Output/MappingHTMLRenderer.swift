/// `mapping --format html`: one self-contained page (inline CSS and SVG, no scripts) with the
/// mapping chart and the tables, to open on a phone, project, or print on A4.
///
/// Styles are scoped to `.policyrank-mapping` so the `<article>` can be cut into another
/// page; every string from the study is escaped (`Markup`).
public enum MappingHTMLRenderer: Renderer {
    public static let format = "html"

    public static func render(_ mapping: MultiCriteriaMapping, in context: RenderContext) -> String {
        let heading = MappingText.title + (mapping.group.map { " · group " + $0 } ?? "")
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(heading))</title>", "<style>",
        ]
        lines += stylesheet
        lines += ["</style>", "</head>", "<body>", "<article class=\"policyrank-mapping\">"]
        lines.append(Markup("<h1>\(heading)</h1>").html)
        lines += body(mapping).map(\.html)
        lines += ["</article>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headline, chart and tables, shared with the report's mapping section.
    static func body(_ mapping: MultiCriteriaMapping) -> [Markup] {
        var parts: [Markup] = [HTML.paragraph(MappingText.headline(mapping), className: "lead")]
        parts.append(
            HTML.figure(
                MappingChart.render(mapping),
                caption: "Each bar runs from a participant's pessimistic to their optimistic total; the tick marks its midpoint. Options in merit order."))
        let ranks = MappingText.ranks(mapping.merit)
        parts.append(
            HTML.table(
                ["Rank", "Option", "Merit", "With grey"],
                zip(ranks, mapping.merit).map { rank, entry in
                    ["\(rank)", "\(entry.name) \(HTML.code(entry.option))", "\(MappingText.merit(entry.merit))", "\(MappingText.merit(entry.meritWithGrey))"]
                }, numeric: [0, 2, 3], caption: "Merit order"))
        parts.append(HTML.paragraph(MappingText.meritNote, className: "note"))
        let names = mapping.participants.map(\.name)
        parts.append(
            HTML.table(
                ["Option"] + names,
                mapping.meritOrder.map { i in ["\(HTML.code(mapping.options[i].id))"] + mapping.participants.map { "\(MappingText.interval($0.totals[i]))" } },
                numeric: Set(1...max(names.count, 1)), caption: "Pessimistic–optimistic totals"))
        parts.append(HTML.paragraph(MappingText.totalsNote, className: "note"))
        let pairs = mapping.pairRows
        if !pairs.isEmpty {
            parts.append(
                HTML.table(
                    ["Pair"] + names,
                    pairs.map { pair in
                        ["\(HTML.code(pair.a)) vs \(HTML.code(pair.b))"] + pair.cells.map { "\($0.map(MappingText.inclination) ?? "—")" }
                    }, numeric: Set(1...max(names.count, 1)), caption: "Pairwise inclination"))
            parts.append(HTML.paragraph(MappingText.pairwiseNote, className: "note"))
        }
        if !mapping.meritByGroup.isEmpty {
            let groups = mapping.meritByGroup
            let byGroup = groups.map { group in Dictionary(uniqueKeysWithValues: group.merit.map { ($0.option, $0.merit) }) }
            parts.append(
                HTML.table(
                    ["Option"] + groups.map(\.group),
                    mapping.merit.map { entry in ["\(HTML.code(entry.option))"] + byGroup.map { "\(MappingText.merit($0[entry.option] ?? 0))" } },
                    numeric: Set(1...groups.count), caption: "Merit by group"))
        }
        return parts
    }

    static let stylesheet = [
        ".policyrank-mapping { font: 14px/1.45 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; color: #1f2328; max-width: 960px; margin: 0 auto; padding: 0 12px; }",
        ".policyrank-mapping h1 { font-size: 1.5em; margin: .5em 0 .25em; }",
        ".policyrank-mapping .lead { font-size: 1.1em; }",
        ".policyrank-mapping .note, .policyrank-mapping figcaption { color: #57606a; font-size: .9em; }",
        ".policyrank-mapping figure { margin: 1em 0; overflow-x: auto; }",
        // The chart's own inline min-width keeps its text at 10 px or more on a phone (SVG.open);
        // the figure scrolls sideways instead.
        ".policyrank-mapping svg.chart { width: 100%; max-width: 720px; height: auto; }",
        ".policyrank-mapping .wide { overflow-x: auto; }",
        ".policyrank-mapping table { border-collapse: collapse; margin: 1em 0 .3em; font-variant-numeric: tabular-nums; }",
        ".policyrank-mapping caption { text-align: left; font-weight: 600; padding-bottom: .3em; }",
        ".policyrank-mapping th, .policyrank-mapping td { border: 1px solid #d0d7de; padding: .3em .6em; }",
        ".policyrank-mapping thead th { background: #f6f8fa; }",
        ".policyrank-mapping .num { text-align: right; white-space: nowrap; }",
        "@page { size: A4; margin: 16mm 14mm; }",
        "@media print { .policyrank-mapping .wide, .policyrank-mapping figure { overflow: visible; } .policyrank-mapping svg.chart { min-width: 0 !important; } .policyrank-mapping figure, .policyrank-mapping tr { break-inside: avoid; } .policyrank-mapping caption { break-after: avoid; } .policyrank-mapping thead { display: table-header-group; } }",
    ]
}
