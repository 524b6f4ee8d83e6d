/// `criteria/*.yaml`: the value tree (recursive through `$defs/criterion`) and perspectives.
extension StudySchema {
    typealias S = SchemaBuilder

    static let criteriaTitle = "policyrank criteria file (criteria/*.yaml)"
    static let criteriaDescription = """
        The value tree of a policyrank study and the stakeholder perspectives that reweight it. \
        A study may split them over several files in criteria/; they are merged in sorted path order.
        """

    static var criteriaBody: [(String, JSONValue)] {
        S.recordFields(
            [
                (
                    "criteria",
                    S.array(
                        """
                        The top-level criteria of the value tree. Each is a group (with 'children') or a leaf \
                        (with 'direction' and 'scale') that every policy scores. Criterion ids are unique \
                        across the whole tree, in all criteria files.
                        """, of: S.reference("criterion", "A criterion: a group of criteria, or a leaf that policies score."))
                ),
                (
                    "perspectives",
                    S.array(
                        """
                        Stakeholder perspectives: named sets of weight overrides, applied with \
                        'policyrank rank --perspective ID' and compared in 'policyrank sensitivity'.
                        """, of: S.reference("perspective", "A stakeholder perspective: overrides the weights of the criteria it names."))
                ),
            ],
            [
                ("anyOf", .array([.object([("required", S.strings(["criteria"]))]), .object([("required", S.strings(["perspectives"]))])]))
            ])
    }

    static var criteriaDefinitions: [(String, JSONValue)] {
        [
            ("criterion", criterion), ("scale", scale), ("value_function", valueFunction),
            ("preference", preference), ("perspective", perspective),
        ]
    }

    private static var criterion: JSONValue {
        let leafOnly = CriteriaTreeRules.leafOnlyKeys.map { ($0, JSONValue.bool(false)) }
        return S.record(
            """
            A criterion. A leaf has 'direction' and 'scale' and is scored by every policy; a group has \
            'children' and none of 'direction', 'scale', 'unit', 'value_function', 'preference'.
            """,
            [
                (
                    "id",
                    S.identifier(
                        "Unique id of the criterion across the whole tree, used by policy scores, notes and perspectives: a lowercase letter, then lowercase letters, digits, '_' or '-'. Example: ttp_violence"
                    )
                ),
                ("name", S.string("Human-readable name shown in tables and reports. Example: Reduces TTP violence in Pakistan")),
                ("description", S.string("What the criterion measures and how to read its scale, ideally with anchors (0 = …, 5 = …, 10 = …).")),
                (
                    "weight",
                    S.number(
                        "Importance relative to its siblings (any non-negative number; only ratios matter). A leaf's effective weight is the product of its normalized sibling weights along the path. Default 1. Example: 40",
                        minimum: 0, default: 1)
                ),
                (
                    "children",
                    S.array(
                        "The sub-criteria of a group. A criterion with children is a group: it must not have 'direction', 'scale', 'unit', 'value_function' or 'preference'.",
                        of: S.reference("criterion", "A sub-criterion."), [("minItems", .integer(1))])
                ),
                (
                    "direction",
                    S.enumeration(
                        "Leaves only. 'benefit': higher scores are better; 'cost': higher scores are worse (scored as magnitudes, the tool inverts them).",
                        Direction.allCases.map(\.rawValue))
                ),
                ("scale", S.reference("scale", "Leaves only. The range of scores: numeric {min, max}, or qualitative {levels: {label: number}}.")),
                ("unit", S.string("Leaves only. Unit of a numeric score, shown in reports. Example: USD million per year")),
                (
                    "value_function",
                    S.reference(
                        "value_function",
                        "Leaves only, optional. Piecewise-linear value function [[x, value], …] mapping raw scores to values in [0, 1]; with one, the criterion is a benefit on [0, 1]."
                    )
                ),
                (
                    "preference",
                    S.reference(
                        "preference", "Leaves only, optional. PROMETHEE II preference function for this criterion (Brans & Vincke 1985); default 'usual'.")
                ),
                (
                    "combine",
                    S.enumeration(
                        """
                        Leaves only; required on every leaf when study.yaml has a 'portfolio'. How the scores of a package's measures \
                        combine into the package's score: sum (costs, additive effects; a budget needs it), max (the highest member score \
                        decides), min (the lowest), mean. Example: sum
                        """, CombineRule.allCases.map(\.rawValue))
                ),
            ], required: ["id"],
            [
                ("if", .object([("required", S.strings(["children"]))])),
                ("then", .object([("properties", .object(leafOnly))])),
                ("else", .object([("required", S.strings(["direction", "scale"]))])),
            ])
    }

