/// One problem found in a study: what is wrong, where, and which rule found it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var rule: Rule
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ rule: Rule, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
    }

    public static func error(_ rule: Rule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, rule, message, at: location)
    }

    public static func warning(_ rule: Rule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, rule, message, at: location)
    }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in reading order: by file, line, column, then rule, so output is stable.
    ///
    /// File paths are ranked once and compared as integers: a study of 100,000 files can have
    /// a million warnings, and comparing their long, alike paths dominated the sort.
    public func sortedForDisplay() -> [Diagnostic] {
        sortedOrder().map { self[$0] }
    }

    /// `sortedForDisplay` with repeats dropped (a finding two rule families both make). The
    /// order compares every field, so repeats are neighbours and dropping them needs no hashing
    /// of a million messages.
    public func uniquedForDisplay() -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(count)
        for index in sortedOrder() where result.last != self[index] { result.append(self[index]) }
        return result
    }

    /// Indices by file, line, column, rule, message, then severity: a total order on diagnostics.
    private func sortedOrder() -> [Int] {
        let paths: Set<String> = Set(self.map { $0.location.file })
        var rank: [String: Int] = [:]
        for (index, path) in paths.sorted().enumerated() { rank[path] = index }
        let keys: [(Int, Int, Int)] = self.map { (rank[$0.location.file] ?? 0, $0.location.line, $0.location.column) }
        return indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if self[a].rule != self[b].rule { return self[a].rule.rawValue < self[b].rule.rawValue }
            if self[a].message != self[b].message { return self[a].message < self[b].message }
            return self[a].severity < self[b].severity
        }
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// `--strict`: every warning becomes an error.
    public func promotingWarnings() -> [Diagnostic] {
        map {
            var d = $0
            d.severity = .error
            return d
        }
    }
}
