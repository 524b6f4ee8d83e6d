/// `sensitivity --format json`, with the keys docs/DESIGN.md §3 fixes (and a few more).
public enum SensitivityJSONRenderer {
    /// Above this many options each sweep point lists its ranking but not every option's score:
    /// at 10,000 options the scores alone were 110 MB of JSON and most of the memory.
    public static let sweepScoreLimit = 1_000

    public static func render(_ report: SensitivityReport) -> String {
        let smaa = report.acceptability
        let ids = smaa.options
        let withScores = ids.count <= sweepScoreLimit
        var root: [(String, JSONValue)] = [
            ("method", RankingJSONRenderer.methodValue(report.ranking)),
            ("perspective", .optional(report.ranking.perspective)),
            ("ties", .string("competition")),
            ("top", .optional(report.ranking.top?.id)),
            ("weights", .object(report.weights.map { ($0.id, .number($0.weight)) })),
            ("thresholds", .array(report.thresholds.map(threshold))),
            (
                "most_critical",
                report.mostCritical.map { critical in
                    .object([
                        ("criterion", .string(critical.criterion)),
                        ("weight", .number(critical.weight)),
                        ("relative_change", .number(critical.relativeChange ?? 0)),
                    ])
                } ?? .null
            ),
            (
                "sweep",
                .array(
                    report.sweep.map { sweep in
                        .object([
                            ("criterion", .string(sweep.criterion)),
                            (
                                "points",
                                .array(
                                    sweep.points.map { point in
                                        .object(
                                            [
                                                ("weight", .number(point.weight)),
                                                ("ranking", .array(point.ranking.map(JSONValue.string))),
                                            ]
                                                + (withScores
                                                    ? [("scores", .object(zip(ids, point.scores).map { ($0, .number($1)) }))] : []))
                                    })
                            ),
                        ])
                    })
            ),
        ]
        var acceptability: [(String, JSONValue)] = [
            ("samples", .integer(smaa.configuration.samples)),
            ("seed", .integer(Int(truncatingIfNeeded: smaa.configuration.seed))),
            ("weight_model", .string(smaa.configuration.weightModel.name)),
        ]
        if case .dirichlet(let concentration) = smaa.configuration.weightModel {
            acceptability.append(("concentration", .number(concentration)))
        }
        acceptability +=
            [
                ("ranks", .object(ids.indices.map { (ids[$0], .array(smaa.acceptability[$0].map(JSONValue.number))) })),
                (
                    "central_weights",
                    .object(
                        ids.indices.compactMap { i in
                            smaa.centralWeights[i].map { (ids[i], .object(zip(smaa.criteria, $0).map { ($0, .number($1)) })) }
                        })
                ),
                ("confidence", .object(ids.indices.compactMap { i in smaa.confidence[i].map { (ids[i], .number($0)) } })),
                (
                    "pairwise",
                    smaa.pairwise.isEmpty
                        ? .null
                        : .object(
                            ids.indices.map { i in
                                (ids[i], .object(ids.indices.filter { $0 != i }.map { (ids[$0], .number(smaa.pairwise[i][$0])) }))
                            })
                ),
                ("standard_error", .number(smaa.standardError)),
            ] + (smaa.declined.isEmpty ? [] : [("declined", JSONValue.array(smaa.declined.map(JSONValue.string)))])
        root.append(("acceptability", .object(acceptability)))
        let methods = report.methods
        root.append(
            (
                "methods",
                .object([
                    (
                        "rankings",
                        .object(
                            methods.methods.map { method in
                                let ranking = methods.rankings[method]
                                return (method, ranking?.degeneracy != nil ? .null : .array((ranking?.entries ?? []).map { .string($0.id) }))
                            })
                    ),
                    (
                        "degenerate",
                        .object(methods.methods.compactMap { method in methods.rankings[method]?.degeneracy.map { (method, .string($0.reason)) } })
                    ),
                    ("spearman", matrix(methods.spearman, methods.methods)),
                    ("kendall", matrix(methods.kendall, methods.methods)),
                ])
            ))
        let perspectives = report.perspectives.entries
        root.append(
            (
                "perspectives",
                .object([
                    ("rankings", .object(perspectives.map { ($0.perspective, .array($0.ranking.entries.map { .string($0.id) })) })),
                    ("top", .object(perspectives.map { ($0.perspective, .optional($0.ranking.top?.id)) })),
                    ("changes_top", .object(perspectives.map { ($0.perspective, .bool($0.changesTop)) })),
                ])
            ))
        if let participants = report.participants?.entries {
            root.append(
                (
                    "participants",
                    .object([
                        ("rankings", .object(participants.map { ($0.perspective, .array($0.ranking.entries.map { .string($0.id) })) })),
                        ("top", .object(participants.map { ($0.perspective, .optional($0.ranking.top?.id)) })),
                        ("changes_top", .object(participants.map { ($0.perspective, .bool($0.changesTop)) })),
                    ])
                ))
        }
        if !withScores {
            root.append(
                (
                    "declined",
                    .array([
                        .string(
                            "sweep points list their ranking without each option's score (\(NumberFormat.grouped(ids.count)) options; scores up to \(NumberFormat.grouped(sweepScoreLimit)))"
                        )
                    ])
                ))
        }
        root.append(("value_of_information", report.valueOfInformation.map(valueOfInformation) ?? .null))
        return JSONValue.object(root).rendered()
    }

    /// docs/DESIGN.md §4.4's keys, plus the standard errors, the method, the reference choice.
    private static func valueOfInformation(_ voi: ValueOfInformation) -> JSONValue {
        .object([
            ("evpi", .number(voi.evpi)),
            ("evpi_standard_error", .number(voi.evpiStandardError)),
            ("reference", .string(voi.reference)),
            ("samples", .integer(voi.samples)),
            ("seed", .integer(Int(truncatingIfNeeded: voi.seed))),
            ("evppi_method", .string(voi.evppiMethod)),
            ("evppi_standard_error", .number(voi.evppiStandardError)),
            (
                "scores",
                .array(
                    voi.scores.map { score in
                        .object([
                            ("policy", .string(score.option)), ("criterion", .string(score.criterion)), ("evppi", .number(score.evppi)),
                            ("p_change", .number(score.pChange)),
                        ])
                    })
            ),
        ])
    }

    private static func threshold(_ threshold: WeightThreshold) -> JSONValue {
        .object([
            ("criterion", .string(threshold.criterion)),
            ("weight", .number(threshold.weight)),
            ("lower", threshold.lower.map(JSONValue.number) ?? .null),
            ("upper", threshold.upper.map(JSONValue.number) ?? .null),
            ("top_at_lower", .optional(threshold.topAtLower)),
            ("top_at_upper", .optional(threshold.topAtUpper)),
            ("changes", .array(threshold.changes.map { .object([("weight", .number($0.weight)), ("top", .string($0.top))]) })),
        ])
    }

    private static func matrix(_ values: [String: [String: Double?]], _ names: [String]) -> JSONValue {
        .object(names.map { a in (a, .object(names.filter { $0 != a }.map { b in (b, (values[a]?[b] ?? nil).map(JSONValue.number) ?? .null) })) })
    }
}

extension SensitivityJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ report: SensitivityReport, in context: RenderContext) -> String { render(report) }
}
