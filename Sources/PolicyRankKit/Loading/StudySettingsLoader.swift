/// Decodes `study.yaml`.
struct StudySettingsLoader {
    let reader: NodeReader

    static let keys = ["title", "method", "normalization", "sensitivity", "expect", "lint", "portfolio"]

    func load(_ root: YAMLNode) -> StudySettings {
        var settings = StudySettings(location: reader.location(root))
        guard let fields = reader.fields(root, "study.yaml", keys: Self.keys) else { return settings }
        settings.title = fields["title"].flatMap { reader.string($0, "'title'") }?.value
        settings.method = fields["method"].flatMap(method)
        settings.normalization = fields["normalization"].flatMap { reader.string($0, "'normalization'") }
        if let sensitivityNode = fields["sensitivity"],
            let sensitivity = reader.fields(sensitivityNode, "'sensitivity'", keys: ["samples", "seed"])
        {
            settings.samples = sensitivity["samples"].flatMap { reader.integer($0, "'samples'") }
            settings.seed = sensitivity["seed"].flatMap { reader.integer($0, "'seed'") }
        }
        if let lintNode = fields["lint"], let lint = reader.fields(lintNode, "'lint'", keys: ["disable"]),
            let disableNode = lint["disable"], let items = reader.list(disableNode, "'disable' of 'lint'")
        {
            settings.disabledRules = items.compactMap { reader.string($0, "a rule id in 'disable' of 'lint'") }
        }
        if let portfolioNode = fields["portfolio"] {
            settings.portfolio = PortfolioLoader(reader: reader).load(
                portfolioNode, location: fields.keyLocation("portfolio", file: reader.file) ?? reader.location(portfolioNode))
        }
        if let expectNode = fields["expect"] {
            settings.expectations = expectations(expectNode, location: fields.keyLocation("expect", file: reader.file) ?? reader.location(expectNode))
        }
        return settings
    }

    private func expectations(_ node: YAMLNode, location: SourceLocation) -> Expectations? {
        guard let expect = reader.fields(node, "'expect'", keys: ["top", "ranking", "robust_top", "stable_within", "portfolio"]) else { return nil }
        var expectations = Expectations(location: location)
        expectations.top = expect["top"].flatMap { reader.string($0, "'top' of 'expect'") }
        if let rankingNode = expect["ranking"], let items = reader.list(rankingNode, "'ranking' of 'expect'") {
            expectations.ranking = Located(items.compactMap { reader.string($0, "an id in 'ranking' of 'expect'") }, at: reader.location(rankingNode))
        }
        if let robustNode = expect["robust_top"],
            let robust = reader.fields(robustNode, "'robust_top' of 'expect'", keys: ["min_acceptability"]),
            let minimumNode = reader.require(robust, "min_acceptability")
        {
            expectations.minimumAcceptability = reader.number(minimumNode, "'min_acceptability'")
        }
        expectations.stableWithin = expect["stable_within"].flatMap { reader.number($0, "'stable_within' of 'expect'") }
        if let portfolioNode = expect["portfolio"], let claims = reader.fields(portfolioNode, "'portfolio' of 'expect'", keys: ["core", "exterior"]) {
            expectations.portfolioLocation = reader.location(portfolioNode)
            func ids(_ key: String) -> [Located<String>] {
                claims[key].flatMap { reader.list($0, "'\(key)' of 'expect.portfolio'") }?.compactMap {
                    reader.string($0, "a measure id in 'expect.portfolio.\(key)'")
                } ?? []
            }
            expectations.portfolioCore = ids("core")
            expectations.portfolioExterior = ids("exterior")
        }
        return expectations
    }

    /// `wsm` or `{name: wsm, param: value, …}`.
    private func method(_ node: YAMLNode) -> MethodSpec? {
        if case .scalar = node.content {
            return reader.string(node, "'method'").map { MethodSpec(name: $0, parameters: []) }
        }
        guard let pairs = reader.entries(node, "'method'") else { return nil }
        guard let namePair = pairs.first(where: { $0.key == "name" }) else {
            reader.error(.missingField, "'method' is missing required field 'name'", at: node)
            return nil
        }
        guard let name = reader.string(namePair.value, "'name' of 'method'") else { return nil }
        let parameters = pairs.filter { $0.key != "name" }.compactMap { pair -> MethodSpec.Parameter? in
            guard let value = reader.number(pair.value, "method parameter '\(pair.key)'") else { return nil }
            return MethodSpec.Parameter(name: Located(pair.key, at: reader.keyLocation(pair)), value: value)
        }
        return MethodSpec(name: name, parameters: parameters)
    }
}
