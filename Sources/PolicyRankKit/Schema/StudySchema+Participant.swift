/// `participants/*.yaml`: one participant of a multicriteria mapping (DESIGN §4.2).
extension StudySchema {
    static let participantTitle = "policyrank participant file (participants/*.yaml)"
    static let participantDescription = """
        One participant of a multicriteria mapping: the criteria that matter to them, their weights, \
        and a pessimistic (low) and an optimistic (high) score for each option on each criterion. \
        A criterion whose id is a leaf of the study's shared value tree takes the policies' scores \
        unless the participant overrides them. One participant per file.
        """

    static var participantBody: [(String, JSONValue)] {
        let idKey = JSONValue.object([("pattern", .string(S.identifierPattern))])
        let criterion = S.record(
            "A criterion of this participant, with its weight.",
            [
                (
                    "id",
                    S.identifier(
                        "Id of the criterion. The id of a leaf of the study's value tree makes it shared: the policies' scores apply unless overridden.")
                ),
                ("name", S.string("Human-readable name. Example: Health and safety")),
                ("description", S.string("What the participant means by it.")),
                ("weight", S.number("Relative importance, 0 or more; normalized over the participant's criteria. Example: 40", minimum: 0)),
            ], required: ["id", "weight"])
        return S.recordFields(
            [
                ("id", S.identifier("Unique id of the participant. Example: trade_union")),
                ("name", S.string("Human-readable name. Example: Trade union")),
                ("description", S.string("Who the participant is and how they were interviewed.")),
                ("group", S.identifier("Optional group for grouped views (`mapping --group`). Example: workforce")),
                ("criteria", S.array("The participant's criteria and weights.", of: criterion)),
                (
                    "scores",
                    S.dictionary(
                        """
                        Option id → criterion id → score. On the participant's own criteria: {low, high} on their own scale, \
                        higher is better (or one number for both). On a shared criterion: a score as in a policy file, in the \
                        criterion's units, overriding the policy's.
                        """, keys: idKey,
                        values: S.dictionary("This option's scores, by criterion id.", keys: idKey, values: S.reference("score", "A score.")))
                ),
                ("sources", S.array("Where the participant's judgements were recorded.", of: source)),
            ], required: ["id", "criteria", "scores"])
    }

    static var participantDefinitions: [(String, JSONValue)] { policyDefinitions }
}
