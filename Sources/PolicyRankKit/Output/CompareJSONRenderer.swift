/// `compare --format json`: the three tables for scripts and chart tools.
///
/// ```json
/// {"title", "method": {"name", "normalization", "params"}, "perspective", "ties",
///  "options": [{"id", "name", "p_first"}],
///  "criteria": [{"id", "name", "group", "weight", "direction", "unit", "scale"}],
///  "scores": {"<option>": {"<criterion>": {"text", "value", "low"?, "likely"?, "high"?}}},
///  "methods": [{"name", "normalization", "params", "better",
///               "ranking": {"<option>": {"rank", "score"}}, "degenerate"?}], rank null
///               where the method cannot rank the study (`degenerate` says why)
///  "perspectives": [{"id", "name", "ranks": {"<option>": rank}}],
///  "participants": [{"id", "name", "ranks": {"<option>": rank}}],  (rankable participants)
///  "packages"?: [{"members", "rank", "score", "feasible", "combined": {"<criterion>": x}}]}
/// ```
/// Objects keyed by option are in the base ranking's order, criteria in value-tree order.
/// A score's `text` is as the tables print it, `value` the number it is ranked at; a point
/// score adds `score` (a number, or a level's label), a range `low`, `likely` (triangular
/// only) and `high`. The first perspective, `id` null, is the study's own weights.
public enum CompareJSONRenderer {
    public static func render(_ tables: ComparisonTables) -> String {
        value(tables).rendered()
    }

    static func value(_ tables: ComparisonTables) -> JSONValue {
        guard case .object(var fields) = tableValue(tables) else { return .null }
        if let rows = tables.packages {
            fields.append(
                (
                    "packages",
                    .array(
                        rows.map { row in
                            .object([
                                ("members", .array(row.members.map(JSONValue.string))), ("rank", .integer(row.rank)), ("score", .number(row.score)),
                                ("feasible", .bool(row.feasible)), ("combined", .object(zip(tables.criteria, row.combined).map { ($0.id, .number($1)) })),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    private static func tableValue(_ tables: ComparisonTables) -> JSONValue {
        let pFirst = Dictionary(tables.baseline.entries.map { ($0.id, $0.pFirst) }, uniquingKeysWith: { first, _ in first })
        return .object([
            ("title", .optional(tables.title)),
            ("method", RankingJSONRenderer.methodValue(tables.baseline)),
            ("perspective", .optional(tables.baseline.perspective)),
            ("ties", .string("competition")),
            (
                "options",
                .array(
                    tables.options.map { option in
                        .object(
                            [("id", .string(option.id)), ("name", .string(option.name))]
                                + (pFirst[option.id]?.map { [("p_first", JSONValue.number($0))] } ?? []))
                    })
            ),
            ("criteria", .array(tables.criteria.map(criterion))),
            (
                "scores",
                .object(
                    zip(tables.options, tables.scores).map { option, cells in
                        (option.id, .object(zip(tables.criteria, cells).map { ($0.id, $1.map(score) ?? .null) }))
                    })
            ),
            (
                "methods",
                .array(
                    tables.methods.map { column in
                        .object(
                            [
                                ("name", .string(column.method)),
                                ("normalization", .string(column.normalization.rawValue)),
                                ("params", .object(column.parameters.map { ($0.0, .number($0.1)) })),
                                ("better", .string(column.better.rawValue)),
                                (
                                    "ranking",
                                    .object(
                                        zip(tables.options, column.cells).map { option, cell in
                                            (option.id, .object([("rank", cell.rank == 0 ? .null : .integer(cell.rank)), ("score", .number(cell.score))]))
                                        })
                                ),
                            ] + (column.degeneracy.map { [("degenerate", JSONValue.string($0.reason))] } ?? []))
                    })
            ),
            (
                "perspectives",
                .array(
                    tables.perspectives.map { column in
                        .object([
                            ("id", .optional(column.id)),
                            ("name", .string(column.name)),
                            ("ranks", .object(zip(tables.options, column.ranks).map { ($0.id, .integer($1)) })),
                        ])
                    })
            ),
            (
                "participants",
                .array(
                    tables.participants.map { column in
                        .object([
                            ("id", .optional(column.id)),
                            ("name", .string(column.name)),
                            ("ranks", .object(zip(tables.options, column.ranks).map { ($0.id, .integer($1)) })),
                        ])
                    })
            ),
        ])
    }

    private static func criterion(_ column: ComparisonTables.CriterionColumn) -> JSONValue {
        .object([
            ("id", .string(column.id)),
            ("name", .string(column.name)),
            ("group", .optional(column.groupID)),
            ("weight", .number(column.weight)),
            ("direction", .string(column.direction.rawValue)),
            ("unit", .optional(column.unit)),
            ("scale", .string(column.qualitative ? "levels" : "numeric")),
        ])
    }

    private static func score(_ cell: ComparisonTables.ScoreCell) -> JSONValue {
        var fields: [(String, JSONValue)] = [("text", .string(cell.text)), ("value", cell.value.map(JSONValue.number) ?? .null)]
        switch cell.score {
        case .point(let value):
            fields.append(("score", scoreValue(value)))
        case .triangular(let low, let likely, let high):
            fields += [("low", scoreValue(low)), ("likely", scoreValue(likely)), ("high", scoreValue(high))]
        case .uniform(let low, let high):
            fields += [("low", scoreValue(low)), ("high", scoreValue(high))]
        }
        return .object(fields)
    }

    private static func scoreValue(_ value: ScoreValue) -> JSONValue {
        switch value {
        case .number(let number): .number(number)
        case .label(let label): .string(label)
        }
    }
}

extension CompareJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String { render(tables) }
}
