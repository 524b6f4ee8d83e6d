/// Decodes `study.yaml`.
struct StudySettingsLoader {
    let reader: NodeReader

    static let keys = ["title", "method", "normalization", "sensitivity", "expect"]

    func load(_ root: YAMLNode) -> StudySettings {
        var settings = StudySettings(location: reader.location(root))
        guard let fields = reader.fields(root, "study.yaml", keys: Self.keys) else { return settings }
        settings.title = fields["title"].flatMap { reader.string($0, "'title'") }?.value
        settings.method = fields["method"].flatMap(method)
        settings.normalization = fields["normalization"].flatMap { reader.string($0, "'normalization'") }
        if let sensitivityNode = fields["sensitivity"],
           let sensitivity = reader.fields(sensitivityNode, "'sensitivity'", keys: ["samples", "seed"]) {
            settings.samples = sensitivity["samples"].flatMap { reader.integer($0, "'samples'") }
            settings.seed = sensitivity["seed"].flatMap { reader.integer($0, "'seed'") }
        }
        if let expectNode = fields["expect"], let expect = reader.fields(expectNode, "'expect'", keys: ["top"]) {
            let location = fields.keyLocation("expect", file: reader.file) ?? reader.location(expectNode)
            settings.expectations = Expectations(
                top: expect["top"].flatMap { reader.string($0, "'top' of 'expect'") },
                location: location)
        }
        return settings
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
