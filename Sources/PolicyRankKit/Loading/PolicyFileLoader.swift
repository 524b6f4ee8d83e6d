/// Decodes a `policies/*.yaml` file: one policy option.
struct PolicyFileLoader {
    let reader: NodeReader

    static let policyKeys = ["id", "name", "description", "baseline", "scores", "notes", "sources"]

    func load(_ root: YAMLNode) -> Policy? {
        guard let fields = reader.fields(root, "policy", keys: Self.policyKeys) else { return nil }
        let idNode = reader.require(fields, "id")
        let id = idNode.flatMap { IdentifierReader(reader: reader).id($0, "policy id") }
        let what = id.map { "policy '\($0.value)'" } ?? "policy"
        // Whether a missing `scores` is an error depends on the study (a study of participants
        // may leave every policy's out), so `PolicyScoreRules` decides.
        let scoreMapping = fields["scores"].flatMap { reader.entries($0, "'scores' of \(what)") }
        let scoreEntries = scoreMapping ?? []
        let scores = scoreEntries.compactMap { pair -> ScoreEntry? in
            guard let score = score(pair.value, "score of '\(pair.key)' in \(what)") else { return nil }
            return ScoreEntry(criterion: Located(pair.key, at: reader.keyLocation(pair)), value: score)
        }
        let noteEntries = fields["notes"].flatMap { reader.entries($0, "'notes' of \(what)") } ?? []
        var notes: [String: Located<String>] = [:]
        for pair in noteEntries {
            notes[pair.key] = reader.string(pair.value, "note on '\(pair.key)' in \(what)")
        }
        let sources = fields["sources"].flatMap { reader.list($0, "'sources' of \(what)") }?.compactMap(source) ?? []
        guard let id else { return nil }
        var policy = Policy(
            id: id,
            name: fields["name"].flatMap { reader.string($0, "'name' of \(what)") }?.value,
            description: fields["description"].flatMap { reader.string($0, "'description' of \(what)") }?.value,
            scores: scores, notes: notes, sources: sources,
            location: reader.location(root))
        policy.baseline = fields["baseline"].flatMap { reader.boolean($0, "'baseline' of \(what)") }
        policy.scoredCriteria = Set(scoreEntries.map(\.key))
        policy.scoresReadable = scoreMapping != nil
        policy.scoresWritten = fields["scores"] != nil
        return policy
    }

    /// `5`, `high`, `{low, likely, high}` or `{low, high}`.
    func score(_ node: YAMLNode, _ what: String) -> Located<Score>? {
        let location = reader.location(node)
        if case .mapping = node.content {
            guard let fields = reader.fields(node, what, keys: ["low", "likely", "high"]) else { return nil }
            guard let lowNode = reader.require(fields, "low"), let highNode = reader.require(fields, "high") else { return nil }
            let low = value(lowNode, "'low' of \(what)")
            let high = value(highNode, "'high' of \(what)")
            if let likelyNode = fields["likely"] {
                guard let low, let high, let likely = value(likelyNode, "'likely' of \(what)") else { return nil }
                return Located(.triangular(low: low, likely: likely, high: high), at: location)
            }
            guard let low, let high else { return nil }
            return Located(.uniform(low: low, high: high), at: location)
        }
        return value(node, what).map { Located(.point($0), at: location) }
    }

    /// A number, or a level label (any other string).
    private func value(_ node: YAMLNode, _ what: String) -> ScoreValue? {
        guard case .scalar(let text, let plain) = node.content, !(plain && YAMLScalar.isNull(text)) else {
            reader.error(.wrongType, "\(what) must be a number, a level label, {low, likely, high} or {low, high}; found \(node.kindDescription)", at: node)
            return nil
        }
        guard plain, let number = YAMLScalar.number(text) else { return .label(text) }
        guard case .finite(let value) = number else {
            reader.error(.nonFiniteNumber, "\(what) must be a finite number, found '\(text)'", at: node)
            return nil
        }
        return .number(value)
    }

    func source(_ node: YAMLNode) -> Source? {
        guard let fields = reader.fields(node, "source", keys: ["title", "url"]) else { return nil }
        if fields["title"] == nil && fields["url"] == nil {
            reader.error(.missingField, "source needs a 'title' or a 'url'", at: node)
        }
        return Source(
            title: fields["title"].flatMap { reader.string($0, "'title' of source") }?.value,
            url: fields["url"].flatMap { reader.string($0, "'url' of source") }?.value,
            location: reader.location(node))
    }
}
