import Testing

@testable import PolicyRankKit

/// Escaping reads Unicode scalars, as every consumer does: a `"` followed by a combining
/// mark and `"\r\n"` are single Swift Characters that are not `"` or `"\n"`, and escaping
/// Characters let them through (the hostile-input issue, class 1).
@Suite struct EscapingTests {
    static let combiningQuote = "\"\u{301} onmouseover=alert(1) x=\"\u{301}"

    @Test func htmlEscapesAQuoteFollowedByACombiningMark() {
        let escaped = HTMLText.escape(Self.combiningQuote)
        #expect(!escaped.unicodeScalars.contains("\""))
        #expect(escaped.unicodeScalars.starts(with: "&quot;\u{301}".unicodeScalars))
        #expect(HTMLText.escape("a\u{0}b\u{85}c") == "a\u{FFFD}b\u{FFFD}c")
        // ESC, BEL and the other C0 controls are not allowed in XML, so an inline SVG holding
        // one would not parse; tab and line breaks stay.
        #expect(HTMLText.escape("a\u{1B}[31mb\u{7}\tc\nd") == "a\u{FFFD}[31mb\u{FFFD}\tc\nd")
    }

    @Test func csvQuotesACRLFAndNeutralisesAFormulaWithACombiningMark() {
        #expect(CSVField.render("a\r\n=cmd") == "\"a\r\n=cmd\"")
        #expect(Array(CSVField.render("=\u{301}HYPERLINK(1)").unicodeScalars.prefix(2)) == ["'", "="])
        #expect(CSVField.render("-0.25") == "-0.25")
        // A NUL ends the text for C's strtod, so "-1\0…" once passed as the number -1 (found
        // by scripts/fuzz-renderers.py, seed 178).
        #expect(CSVField.render("-1\u{0}\t: ").hasPrefix("'-1"))
        #expect(NumberFormat.number("-1\u{0}") == nil)
        #expect(NumberFormat.number("-1") == -1)
    }

    @Test func githubCommandsEncodeEveryLineBreak() {
        let line = DiagnosticGitHubRenderer.escapeData("one\r\n::error::injected")
        #expect(!line.unicodeScalars.contains("\r") && !line.unicodeScalars.contains("\n"))
        #expect(line == "one%0D%0A::error::injected")
        #expect(DiagnosticGitHubRenderer.escapeProperty("a:b,c\r\n") == "a%3Ab%2Cc%0D%0A")
    }

    @Test func markdownEscapesCellBreakersHeadingsImagesAndMentions() {
        let escaped = MarkdownText.escape("|\u{301} # ![x](y) @team\r\nnext")
        #expect(escaped.unicodeScalars.starts(with: "\\|\u{301} \\# \\!\\[x\\](y) \\@team".unicodeScalars))
        #expect(!escaped.unicodeScalars.contains("\n") && !escaped.unicodeScalars.contains("\r"))
        let code = MarkdownText.code("a`\r\n|b")
        #expect(code == "`a'  \\|b`")
    }

    @Test func terminalTextDropsControlsAndBidiOverrides() {
        #expect(TerminalText.visible("a\u{1B}[31mred\u{7}\u{0}\u{202E}x\r\ny") == "a[31mredx  y")
    }

    @Test func replacingAllMatchesScalarsInsideACluster() {
        #expect("a\r\nb".replacingAll("\r", "R") == "aR\nb")
        #expect("x\"\u{301}".replacingAll("\"", "'") == "x'\u{301}")
    }

    @Test func aNameWithEscapeSequencesReachesTheTerminalWithoutThem() {
        var table = TextTable(headers: ["Name"], alignments: [.left])
        table.rows = [["evil\u{1B}]0;pwned\u{7}"]]
        #expect(!table.render().unicodeScalars.contains("\u{1B}"))
    }
}

/// SARIF `uri`s are URIs (hostile input, class 6).
@Suite struct SARIFLocationTests {
    @Test func pathsArePercentEncodedAndAbsoluteOnesAreFileURIs() {
        #expect(DiagnosticSARIFRenderer.percentEncoded("policies/a#b c%.yaml") == "policies/a%23b%20c%25.yaml")
        #expect(DiagnosticSARIFRenderer.percentEncoded("policies/é.yaml") == "policies/%C3%A9.yaml")
        let relative = DiagnosticSARIFRenderer.artifactLocation("policies/a.yaml").rendered()
        #expect(relative.contains("\"uriBaseId\": \"%SRCROOT%\""))
        let absolute = DiagnosticSARIFRenderer.artifactLocation("/srv/study/policies/a #1.yaml").rendered()
        #expect(absolute.contains("\"uri\": \"file:///srv/study/policies/a%20%231.yaml\""))
        #expect(!absolute.contains("uriBaseId"))
    }
}
