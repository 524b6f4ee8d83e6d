/// `policies/*.yaml`: one policy option, its scores on every leaf criterion, notes and sources.
extension StudySchema {
    static let policyTitle = "policyrank policy file (policies/*.yaml)"
    static let policyDescription = """
        One policy option of a policyrank study: its scores on every leaf criterion, with notes \
        and sources that justify them. One option per file.
        """

    static var policyBody: [(String, JSONValue)] {
        let criterionKey = JSONValue.object([("pattern", .string(S.identifierPattern))])
        return S.recordFields(
            [
                (
                    "id",
                    S.identifier("Unique id of the option among the study's policies, used in rankings, 'explain A B' and 'expect'. Example: diplomacy_kabul")
                ),
                ("name", S.string("Human-readable name shown in tables and reports. Example: Quiet but forceful diplomacy with Kabul")),
                ("description", S.string("What the option does, in a sentence or a paragraph.")),
                (
                    "baseline",
                    .object([
                        ("type", .string("boolean")),
                        (
                            "description",
                            .string(
                                "true for the status quo (doing nothing new): outputs show every option's difference from it and flag options that rank below it. At most one policy per study."
                            )
                        ),
                    ])
                ),
                (
                    "scores",
                    S.dictionary(
                        """
                        The option's score on every leaf criterion, by criterion id: a number on a numeric scale, \
                        a level label of a qualitative scale, or an uncertain {low, likely, high} / {low, high}. \
                        Required, except in a study of participants only (participants/*.yaml), where no policy has scores.
                        """, keys: criterionKey, values: S.reference("score", "The score on this criterion."))
                ),
                (
                    "notes",
                    S.dictionary(
                        "Why each score is what it is, by criterion id; shown in reports. Example: {ttp_violence: Talks mediated by the Taliban collapsed in November 2022.}",
                        keys: criterionKey, values: S.string("The reasoning and evidence behind the score on this criterion."))
                ),
                ("sources", S.array("Sources behind the scores and notes.", of: source)),
            ], required: ["id"])
    }

    static var policyDefinitions: [(String, JSONValue)] {
        [("score", score), ("value", value)]
    }

    private static var score: JSONValue {
        S.oneOf(
            "A score: a point value, or an uncertain range sampled in sensitivity analysis.",
            [
                S.number("A point value on the criterion's numeric scale. Example: 5"),
                S.string("A level label of the criterion's qualitative scale. Example: high"),
                S.record(
                    """
                    An uncertain score: triangular {low, likely, high}, or uniform {low, high} without 'likely'. \
                    Ranked at 'likely' (the midpoint for {low, high}); sampled in sensitivity analysis. \
                    low ≤ likely ≤ high. Example: {low: 3, likely: 4, high: 6}
                    """,
                    [
                        ("low", S.reference("value", "The lowest plausible score.")),
                        ("likely", S.reference("value", "The most likely score (optional: without it the range is uniform).")),
                        ("high", S.reference("value", "The highest plausible score.")),
                    ], required: ["low", "high"]),
            ])
    }

    private static var value: JSONValue {
        S.oneOf(
            "A number on the criterion's numeric scale, or a level label of its qualitative scale.",
            [
                S.number("A number on the criterion's numeric scale."),
                S.string("A level label of the criterion's qualitative scale."),
            ])
    }

    static var source: JSONValue {
        S.record(
            "A source: a title, a URL, or both. Example: {title: 'Dawn, TTP ends ceasefire', url: 'https://www.dawn.com/news/1723647'}",
            [
                ("title", S.string("Title of the source: publication, outlet, date.")),
                ("url", S.string("Where to read it. Example: https://www.dawn.com/news/1723647")),
            ],
            [
                ("anyOf", .array([.object([("required", S.strings(["title"]))]), .object([("required", S.strings(["url"]))])]))
            ])
    }
}
