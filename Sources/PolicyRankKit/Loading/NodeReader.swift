/// Typed access to composed YAML with a diagnostic for every value of the wrong shape.
///
/// Each accessor returns nil after recording what was wrong, so one pass over a file
/// reports every problem in it instead of stopping at the first.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    func keyLocation(_ pair: YAMLPair) -> SourceLocation {
        SourceLocation(file: file, line: pair.keyLine, column: pair.keyColumn)
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ rule: Rule, _ message: String, at node: YAMLNode) {
        report(.error(rule, message, at: location(node)))
    }

    // MARK: Mappings

    /// The fields of a mapping whose allowed keys are `keys`. A key within a typo of an allowed
    /// one (`wieght`, `likly`, `normalisation`) is an error: silently ignored, it would change
    /// the answer (a weight of 1, a range ranked at its midpoint). Any other unknown key is a
    /// warning. `what` names the mapping in messages ("policy", "criterion 'x'").
    func fields(_ node: YAMLNode, _ what: String, keys: [String]) -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            error(.wrongType, "\(what) must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        for pair in pairs where !keys.contains(pair.key) {
            if let meant = Suggestion.closest(to: pair.key, in: keys) {
                report(
                    .error(.misspeltKey, "unknown key '\(pair.key)' in \(what) (did you mean '\(meant)'?); its value would be ignored", at: keyLocation(pair)))
            } else {
                report(
                    .warning(
                        .unknownKey, "unknown key '\(pair.key)' in \(what); it is ignored (valid keys: \(keys.joined(separator: ", ")))", at: keyLocation(pair))
                )
            }
        }
        return Fields(node: node, what: what, pairs: pairs.filter { keys.contains($0.key) })
    }

    /// A mapping whose keys are user-chosen (ids), in file order.
    func entries(_ node: YAMLNode, _ what: String) -> [YAMLPair]? {
        guard case .mapping(let pairs) = node.content else {
            error(.wrongType, "\(what) must be a mapping, found \(node.kindDescription)", at: node)
            return nil
        }
        return pairs
    }

    func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard case .sequence(let items) = node.content else {
            error(.wrongType, "\(what) must be a list, found \(node.kindDescription)", at: node)
            return nil
        }
        return items
    }

    /// Reports a required key that is absent.
    func require(_ fields: Fields, _ key: String) -> YAMLNode? {
        guard let value = fields[key] else {
            error(.missingField, "\(fields.what) is missing required field '\(key)'", at: fields.node)
            return nil
        }
        return value
    }

    // MARK: Scalars

    func string(_ node: YAMLNode, _ what: String) -> Located<String>? {
        guard case .scalar(let text, let plain) = node.content, !(plain && YAMLScalar.isNull(text)) else {
            error(.wrongType, "\(what) must be a string, found \(node.kindDescription)", at: node)
            return nil
        }
        return Located(text, at: location(node))
    }

    func number(_ node: YAMLNode, _ what: String) -> Located<Double>? {
        guard case .scalar(let text, let plain) = node.content, plain, let number = YAMLScalar.number(text) else {
            error(.wrongType, "\(what) must be a number, found \(describe(node))", at: node)
            return nil
        }
        guard case .finite(let value) = number else {
            error(.nonFiniteNumber, "\(what) must be a finite number, found '\(textOf(node))'", at: node)
            return nil
        }
        return Located(value, at: location(node))
    }

    /// `true` or `false` (YAML 1.2 core schema), nothing looser: `yes` is a string here.
    func boolean(_ node: YAMLNode, _ what: String) -> Located<Bool>? {
        guard case .scalar(let text, let plain) = node.content, plain, ["true", "false", "True", "False", "TRUE", "FALSE"].contains(text) else {
            error(.wrongType, "\(what) must be true or false, found \(describe(node))", at: node)
            return nil
        }
        return Located(text.lowercased() == "true", at: location(node))
    }

    func integer(_ node: YAMLNode, _ what: String) -> Located<Int>? {
        guard let number = number(node, what) else { return nil }
        guard number.value.rounded() == number.value, abs(number.value) < 9.0e15 else {
            error(.wrongType, "\(what) must be a whole number, found \(textOf(node))", at: node)
            return nil
        }
        return Located(Int(number.value), at: number.location)
    }

    /// A human description for "found …": quotes scalars so `'high'` reads as a value.
    func describe(_ node: YAMLNode) -> String {
        if case .scalar(let text, let plain) = node.content, !(plain && YAMLScalar.isNull(text)) {
            return plain ? "'\(text)'" : "the quoted string '\(text)'"
        }
        return node.kindDescription
    }

    private func textOf(_ node: YAMLNode) -> String {
        if case .scalar(let text, _) = node.content { return text }
        return node.kindDescription
    }
}

/// The known fields of one mapping, looked up by key.
struct Fields {
    let node: YAMLNode
    let what: String
    let pairs: [YAMLPair]

    subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key == key }?.value
    }

    func keyLocation(_ key: String, file: String) -> SourceLocation? {
        pairs.first { $0.key == key }.map { SourceLocation(file: file, line: $0.keyLine, column: $0.keyColumn) }
    }
}
