import CYaml

/// Builds `YAMLNode` trees from libyaml's event stream (libyaml ships inside Yams).
///
/// Hostile input is bounded here, before any other code walks the tree:
/// - nesting is capped by libyaml (`maximumNesting`), so 20,000 `[` end in an error, and
///   so is the depth that aliases expand to, so no walker of the tree can overflow the stack;
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
        /// libyaml's own words, and where the construct it was reading began (1-based), for hints.
        var problem: String = ""
        var context: (line: Int, column: Int)?
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
    /// A collection being built. Its arrays are appended to in place on the stack: taking the
    /// collection off the stack to append would copy it each time, quadratic in its length.
    private struct Open {
        var isMapping: Bool
        var start: Mark
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// The keys so far, hashed only once a mapping has more than `linearKeys` of them:
        /// comparing a few short keys is cheaper than hashing them, and most mappings are small.
        var seen: Set<String> = []
        var pendingKey: YAMLNode?
        var size = 1
        var depth = 1
    }

    private struct Mark {
        var line: Int
        var column: Int
    }

    private var stack: [Open] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var duplicates: [YAMLPair] = []
    /// Nodes that alias events have expanded to so far (the alias-bomb bound).
    private var aliasExpanded = 0

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
                    throw YAMLComposer.Failure(
                        rule: .yamlSyntax, message: "expected a single YAML document, found another one", line: mark.line, column: mark.column)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: scalar.length)
                let tag = Self.anchor(scalar.tag)
                // An explicit core-schema tag says what the scalar is: `!!float 3` is the number
                // 3 (read as a plain scalar would be), `!!str 3` the text "3".
                let numeric = tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:int"
                let plain = (scalar.style == YAML_PLAIN_SCALAR_STYLE && tag == nil) || numeric
                let node = YAMLNode(content: .scalar(text, plain: plain), line: mark.line, column: mark.column, expandedSize: 1, depth: 0)
                try add(node, anchor: Self.anchor(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.anchor(event.data.alias.anchor) ?? ""
                guard var node = anchors[name] else {
                    throw YAMLComposer.Failure(
                        rule: .yamlSyntax, message: "alias '*\(name)' refers to an anchor that is not defined above it", line: mark.line, column: mark.column)
                }
                node.line = mark.line
                node.column = mark.column
                // Only what aliases expand to counts against the limit: a large file written
                // out in full is just large, not a bomb.
                aliasExpanded += node.expandedSize
                guard aliasExpanded <= YAMLComposer.maximumExpandedNodes else {
                    throw YAMLComposer.Failure(
                        rule: .yamlAliasLimit,
                        message: "aliases expand this document beyond \(YAMLComposer.maximumExpandedNodes) nodes; policyrank refuses alias bombs",
                        line: mark.line, column: mark.column)
                }
                try add(node, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Open(isMapping: false, start: mark, anchor: Self.anchor(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                stack.append(Open(isMapping: true, start: mark, anchor: Self.anchor(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try closeCollection()
            default:
                break
            }
        }
    }

    private mutating func closeCollection() throws(YAMLComposer.Failure) {
        guard let open = stack.popLast() else { return }
        let content: YAMLNode.Content = open.isMapping ? .mapping(open.pairs) : .sequence(open.items)
        try add(YAMLNode(content: content, line: open.start.line, column: open.start.column, expandedSize: open.size, depth: open.depth), anchor: open.anchor)
    }

    /// Attaches a finished node to the innermost open collection (or makes it the root).
    private mutating func add(_ node: YAMLNode, anchor: String?) throws(YAMLComposer.Failure) {
        if let anchor { anchors[anchor] = node }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size = try Self.grow(stack[top].size, by: node)
        // Aliases can nest a subtree deeper than the text shows: bound the real depth too,
        // since every walker of the tree recurses on it.
        stack[top].depth = max(stack[top].depth, node.depth + 1)
        guard stack[top].depth <= Int(YAMLComposer.maximumNesting) else {
            throw YAMLComposer.Failure(
                rule: .yamlNesting, message: "YAML is nested more than \(YAMLComposer.maximumNesting) levels deep (counting what aliases expand to)",
                line: node.line, column: node.column)
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        guard case .scalar(let keyText, _) = key.content else {
            throw YAMLComposer.Failure(
                rule: .wrongType, message: "mapping keys must be plain strings, found \(key.kindDescription)", line: key.line, column: key.column)
        }
        let pair = YAMLPair(key: keyText, keyLine: key.line, keyColumn: key.column, value: node)
        if Self.isNewKey(keyText, in: &stack[top]) {
            stack[top].pairs.append(pair)
        } else {
            duplicates.append(pair)
        }
    }

    private static let linearKeys = 16

    /// Whether `key` is not yet a key of the mapping being built (every first occurrence is in
    /// `pairs`; repeats are not added).
    private static func isNewKey(_ key: String, in open: inout Open) -> Bool {
        if open.pairs.count < linearKeys && open.seen.isEmpty {
            return !open.pairs.contains { $0.key == key }
        }
        if open.seen.isEmpty { open.seen = Set(open.pairs.map(\.key)) }
        return open.seen.insert(key).inserted
    }

    /// A collection's expanded size (what walking it visits, aliases included), saturating
    /// rather than overflowing; the alias limit is checked where aliases are expanded.
    private static func grow(_ size: Int, by node: YAMLNode) throws(YAMLComposer.Failure) -> Int {
        let (total, overflow) = size.addingReportingOverflow(node.expandedSize)
        return overflow ? Int.max : total
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
        let context = parser.context == nil ? nil : (line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        return YAMLComposer.Failure(
            rule: .yamlSyntax, message: message, line: Int(mark.line) + 1, column: Int(mark.column) + 1, problem: message, context: context)
    }
}