    private static var scale: JSONValue {
        S.oneOf(
            "The range of a leaf's scores: numeric {min, max} or qualitative {levels: {label: number}}.",
            [
                S.record(
                    "Numeric scale from 'min' to 'max' (min < max). Scores must lie within it; normalization 'scale' and SPOTIS use these bounds. Example: {min: 0, max: 10}",
                    [
                        ("min", S.number("Lowest possible score. Example: 0")),
                        ("max", S.number("Highest possible score, greater than 'min'. Example: 10")),
                    ], required: ["min", "max"]),
                S.record(
                    "Qualitative scale: policies score it with a level label.",
                    [
                        (
                            "levels",
                            S.dictionary(
                                "Level labels mapped to distinct numbers, at least two. Example: {none: 0, low: 3, medium: 5, high: 8, severe: 10}",
                                keys: nil, values: S.number("The number this level stands for."), [("minProperties", .integer(2))])
                        )
                    ], required: ["levels"]),
            ])
    }

    private static var valueFunction: JSONValue {
        let point = JSONValue.object([
            ("description", .string("A point [x, value]: raw score x (within the scale, strictly increasing along the list) has this value in [0, 1].")),
            ("type", .string("array")),
            (
                "prefixItems",
                .array([S.number("x: a raw score on the criterion's scale."), S.number("The value of x, from 0 (worst) to 1 (best).", minimum: 0, maximum: 1)])
            ),
            ("minItems", .integer(2)),
            ("maxItems", .integer(2)),
        ])
        return S.array(
            "Piecewise-linear value function: at least two points [x, value] with strictly increasing x. Example: [[0, 1.0], [500, 0.6], [5000, 0.0]]",
            of: point, [("minItems", .integer(2))])
    }

    private static var preference: JSONValue {
        let needs = PreferenceFunction.names.compactMap { name -> JSONValue? in
            guard let required = PreferenceRules.required[name], !required.isEmpty else { return nil }
            return S.when("function", isOneOf: [name], then: [("required", S.strings(required))])
        }
        return S.record(
            "PROMETHEE II preference function: how strongly a difference d in scores makes one option preferred to another. Example: {function: linear, q: 50, p: 500}",
            [
                (
                    "function",
                    S.enumeration(
                        "usual: any d > 0 is strict preference; u-shape (q): strict beyond q; v-shape (p): rises linearly to p; level (q, p): 0.5 between q and p, 1 beyond; linear (q, p): 0 up to q, rising to 1 at p; gaussian (s): 1 − exp(−d²/2s²).",
                        PreferenceFunction.names)
                ),
                ("q", S.number("Indifference threshold: differences up to q, in the criterion's units, count as no preference. Not above p.", minimum: 0)),
                ("p", S.number("Preference threshold: differences beyond p, in the criterion's units, count as strict preference. Not below q.", minimum: 0)),
                ("s", S.number("Gaussian inflection point, in the criterion's units.", minimum: 0)),
            ], required: ["function"], [("allOf", .array(needs))])
    }

    private static var perspective: JSONValue {
        S.record(
            "A stakeholder perspective: overrides the weights of the criteria it names (groups or leaves); the others keep their default weight.",
            [
                ("id", S.identifier("Unique id of the perspective, used by 'rank --perspective ID'. Example: security_establishment")),
                ("name", S.string("Human-readable name. Example: Pakistan security establishment")),
                ("description", S.string("Whose view this is and why it weighs the criteria as it does.")),
                (
                    "weights",
                    S.dictionary(
                        "Weight overrides by criterion id, relative to siblings like the tree's own weights. Example: {security: 60, civilian_harm: 10}",
                        keys: .object([("pattern", .string(S.identifierPattern))]),
                        values: S.number("The criterion's weight under this perspective, relative to its siblings (non-negative).", minimum: 0))
                ),
            ], required: ["id", "weights"])
    }
}
