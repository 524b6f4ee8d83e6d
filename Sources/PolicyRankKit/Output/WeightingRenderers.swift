/// `policyrank weights … --format text|json|yaml`.
public enum WeightingRenderer {
    public static func text(_ result: WeightingResult) -> String {
        var table = TextTable(headers: ["Criterion", "Weight"], alignments: [.left, .right])
        for (id, weight) in zip(result.criteria, result.weights) { table.rows.append([id, NumberFormat.fixed(weight)]) }
        var output = "Weights by \(result.method)\n\n" + table.render()
        if let consistency = result.consistency {
            output +=
                "\nλmax \(NumberFormat.fixed(consistency.lambdaMax, 3)) · CI \(NumberFormat.fixed(consistency.ci, 3)) · RI \(NumberFormat.fixed(consistency.ri, 2)) · CR \(NumberFormat.fixed(consistency.cr, 3))"
            output += consistency.cr <= AHP.acceptableRatio ? " (consistent: CR ≤ 0.1)\n" : "\n"
        }
        output += result.notes.map { "warning: " + $0 + "\n" }.joined()
        return output
    }

    /// `{"method", "weights", "lambda_max", "ci", "ri", "cr"}` (the last four for AHP).
    public static func json(_ result: WeightingResult) -> String {
        var pairs: [(String, JSONValue)] = [
            ("method", .string(result.method)),
            ("weights", .object(zip(result.criteria, result.weights).map { ($0, .number($1)) })),
        ]
        if let consistency = result.consistency {
            pairs += [
                ("lambda_max", .number(consistency.lambdaMax)), ("ci", .number(consistency.ci)),
                ("ri", .number(consistency.ri)), ("cr", .number(consistency.cr)),
            ]
        }
        if !result.notes.isEmpty { pairs.append(("warnings", .array(result.notes.map(JSONValue.string)))) }
        return JSONValue.object(pairs).rendered()
    }

    /// A perspective block, ready to paste into a criteria file's `perspectives:` list.
    public static func yaml(_ result: WeightingResult) -> String {
        var name = "Weights from \(result.method)"
        if let consistency = result.consistency { name += ", CR \(NumberFormat.fixed(consistency.cr, 3))" }
        var lines = [
            "# Paste under 'perspectives:' in a criteria file (or copy the weights onto the criteria).",
            "- id: \(result.method)-weights", "  name: \(name)", "  weights:",
        ]
        lines += zip(result.criteria, result.weights).map { "    \($0): \(NumberFormat.json($1, digits: 4))" }
        return lines.joined(separator: "\n") + "\n"
    }
}

public enum WeightingTextRenderer: Renderer {
    public static let format = "text"
    public static func render(_ result: WeightingResult, in context: RenderContext) -> String { WeightingRenderer.text(result) }
}

public enum WeightingJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ result: WeightingResult, in context: RenderContext) -> String { WeightingRenderer.json(result) }
}

/// A perspective block to paste into a criteria file.
public enum WeightingYAMLRenderer: Renderer {
    public static let format = "yaml"
    public static func render(_ result: WeightingResult, in context: RenderContext) -> String { WeightingRenderer.yaml(result) }
}
