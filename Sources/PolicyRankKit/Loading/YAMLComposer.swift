import CYaml

/// Builds `YAMLNode` trees from libyaml's event stream (libyaml ships inside Yams).
///
/// Hostile input is bounded here, before any other code walks the tree:
/// - nesting is capped by libyaml (`maximumNesting`), so 20,000 `[` end in an error;
/// - the tree is built with an explicit stack, never recursion;
/// - aliases share storage, and the expanded size of every subtree is tracked, so a
///   "billion laughs" document fails at the alias that crosses `maximumExpandedNodes`;
/// - duplicate keys are reported at their second occurrence, and composing continues.
struct YAMLComposer {
    static let maximumNesting: Int32 = 100
    static let maximumExpandedNodes = 1_000_000

    struct Failure: Error {
        var rule: Rule
        var message: String
        var line: Int
        var column: Int
    }

    struct Result {
        /// nil for an empty document.
        var root: YAMLNode?
        var duplicateKeys: [YAMLPair] = []
    }

    /// Composes the single document in `bytes` (UTF-8).
    static func compose(_ bytes: [UInt8]) throws(Failure) -> Result {
        yaml_set_max_nest_level(maximumNesting)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(rule: .yamlSyntax, message: "out of memory initialising the YAML parser", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var composer = EventComposer()
            return try composer.run(&parser)
        }
    }
}

/// The mutable state of one composition: a stack of open collections and the anchor table.
private struct EventComposer {
    private enum Open {
        case sequence(start: Mark, anchor: String?, items: [YAMLNode], size: Int)
        case mapping(start: Mark, anchor: String?, pairs: [YAMLPair], seen: Set<String>, pendingKey: YAMLNode?, size: Int)
    }

    private struct Mark { var line: Int; var column: Int }

    private var stack: [Open] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var duplicates: [YAMLPair] = []

    mutating func run(_ parser: inout yaml_parser_t) throws(YAMLComposer.Failure) -> YAMLComposer.Result {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.failure(from: parser) }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return YAMLComposer.Result(root: root, duplicateKeys: duplicates)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLComposer.Failure(rule: .yamlSyntax, message: "expected a single YAML document, found another one", line: mark.line, column: mark.column)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: scalar.length)
                let tag = Self.anchor(scalar.tag)
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && tag == nil
                let node = YAMLNode(content: .scalar(text, plain: plain), line: mark.line, column: mark.column, expandedSize: 1)
                try add(node, anchor: Self.anchor(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.anchor(event.data.alias.anchor) ?? ""
                guard var node = anchors[name] else {
                    throw YAMLComposer.Failure(rule: .yamlSyntax, message: "alias '*\(name)' refers to an anchor that is not defined above it", line: mark.line, column: mark.column)
                }
                node.line = mark.line
                node.column = mark.column
                try add(node, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(.sequence(start: mark, anchor: Self.anchor(event.data.sequence_start.anchor), items: [], size: 1))
            case YAML_MAPPING_START_EVENT:
                stack.append(.mapping(start: mark, anchor: Self.anchor(event.data.mapping_start.anchor), pairs: [], seen: [], pendingKey: nil, size: 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try closeCollection()
            default:
                break
            }
        }
    }

    private mutating func closeCollection() throws(YAMLComposer.Failure) {
        guard let open = stack.popLast() else { return }
        switch open {
        case let .sequence(start, anchor, items, size):
            try add(YAMLNode(content: .sequence(items), line: start.line, column: start.column, expandedSize: size), anchor: anchor)
        case let .mapping(start, anchor, pairs, _, _, size):
            try add(YAMLNode(content: .mapping(pairs), line: start.line, column: start.column, expandedSize: size), anchor: anchor)
        }
    }

    /// Attaches a finished node to the innermost open collection (or makes it the root).
    private mutating func add(_ node: YAMLNode, anchor: String?) throws(YAMLComposer.Failure) {
        if let anchor { anchors[anchor] = node }
        guard let open = stack.popLast() else {
            root = node
            return
        }
        switch open {
        case .sequence(let start, let anchorName, var items, let size):
            let newSize = try Self.grow(size, by: node)
            items.append(node)
            stack.append(.sequence(start: start, anchor: anchorName, items: items, size: newSize))
        case .mapping(let start, let anchorName, var pairs, var seen, let pendingKey, let size):
            let newSize = try Self.grow(size, by: node)
            guard let key = pendingKey else {
                stack.append(.mapping(start: start, anchor: anchorName, pairs: pairs, seen: seen, pendingKey: node, size: newSize))
                return
            }
            guard case .scalar(let keyText, _) = key.content else {
                throw YAMLComposer.Failure(rule: .wrongType, message: "mapping keys must be plain strings, found \(key.kindDescription)", line: key.line, column: key.column)
            }
            let pair = YAMLPair(key: keyText, keyLine: key.line, keyColumn: key.column, value: node)
            if seen.insert(keyText).inserted {
                pairs.append(pair)
            } else {
                duplicates.append(pair)
            }
            stack.append(.mapping(start: start, anchor: anchorName, pairs: pairs, seen: seen, pendingKey: nil, size: newSize))
        }
    }

    private static func grow(_ size: Int, by node: YAMLNode) throws(YAMLComposer.Failure) -> Int {
        let total = size + node.expandedSize
        guard total <= YAMLComposer.maximumExpandedNodes else {
            throw YAMLComposer.Failure(
                rule: .yamlAliasLimit,
                message: "aliases expand this document beyond \(YAMLComposer.maximumExpandedNodes) nodes; policyrank refuses alias bombs",
                line: node.line, column: node.column)
        }
        return total
    }

    /// A NUL-terminated libyaml string (anchor or tag names).
    private static func anchor(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { string($0, length: Self.cStringLength($0)) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func cStringLength(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> Int {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return count
    }

    private static func failure(from parser: yaml_parser_t) -> YAMLComposer.Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let mark = parser.problem_mark
        if problem.hasPrefix("Maximum nesting level") {
            let context = parser.context_mark
            return YAMLComposer.Failure(
                rule: .yamlNesting,
                message: "YAML is nested more than \(YAMLComposer.maximumNesting) levels deep",
                line: Int(context.line) + 1, column: Int(context.column) + 1)
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) { message = "\(context): \(problem)" }
        return YAMLComposer.Failure(rule: .yamlSyntax, message: message, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
