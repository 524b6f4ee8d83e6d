/// `rank --format json`, with the keys docs/DESIGN.md §3 fixes.
public enum RankingJSONRenderer {
    public static func render(_ ranking: Ranking) -> String {
        value(ranking).rendered()
    }

    static func value(_ ranking: Ranking) -> JSONValue {
        let root: [(String, JSONValue)] =
            [
                ("title", .optional(ranking.title)),
                ("method", methodValue(ranking)),
                ("perspective", .optional(ranking.perspective)),
                ("better", .string(ranking.better.rawValue)),
                ("ties", .string("competition")),
                (
                    "criteria",
                    .array(
                        ranking.criteria.map { criterion in
                            .object([
                                ("id", .string(criterion.id)),
                                ("weight", .number(criterion.weight)),
                                ("direction", .string(criterion.direction.rawValue)),
                            ])
                        })
                ),
                ("ranking", .array(ranking.entries.map(entry))),
            ] + (ranking.compromise.map { [("compromise", JSONValue.array($0.map(JSONValue.string)))] } ?? [])
            + (ranking.relations.map { [("relations", relationsValue($0))] } ?? [])
            + (ranking.credibility.flatMap { matrix in ranking.relations.map { [("credibility", credibilityValue(matrix, ids: $0.ids))] } } ?? [])
            + (ranking.firstPlace.map { [("first_place", firstPlaceValue($0, top: ranking.top?.id))] } ?? [])
            + (ranking.degeneracy.map { [("degenerate", degeneracyValue($0))] } ?? [])
            + (ranking.baseline.map { baseline in
                [("baseline", JSONValue.string(baseline)), ("worse_than_baseline", .array(ranking.worseThanBaseline.map { .string($0.id) }))]
            } ?? [])
        return .object(root)
    }

    /// Why the entries are not a ranking: the reason, what to do, and the criteria that zero products.
    static func degeneracyValue(_ degeneracy: Degeneracy) -> JSONValue {
        .object([
            ("reason", .string(degeneracy.reason)),
            ("suggestion", .string(degeneracy.suggestion)),
            ("criteria", .object(degeneracy.causes.map { ($0.criterion, .array($0.options.map(JSONValue.string))) })),
        ])
    }

    /// How the `p_first` of every entry was sampled, and the verdict on the top.
    static func firstPlaceValue(_ firstPlace: FirstPlace, top: String?) -> JSONValue {
        .object([
            ("samples", .integer(firstPlace.samples)),
            ("seed", .integer(Int(firstPlace.seed))),
            ("standard_error", .number(firstPlace.standardError)),
            ("contested", .bool(top.map(firstPlace.isContested) ?? false)),
            ("verdict", .string(top.map(firstPlace.verdict) ?? "")),
        ])
    }

    /// `{"a": {"b": "P"}}` for every ordered pair of distinct options (docs/DESIGN.md §4.3).
    static func relationsValue(_ relations: OutrankingRelations) -> JSONValue {
        .object(
            relations.ids.indices.map { a in
                (
                    relations.ids[a],
                    .object(
                        relations.ids.indices.filter { $0 != a }.map { b in
                            (relations.ids[b], .string(relations.relation(a, b).rawValue))
                        })
                )
            })
    }

    /// ELECTRE III's `{"a": {"b": 0.83}}` for every ordered pair of distinct options.
    static func credibilityValue(_ credibility: Matrix, ids: [String]) -> JSONValue {
        .object(ids.indices.map { a in (ids[a], .object(ids.indices.filter { $0 != a }.map { b in (ids[b], .number(credibility[a, b])) })) })
    }

    static func methodValue(_ ranking: Ranking) -> JSONValue {
        .object([
            ("name", .string(ranking.method)),
            ("normalization", .string(ranking.normalization.rawValue)),
            ("params", .object(ranking.parameters.map { ($0.0, .number($0.1)) })),
        ])
    }

    private static func entry(_ entry: Ranking.Entry) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rank", .integer(entry.rank)),
            ("id", .string(entry.id)),
            ("name", .string(entry.name)),
            ("score", .number(entry.score)),
        ]
        if let vsBaseline = entry.vsBaseline {
            fields.append(("vs_baseline", .number(vsBaseline)))
        }
        if let pFirst = entry.pFirst {
            fields.append(("p_first", .number(pFirst)))
        }
        if let contributions = entry.contributions {
            fields.append(("contributions", .object(contributions.map { ($0.criterion, .number($0.value)) })))
        }
        if let details = entry.details {
            fields.append(("details", .object(details.map { ($0.0, .number($0.1)) })))
        }
        return .object(fields)
    }
}

extension RankingJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ ranking: Ranking, in context: RenderContext) -> String { render(ranking) }
}
