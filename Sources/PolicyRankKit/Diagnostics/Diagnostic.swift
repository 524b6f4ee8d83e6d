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
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.rule != $1.rule { return $0.rule.rawValue < $1.rule.rawValue }
            return $0.message < $1.message
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
