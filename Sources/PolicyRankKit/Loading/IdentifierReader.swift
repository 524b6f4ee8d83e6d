/// Reads ids, which must match `^[a-z][a-z0-9_-]*$` so they are safe in file names,
/// URLs, CSV headers and shell arguments.
struct IdentifierReader {
    let reader: NodeReader

    func id(_ node: YAMLNode, _ what: String) -> Located<String>? {
        guard let text = reader.string(node, what) else { return nil }
        if !Self.isValid(text.value) {
            reader.report(
                .error(
                    .invalidID, "\(what) '\(text.value)' must match ^[a-z][a-z0-9_-]*$ (lowercase letter first, then lowercase letters, digits, '_' or '-')",
                    at: text.location))
        }
        return text
    }

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}
