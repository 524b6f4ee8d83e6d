/// `explain A B --format json`: `{"method", "better", "first": {"id", "rank", "score"},
/// "second": {…}, "additive", "differences": [{"criterion", "name", "value", "first":
/// {"score", "note"}, "second": {…}}], "sources": {"<id>": [titles]}}`, largest difference first.
public enum ExplanationJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ explanation: Explanation, in context: RenderContext) -> String {
        let option = { (entry: Ranking.Entry) -> JSONValue in
            .object([("id", .string(entry.id)), ("rank", .integer(entry.rank)), ("score", .number(entry.score))])
        }
        let evidence = { (value: Explanation.Evidence?) -> JSONValue in
            .object([("score", .optional(value?.score)), ("note", .optional(value?.note))])
        }
        return JSONValue.object([
            ("method", .string(explanation.method)),
            ("better", .string(explanation.better.rawValue)),
            ("first", option(explanation.first)),
            ("second", option(explanation.second)),
            ("additive", .bool(explanation.additive)),
            (
                "differences",
                .array(
                    explanation.differences.map { difference in
                        let pair = explanation.evidence[difference.criterion]
                        return .object([
                            ("criterion", .string(difference.criterion)), ("name", .string(difference.name)), ("value", .number(difference.value)),
                            ("first", evidence(pair?.first)), ("second", evidence(pair?.second)),
                        ])
                    })
            ),
            ("relation", explanation.outranking.map { .string($0.relation.rawValue) } ?? .null),
            ("outranking", explanation.outranking.map { .string($0.summary) } ?? .null),
            (
                "sources",
                .object([
                    (explanation.first.id, .array(explanation.sources.first.map(JSONValue.string))),
                    (explanation.second.id, .array(explanation.sources.second.map(JSONValue.string))),
                ])
            ),
        ]).rendered()
    }
}
