/// `study.yaml`: title, default method and normalization, sensitivity settings, expectations.
/// Method names, parameters and the normalizations each method accepts come from `Methods`,
/// so the schema cannot drift from what `rank` accepts.
extension StudySchema {
    static let studyTitle = "policyrank study settings (study.yaml)"
    static let studyDescription = """
        Optional settings of a policyrank study: its title, the default method and normalization, \
        sensitivity-analysis settings, and expectations that 'policyrank validate' checks.
        """

    static var studyBody: [(String, JSONValue)] {
        S.recordFields(
            [
                ("title", S.string("Title of the study, shown at the top of every output. Example: Counter-terrorism options for Pakistan after August 2021")),
                (
                    "method",
                    S.oneOf(
                        "Default aggregation method: a name, or {name, parameter: value, …}. Example: wsm, or {name: vikor, v: 0.5}",
                        [
                            S.reference("method_name", "The method's name."),
                            S.reference("method", "The method's name and parameters."),
                        ])
                ),
                (
                    "normalization",
                    S.enumeration(
                        "Normalization of each criterion's values before aggregation; default: the method's own (from its paper).\n"
                            + Normalization.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "\n"), Normalization.allCases.map(\.rawValue))
                ),
                (
                    "sensitivity",
                    S.record(
                        "Settings for 'policyrank sensitivity' and the robust_top expectation. Example: {samples: 10000, seed: 1}",
                        [
                            ("samples", S.integer("SMAA-2 Monte Carlo samples (default 10000); more samples, smaller standard error.", minimum: 1)),
                            ("seed", S.integer("Random seed: the same seed gives the same results, whatever the number of threads (default 1).", minimum: 0)),
                        ])
                ),
                ("expect", expectations),
                ("portfolio", portfolio),
                (
                    "lint",
                    S.record(
                        "Warnings this study has decided to live with. Example: {disable: [missing-source]}",
                        [
                            (
                                "disable",
                                S.array(
                                    "Rule ids of warnings not to report; errors cannot be disabled.",
                                    of: S.enumeration("A warning rule id.", Rule.allCases.filter(\.canBeDisabled).map(\.rawValue)))
                            )
                        ])
                ),
            ], [("allOf", .array(normalizationLimits))])
    }

    /// `portfolio:` (docs/DESIGN.md §4.1). Ids are checked against the study by validation.
    private static var portfolio: JSONValue {
        let id = S.identifier("A measure: the id of a policy.")
        let ids = S.array("Measure ids.", of: id, [("minItems", .integer(1))])
        return S.record(
            """
            The options are measures that can be combined into packages: 'policyrank portfolio' finds the best package within \
            these constraints. Every leaf criterion then needs 'combine'. Example: {budget: {fiscal_cost: 800}, max_size: 3}
            """,
            [
                (
                    "budget",
                    S.dictionary(
                        "Limits on the combined score of cost criteria that combine by sum, by criterion id. Example: {fiscal_cost: 800}",
                        keys: S.identifier("A leaf cost criterion with combine: sum."), values: S.number("The most a package may use.", minimum: 0))
                ),
                ("max_size", S.integer("At most this many measures in a package.", minimum: 1)),
                (
                    "exclusive",
                    S.array(
                        "Groups of measures a package may contain at most one of. Example: [[military_ops, cross_border_strikes]]",
                        of: S.array("Measures that exclude each other.", of: id, [("minItems", .integer(2))]))
                ),
                (
                    "requires",
                    S.dictionary(
                        "Measures allowed only together with others: measure id → the ids it needs. Example: {cross_border_strikes: [diplomacy_kabul]}",
                        keys: S.identifier("A measure."), values: .object([("oneOf", .array([id, ids]))]))
                ),
                (
                    "interactions",
                    S.array(
                        "What a combination adds beyond its parts: scores added to the package's combined score, on each criterion, when every member is in it.",
                        of: S.record(
                            "An interaction. Example: {members: [military_ops, community], scores: {durability: 2}, note: Clearing holds only where services follow.}",
                            [
                                ("members", S.array("The measures that must all be in the package.", of: id, [("minItems", .integer(2))])),
                                (
                                    "scores",
                                    S.dictionary(
                                        "Added to the package's combined score on each leaf criterion, in its units (before clamping to its scale).",
                                        keys: S.identifier("A leaf criterion."), values: S.number("The amount added; may be negative."),
                                        [("minProperties", .integer(1))])
                                ),
                                ("note", S.string("Why the combination adds this.")),
                                ("sources", S.array("Sources behind the interaction.", of: StudySchema.source)),
                            ], required: ["members", "scores"]))
                ),
            ])
    }

    static var studyDefinitions: [(String, JSONValue)] {
        [("method_name", methodName), ("method", methodWithParameters)]
    }

    private static var methodName: JSONValue {
        let lines = Methods.all.map { method in
            let parameters = method.parameters.map { "\($0.name) = \(NumberFormat.plain($0.defaultValue))" }
            return "\(method.name): \(method.summary); default normalization \(method.defaultNormalization.rawValue)"
                + (parameters.isEmpty ? "" : "; parameters: " + parameters.joined(separator: ", "))
        }
        return S.enumeration("An aggregation method.\n" + lines.joined(separator: "\n"), Methods.names)
    }

    /// `{name: vikor, v: 0.5}`: each method admits only its own parameters, within range.
    private static var methodWithParameters: JSONValue {
        let plain = Methods.all.filter(\.parameters.isEmpty).map(\.name)
        let parameterized = Methods.all.filter { !$0.parameters.isEmpty }
        let rules =
            [S.when("name", isOneOf: plain, then: [("properties", .object([("name", .bool(true))])), ("additionalProperties", .bool(false))])]
            + parameterized.map { method in
                let parameters = method.parameters.map { parameter in
                    (
                        parameter.name,
                        S.number(
                            "\(method.name): \(parameter.summary), from \(NumberFormat.plain(parameter.range.lowerBound)) to \(NumberFormat.plain(parameter.range.upperBound)) (default \(NumberFormat.plain(parameter.defaultValue)))",
                            minimum: parameter.range.lowerBound, maximum: parameter.range.upperBound, default: parameter.defaultValue)
                    )
                }
                return S.when(
                    "name", isOneOf: [method.name],
                    then: [("properties", .object([("name", .bool(true))] + parameters)), ("additionalProperties", .bool(false))])
            }
        let takes = parameterized.map { "\($0.name) takes \($0.parameters.map(\.name).joined(separator: ", "))" }
        return .object([
            ("description", .string("A method with parameters: \(takes.joined(separator: ", ")); the others take none. Example: {name: vikor, v: 0.5}")),
            ("type", .string("object")),
            ("properties", .object([("name", S.reference("method_name", "The method's name."))])),
            ("required", S.strings(["name"])),
            ("additionalProperties", S.number("A parameter of the method.")),
            ("allOf", .array(rules)),
        ])
    }

    /// Methods that normalize in their own way refuse any other normalization.
    private static var normalizationLimits: [JSONValue] {
        var groups: [(accepted: [Normalization], methods: [String])] = []
        for method in Methods.all where method.normalizations != Normalization.allCases {
            if let index = groups.firstIndex(where: { $0.accepted == method.normalizations }) {
                groups[index].methods.append(method.name)
            } else {
                groups.append((method.normalizations, [method.name]))
            }
        }
        return groups.map { group in
            let named = JSONValue.object([
                (
                    "anyOf",
                    .array([
                        S.matching(group.methods),
                        .object([
                            ("type", .string("object")), ("properties", .object([("name", S.matching(group.methods))])), ("required", S.strings(["name"])),
                        ]),
                    ])
                )
            ])
            let accepted = group.accepted.map(\.rawValue)
            return .object([
                ("if", .object([("properties", .object([("method", named)])), ("required", S.strings(["method", "normalization"]))])),
                (
                    "then",
                    .object([
                        (
                            "properties",
                            .object([
                                (
                                    "normalization",
                                    S.enumeration(
                                        "\(group.methods.joined(separator: ", ")) accept only normalization \(accepted.joined(separator: ", ")).", accepted)
                                )
                            ])
                        )
                    ])
                ),
            ])
        }
    }

    private static var expectations: JSONValue {
        let policy = S.identifier("A policy id.")
        return S.record(
            "Claims about the ranking under the study's method that 'policyrank validate' checks; CI fails, at the claim's line, when one no longer holds.",
            [
                ("top", S.identifier("This policy ranks first. Example: diplomacy_kabul")),
                (
                    "ranking",
                    S.array(
                        "The ranking starts with these policies, in this order (ties listed by id). Example: [community, regional_intelligence]",
                        of: policy, [("uniqueItems", .bool(true))])
                ),
                (
                    "robust_top",
                    S.record(
                        "The current top option ranks first in at least a share of SMAA-2 samples (uniform weights, sampled scores; the study's samples and seed). Example: {min_acceptability: 0.6}",
                        [
                            (
                                "min_acceptability",
                                S.number("The minimum first-rank acceptability, a share of samples from 0 to 1. Example: 0.6", minimum: 0, maximum: 1)
                            )
                        ], required: ["min_acceptability"])
                ),
                (
                    "stable_within",
                    S.number(
                        "No single weight moved by up to this share of itself (others rescaled in proportion) changes the top option: above 0, at most 1. Example: 0.1 for ±10%",
                        exclusiveMinimum: 0, maximum: 1)
                ),
                (
                    "portfolio",
                    S.record(
                        "Claims about packages of measures (needs 'portfolio:'): over the inclusion samples (the study's samples and seed), each 'core' measure is in the best package in at least 90% of samples and each 'exterior' one in fewer than 10%. Example: {exterior: [cross_border_strikes]}",
                        [
                            ("core", S.array("Measures in the robust core.", of: policy, [("uniqueItems", .bool(true))])),
                            ("exterior", S.array("Measures rarely worth funding.", of: policy, [("uniqueItems", .bool(true))])),
                        ])
                ),
            ])
    }
}
