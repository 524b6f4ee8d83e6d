import Testing

@testable import PolicyRankKit

/// The order every renderer lists diagnostics in, and the removal of repeats.
@Suite struct DiagnosticOrderTests {
    static func at(_ file: String, _ line: Int, _ rule: Rule = .undocumentedScore, _ message: String = "m") -> Diagnostic {
        .warning(rule, message, at: SourceLocation(file: file, line: line, column: 1))
    }

    @Test func readingOrderIsFileLineColumnRuleMessage() {
        let shuffled = [
            Self.at("b.yaml", 1), Self.at("a.yaml", 9, .undocumentedScore, "z"), Self.at("a.yaml", 9, .undocumentedScore, "y"), Self.at("a.yaml", 2),
        ]
        #expect(
            shuffled.sortedForDisplay() == [
                Self.at("a.yaml", 2), Self.at("a.yaml", 9, .undocumentedScore, "y"), Self.at("a.yaml", 9, .undocumentedScore, "z"), Self.at("b.yaml", 1),
            ])
    }

    @Test func repeatsAreDroppedWhereverTheyStand() {
        let repeated = [Self.at("b.yaml", 1), Self.at("a.yaml", 2), Self.at("b.yaml", 1), Self.at("a.yaml", 2), Self.at("a.yaml", 2, .dominatedOption)]
        #expect(repeated.uniquedForDisplay() == [Self.at("a.yaml", 2, .dominatedOption), Self.at("a.yaml", 2), Self.at("b.yaml", 1)])
    }

    /// The same finding as an error and as a warning is two findings, errors after warnings.
    @Test func severityIsPartOfWhatMakesADiagnostic() {
        let warning = Self.at("a.yaml", 1)
        var error = warning
        error.severity = .error
        #expect([error, warning, error].uniquedForDisplay() == [warning, error])
    }
}
