/// A composed YAML node with its 1-based position: the loader's view of a file.
///
/// policyrank composes its own nodes from libyaml's events (see `YAMLComposer`) instead of
/// using `Yams.Node`, because it must bound alias expansion and report duplicate keys at
/// their second occurrence, and Yams hashes whole key subtrees while composing.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        /// `plain` is false for quoted and block scalars, and for explicit `!!str`:
        /// such a scalar is always a string, never a number, boolean or null.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    var content: Content
    var line: Int
    var column: Int
    /// Nodes in this subtree with aliases expanded; bounds "billion laughs" documents.
    var expandedSize: Int
    /// Levels of collections in this subtree with aliases expanded (0 for a scalar).
    var depth: Int

    /// What the user would call this kind of value in an error message.
    var kindDescription: String {
        switch content {
        case .scalar(let text, let plain):
            if plain && YAMLScalar.isNull(text) { return "null" }
            return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

struct YAMLPair: Sendable {
    var key: String
    var keyLine: Int
    var keyColumn: Int
    var value: YAMLNode
}
