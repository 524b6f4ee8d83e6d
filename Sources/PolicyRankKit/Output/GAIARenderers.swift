/// `gaia --format table`: δ, then each criterion's axis and each option's position.
public enum GAIATableRenderer: Renderer {
    public static let format = "table"

    public static func render(_ plane: GAIAPlane, in context: RenderContext) -> String {
        var out = [
            "GAIA plane of the \(plane.method == "promethee1" ? "PROMETHEE I" : "PROMETHEE") per-criterion net flows\(plane.perspective.map { " · perspective \($0)" } ?? "")",
            "δ = \(NumberFormat.fixed(plane.delta, 4)): the plane keeps \(NumberFormat.fixed(100 * plane.delta, 1))% of the variance of the flows"
                + (plane.delta < 0.6 ? " — too little to read the plane with confidence." : "."),
            "",
        ]
        var criteria = TextTable(headers: ["Criterion", "x", "y"], alignments: [.left, .right, .right])
        criteria.rows = plane.criteria.map { [$0.id, NumberFormat.fixed($0.x), NumberFormat.fixed($0.y)] }
        var options = TextTable(headers: ["Option", "x", "y"], alignments: [.left, .right, .right])
        options.rows = plane.options.map { [$0.id, NumberFormat.fixed($0.x), NumberFormat.fixed($0.y)] }
        out = out.map(TerminalText.visible)
        out += [criteria.render().trimmingTrailingNewlines, "", options.render().trimmingTrailingNewlines, ""]
        out.append("Decision axis (the weights projected): (\(NumberFormat.fixed(plane.decisionAxis.x)), \(NumberFormat.fixed(plane.decisionAxis.y)))")
        out.append("Options far along the decision axis rank high; criteria pointing the same way agree, opposite ones conflict.")
        return out.joined(separator: "\n") + "\n"
    }
}

/// `gaia --format json`, with the keys docs/DESIGN.md §4.3 fixes.
public enum GAIAJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ plane: GAIAPlane, in context: RenderContext) -> String {
        JSONValue.object([
            ("delta", .number(plane.delta)),
            ("criteria", .object(plane.criteria.map { ($0.id, .array([.number($0.x), .number($0.y)])) })),
            ("options", .object(plane.options.map { ($0.id, .array([.number($0.x), .number($0.y)])) })),
            ("decision_axis", .array([.number(plane.decisionAxis.x), .number(plane.decisionAxis.y)])),
            ("eigenvalues", .array(plane.eigenvalues.map(JSONValue.number))),
        ]).rendered() + "\n"
    }
}

/// `gaia --format svg`: the plot alone, for a slide or a handout.
public enum GAIASVGRenderer: Renderer {
    public static let format = "svg"

    public static func render(_ plane: GAIAPlane, in context: RenderContext) -> String { GAIAChart.render(plane) }
}
