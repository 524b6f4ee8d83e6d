/// Decodes a `participants/*.yaml` file: one participant of a multicriteria mapping
/// (DESIGN §4.2). Cross-references (options, criteria, completeness) are `ParticipantRules`'.
struct ParticipantFileLoader {
    let reader: NodeReader

    static let participantKeys = ["id", "name", "description", "group", "criteria", "scores", "sources"]
    static let criterionKeys = ["id", "name", "description", "weight"]

    func load(_ root: YAMLNode) -> Participant? {
        guard let fields = reader.fields(root, "participant", keys: Self.participantKeys) else { return nil }
        let identifiers = IdentifierReader(reader: reader)
        let id = reader.require(fields, "id").flatMap { identifiers.id($0, "participant id") }
        let what = id.map { "participant '\($0.value)'" } ?? "participant"
        let criteriaList = reader.require(fields, "criteria").flatMap { reader.list($0, "'criteria' of \(what)") }
        let criteria = criteriaList?.compactMap { criterion($0, of: what) } ?? []
        let scoreMapping = reader.require(fields, "scores").flatMap { reader.entries($0, "'scores' of \(what)") }
        let policies = PolicyFileLoader(reader: reader)
        var scores: [ParticipantScore] = []
        var everyOptionReadable = true
        for optionPair in scoreMapping ?? [] {
            let option = Located(optionPair.key, at: reader.keyLocation(optionPair))
            guard let byCriterion = reader.entries(optionPair.value, "scores of option '\(optionPair.key)' in \(what)") else {
                everyOptionReadable = false
                continue
            }
            for pair in byCriterion {
                let label = "score of '\(optionPair.key)' on '\(pair.key)' in \(what)"
                guard let value = policies.score(pair.value, label) else { continue }
                scores.append(ParticipantScore(option: option, criterion: Located(pair.key, at: reader.keyLocation(pair)), value: value))
            }
        }
        let sources = fields["sources"].flatMap { reader.list($0, "'sources' of \(what)") }?.compactMap(policies.source) ?? []
        guard let id else { return nil }
        var participant = Participant(
            id: id,
            name: fields["name"].flatMap { reader.string($0, "'name' of \(what)") }?.value,
            description: fields["description"].flatMap { reader.string($0, "'description' of \(what)") }?.value,
            group: fields["group"].flatMap { identifiers.id($0, "'group' of \(what)") },
            criteria: criteria, scores: scores, sources: sources, location: reader.location(root))
        participant.scoresReadable = scoreMapping != nil && everyOptionReadable
        participant.criteriaReadable = criteriaList != nil
        participant.scoredOptions = (scoreMapping ?? []).map { Located($0.key, at: reader.keyLocation($0)) }
        return participant
    }

    private func criterion(_ node: YAMLNode, of participant: String) -> ParticipantCriterion? {
        guard let fields = reader.fields(node, "criterion of \(participant)", keys: Self.criterionKeys) else { return nil }
        guard let id = reader.require(fields, "id").flatMap({ IdentifierReader(reader: reader).id($0, "criterion id in \(participant)") }) else { return nil }
        let what = "criterion '\(id.value)' of \(participant)"
        return ParticipantCriterion(
            id: id,
            name: fields["name"].flatMap { reader.string($0, "'name' of \(what)") }?.value,
            weight: reader.require(fields, "weight").flatMap { reader.number($0, "'weight' of \(what)") },
            location: reader.location(node))
    }
}
