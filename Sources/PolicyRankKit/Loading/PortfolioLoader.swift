/// Decodes `portfolio:` in `study.yaml` (docs/DESIGN.md §4.1). References to measures and
/// criteria are kept as written; `PortfolioRules` checks them against the study.
struct PortfolioLoader {
    let reader: NodeReader

    static let keys = ["budget", "max_size", "exclusive", "requires", "interactions"]
    static let interactionKeys = ["members", "scores", "note", "sources"]

    func load(_ node: YAMLNode, location: SourceLocation) -> PortfolioSettings? {
        guard let fields = reader.fields(node, "'portfolio'", keys: Self.keys) else { return nil }
        var portfolio = PortfolioSettings(location: location)
        if let budgetNode = fields["budget"], let pairs = reader.entries(budgetNode, "'budget' of 'portfolio'") {
            portfolio.budgets = pairs.compactMap { pair in
                reader.number(pair.value, "the budget for '\(pair.key)'").map {
                    PortfolioSettings.Budget(criterion: Located(pair.key, at: reader.keyLocation(pair)), limit: $0)
                }
            }
        }
        portfolio.maxSize = fields["max_size"].flatMap { reader.integer($0, "'max_size' of 'portfolio'") }
        if let exclusiveNode = fields["exclusive"], let groups = reader.list(exclusiveNode, "'exclusive' of 'portfolio'") {
            portfolio.exclusive = groups.compactMap { ids($0, "a group in 'exclusive'") }
        }
        if let requiresNode = fields["requires"], let pairs = reader.entries(requiresNode, "'requires' of 'portfolio'") {
            portfolio.requires = pairs.compactMap { pair in
                ids(pair.value, "what '\(pair.key)' requires").map {
                    PortfolioSettings.Requirement(measure: Located(pair.key, at: reader.keyLocation(pair)), needs: $0.value)
                }
            }
        }
        if let interactionsNode = fields["interactions"], let items = reader.list(interactionsNode, "'interactions' of 'portfolio'") {
            portfolio.interactions = items.compactMap(interaction)
        }
        return portfolio
    }

    /// A list of ids; a single id is accepted as a list of one.
    private func ids(_ node: YAMLNode, _ what: String) -> Located<[Located<String>]>? {
        if case .scalar = node.content {
            return reader.string(node, what).map { Located([$0], at: $0.location) }
        }
        guard let items = reader.list(node, what) else { return nil }
        return Located(items.compactMap { reader.string($0, "an id in \(what)") }, at: reader.location(node))
    }

    private func interaction(_ node: YAMLNode) -> PortfolioSettings.Interaction? {
        guard let fields = reader.fields(node, "interaction", keys: Self.interactionKeys),
            let membersNode = reader.require(fields, "members"), let members = ids(membersNode, "'members' of an interaction"),
            let scoresNode = reader.require(fields, "scores"), let pairs = reader.entries(scoresNode, "'scores' of an interaction")
        else { return nil }
        let scores = pairs.compactMap { pair -> (criterion: Located<String>, delta: Located<Double>)? in
            reader.number(pair.value, "the interaction's score on '\(pair.key)'").map { (Located(pair.key, at: reader.keyLocation(pair)), $0) }
        }
        let sourceReader = PolicyFileLoader(reader: reader)
        return PortfolioSettings.Interaction(
            members: members, scores: scores,
            note: fields["note"].flatMap { reader.string($0, "'note' of an interaction") }?.value,
            sources: fields["sources"].flatMap { reader.list($0, "'sources' of an interaction") }?.compactMap(sourceReader.source) ?? [],
            location: reader.location(node))
    }
}
