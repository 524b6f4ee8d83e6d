/// Decodes a `criteria/*.yaml` file: the value tree and stakeholder perspectives.
struct CriteriaFileLoader {
    let reader: NodeReader

    static let fileKeys = ["criteria", "perspectives"]
    static let criterionKeys = [
        "id", "name", "description", "weight", "children", "direction",
        "scale", "unit", "value_function", "preference", "combine",
    ]
    static let perspectiveKeys = ["id", "name", "description", "weights"]

    func load(_ root: YAMLNode) -> (criteria: [Criterion], perspectives: [Perspective]) {
        guard let fields = reader.fields(root, "criteria file", keys: Self.fileKeys) else { return ([], []) }
        let criteria = fields["criteria"].flatMap { reader.list($0, "'criteria'") }?.compactMap(criterion) ?? []
        let perspectives = fields["perspectives"].flatMap { reader.list($0, "'perspectives'") }?.compactMap(perspective) ?? []
        if fields["criteria"] == nil, fields["perspectives"] == nil {
            reader.error(.missingField, "criteria file must have a 'criteria' or 'perspectives' list", at: root)
        }
        return (criteria, perspectives)
    }

    private func criterion(_ node: YAMLNode) -> Criterion? {
        guard let fields = reader.fields(node, "criterion", keys: Self.criterionKeys),
            let idNode = reader.require(fields, "id"),
            let id = IdentifierReader(reader: reader).id(idNode, "criterion id")
        else { return nil }
        let what = "criterion '\(id.value)'"
        var criterion = Criterion(id: id, location: reader.location(node))
        for pair in fields.pairs { criterion.keys[pair.key] = reader.keyLocation(pair) }
        criterion.name = fields["name"].flatMap { reader.string($0, "'name' of \(what)") }?.value
        criterion.description = fields["description"].flatMap { reader.string($0, "'description' of \(what)") }?.value
        criterion.unit = fields["unit"].flatMap { reader.string($0, "'unit' of \(what)") }?.value
        criterion.weight = fields["weight"].flatMap { reader.number($0, "'weight' of \(what)") }
        criterion.direction = fields["direction"].flatMap { direction($0, what) }
        criterion.scale = fields["scale"].flatMap { scale($0, what) }
        criterion.valueFunction = fields["value_function"].flatMap { valueFunction($0, what) }
        criterion.preference = fields["preference"].flatMap { preference($0, what) }
        criterion.combine = fields["combine"].flatMap { combine($0, what) }
        if let childrenNode = fields["children"] {
            criterion.children = reader.list(childrenNode, "'children' of \(what)")?.compactMap(self.criterion) ?? []
        }
        return criterion
    }

    private func direction(_ node: YAMLNode, _ what: String) -> Located<Direction>? {
        guard let text = reader.string(node, "'direction' of \(what)") else { return nil }
        guard let direction = Direction(rawValue: text.value) else {
            let names = Direction.allCases.map(\.rawValue)
            reader.report(
                .error(
                    .invalidDirection,
                    "'direction' of \(what) must be 'benefit' or 'cost', found '\(text.value)'\(Suggestion.hint(for: text.value, in: names))", at: text.location
                ))
            return nil
        }
        return Located(direction, at: text.location)
    }

    private func combine(_ node: YAMLNode, _ what: String) -> Located<CombineRule>? {
        guard let text = reader.string(node, "'combine' of \(what)") else { return nil }
        guard let rule = CombineRule(rawValue: text.value) else {
            let names = CombineRule.allCases.map(\.rawValue)
            reader.report(
                .error(
                    .invalidCombine,
                    "'combine' of \(what) must be one of \(names.joined(separator: ", ")), found '\(text.value)'\(Suggestion.hint(for: text.value, in: names))",
                    at: text.location))
            return nil
        }
        return Located(rule, at: text.location)
    }

