import Testing

@testable import PolicyRankKit

/// The commonest YAML slips are explained in plain words at the line of the slip.
@Suite struct YAMLSyntaxHintTests {
    static func diagnostic(_ text: String) throws -> Diagnostic {
        let (_, diagnostics) = YAMLFile.parse(Array(text.utf8), file: "f.yaml")
        return try #require(diagnostics.first)
    }

    @Test func anUnquotedColonInAValue() throws {
        let diagnostic = try Self.diagnostic("id: beta\nname: Beta: the second option\n")
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.hasPrefix("a ': ' inside a value starts a new key; put the value in quotes"))
        #expect(diagnostic.message.contains("(mapping values are not allowed in this context)"))
    }

    @Test func anIndentThatMatchesNoParent() throws {
        let text = "criteria:\n  - id: a\n    direction: cost\n     weight: 40\n    scale: {min: 0, max: 1}\n"
        let diagnostic = try Self.diagnostic(text)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.message.hasPrefix("line 4 is indented by 5 spaces, which lines up with no enclosing level"))
    }

    /// A key dedented below its siblings: libyaml notices only on a later line, the hint
    /// points at the slip.
    @Test func aDedentedKeyIsReportedAtItsOwnLine() throws {
        let text = "criteria:\n  - id: a\n    children:\n      - id: b\n        direction: cost\n       weight: 1\n        scale: {min: 0, max: 1}\n"
        let diagnostic = try Self.diagnostic(text)
        #expect(diagnostic.location.line == 6, "\(diagnostic.message)")
        #expect(diagnostic.message.contains("indented by 7 spaces"))
    }

    /// A file saved with Windows line ends gets the same hint at the same line.
    @Test func windowsLineEndsAreLinesToo() throws {
        let text = "criteria:\r\n  - id: a\r\n    direction: cost\r\n     weight: 40\r\n    scale: {min: 0, max: 1}\r\n"
        let diagnostic = try Self.diagnostic(text)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.message.hasPrefix("line 4 is indented by 5 spaces, which lines up with no enclosing level"), "\(diagnostic.message)")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let diagnostic = try Self.diagnostic("id: beta\nnotes:\n  violence: \"Why 3.\n  harm: Why high.\n")
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.message.hasPrefix("this quote is never closed"))
    }

    @Test func tabsKeepTheirOwnHint() throws {
        let diagnostic = try Self.diagnostic("id: beta\nscores:\n\tviolence: 3\n")
        #expect(diagnostic.message.hasPrefix("tab character here"))
    }
}

/// Small input rules (hostile input, class 8).
@Suite struct SmallInputRuleTests {
    @Test func anExplicitlyTaggedNumberIsANumber() throws {
        let (root, diagnostics) = YAMLFile.parse(Array("a: !!float 3\nb: !!int 4\nc: !!str 5\n".utf8), file: "f.yaml")
        #expect(diagnostics.isEmpty)
        guard case .mapping(let pairs) = root?.content else {
            Issue.record("not a mapping")
            return
        }
        let plain = pairs.map { pair -> Bool in if case .scalar(_, let plain) = pair.value.content { plain } else { false } }
        #expect(plain == [true, true, false])
    }

    /// 1,200,000 nodes written out in full: large, not an alias bomb.
    @Test func aLargeFileWithoutAliasesIsNotAnAliasBomb() {
        let text = "items:\n" + String(repeating: "  - 1\n", count: 1_200_000)
        let (root, diagnostics) = YAMLFile.parse(Array(text.utf8), file: "f.yaml")
        #expect(diagnostics.isEmpty)
        #expect(root != nil)
    }
}