    private func scale(_ node: YAMLNode, _ what: String) -> Located<Scale>? {
        guard let fields = reader.fields(node, "'scale' of \(what)", keys: ["min", "max", "levels"]) else { return nil }
        let location = reader.location(node)
        if let levelsNode = fields["levels"] {
            if fields["min"] != nil || fields["max"] != nil {
                reader.error(.invalidScale, "'scale' of \(what) has both 'levels' and 'min'/'max'; use one or the other", at: node)
                return nil
            }
            guard let pairs = reader.entries(levelsNode, "'levels' of \(what)") else { return nil }
            let levels = pairs.compactMap { pair -> Scale.Level? in
                guard let value = reader.number(pair.value, "level '\(pair.key)' of \(what)") else { return nil }
                return Scale.Level(label: pair.key, value: value.value, location: reader.keyLocation(pair))
            }
            return Located(.levels(levels), at: location)
        }
        guard let minNode = reader.require(fields, "min"), let maxNode = reader.require(fields, "max"),
            let min = reader.number(minNode, "'min' of \(what)"),
            let max = reader.number(maxNode, "'max' of \(what)")
        else { return nil }
        return Located(.numeric(min: min.value, max: max.value), at: location)
    }

    private func valueFunction(_ node: YAMLNode, _ what: String) -> Located<[ValueFunctionPoint]>? {
        guard let items = reader.list(node, "'value_function' of \(what)") else { return nil }
        let points = items.compactMap { item -> ValueFunctionPoint? in
            guard case .sequence(let pair) = item.content, pair.count == 2 else {
                reader.error(.wrongType, "each point of the 'value_function' of \(what) must be a pair [x, value]", at: item)
                return nil
            }
            guard let x = reader.number(pair[0], "x of a value_function point"),
                let v = reader.number(pair[1], "value of a value_function point")
            else { return nil }
            return ValueFunctionPoint(x: x.value, v: v.value, location: reader.location(item))
        }
        return points.count == items.count ? Located(points, at: reader.location(node)) : nil
    }

    private func preference(_ node: YAMLNode, _ what: String) -> Located<PreferenceFunction>? {
        let context = "'preference' of \(what)"
        guard let fields = reader.fields(node, context, keys: ["function", "q", "p", "s", "v"]),
            let functionNode = reader.require(fields, "function"),
            let function = reader.string(functionNode, "'function' of \(context)")
        else { return nil }
        let preference = PreferenceFunction(
            function: function,
            q: fields["q"].flatMap { reader.number($0, "'q' of \(context)") },
            p: fields["p"].flatMap { reader.number($0, "'p' of \(context)") },
            s: fields["s"].flatMap { reader.number($0, "'s' of \(context)") },
            v: fields["v"].flatMap { reader.number($0, "'v' of \(context)") })
        return Located(preference, at: reader.location(node))
    }

    private func perspective(_ node: YAMLNode) -> Perspective? {
        guard let fields = reader.fields(node, "perspective", keys: Self.perspectiveKeys),
            let idNode = reader.require(fields, "id"),
            let id = IdentifierReader(reader: reader).id(idNode, "perspective id")
        else { return nil }
        let what = "perspective '\(id.value)'"
        let weights = reader.require(fields, "weights").flatMap { reader.entries($0, "'weights' of \(what)") } ?? []
        let overrides = weights.compactMap { pair -> Perspective.WeightOverride? in
            guard let weight = reader.number(pair.value, "weight of '\(pair.key)' in \(what)") else { return nil }
            return Perspective.WeightOverride(criterion: Located(pair.key, at: reader.keyLocation(pair)), weight: weight)
        }
        return Perspective(
            id: id,
            name: fields["name"].flatMap { reader.string($0, "'name' of \(what)") }?.value,
            description: fields["description"].flatMap { reader.string($0, "'description' of \(what)") }?.value,
            weights: overrides,
            location: reader.location(node))
    }
}
