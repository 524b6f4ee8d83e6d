import Foundation
import Testing

@testable import PolicyRankKit

@Suite struct ScalarAndSuggestionTests {
    @Test(arguments: [
        ("5", YAMLScalar.Number.finite(5)), ("-2.5", .finite(-2.5)), (".5", .finite(0.5)), ("1e3", .finite(1000)),
        ("0x1F", .finite(31)), ("0o17", .finite(15)), (".nan", .nonFinite), ("-.Inf", .nonFinite), ("1e999", .nonFinite),
    ])
    func resolvesCoreSchemaNumbers(text: String, expected: YAMLScalar.Number) {
        #expect(YAMLScalar.number(text) == expected)
    }

    @Test(arguments: ["high", "1.2.3", "e5", "", "5 apples", "0x"])
    func leavesNonNumbersAlone(text: String) {
        #expect(YAMLScalar.number(text) == nil)
    }

    @Test func suggestsTheClosestCandidateWithinATypo() {
        #expect(Suggestion.closest(to: "ttp_violnce", in: ["ttp_violence", "iskp_capacity"]) == "ttp_violence")
        #expect(Suggestion.closest(to: "cost", in: ["security", "feasibility"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("hram", "harm") == 1)
    }

    @Test func findsTheFirstInvalidUTF8Byte() {
        #expect(YAMLFile.firstInvalidUTF8(Array("a: é\n".utf8)) == nil)
        #expect(YAMLFile.firstInvalidUTF8([0x61, 0x0A, 0x62, 0xFF]) ?? (0, 0) == (2, 2))
        #expect(YAMLFile.firstInvalidUTF8([0xE2, 0x82]) ?? (0, 0) == (1, 1))  // truncated sequence
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let bytes = Array(("x: " + String(repeating: "[", count: 20_000)).utf8)
        let (root, diagnostics) = YAMLFile.parse(bytes, file: "deep.yaml")
        #expect(root == nil)
        #expect(diagnostics.map(\.rule) == [.yamlNesting])
    }

    @Test func aliasBombsAreRefused() {
        var yaml = "a0: &a0 [x]\n"
        for level in 1...12 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        let (root, diagnostics) = YAMLFile.parse(Array(yaml.utf8), file: "bomb.yaml")
        #expect(root == nil)
        #expect(diagnostics.map(\.rule) == [.yamlAliasLimit])
    }

    @Test func aliasesWithinTheLimitAreExpanded() {
        let yaml = "base: &b {low: 1, high: 3}\ncopy: *b\n"
        let (root, diagnostics) = YAMLFile.parse(Array(yaml.utf8), file: "ok.yaml")
        #expect(diagnostics.isEmpty)
        guard case .mapping(let pairs) = root?.content else {
            Issue.record("expected a mapping")
            return
        }
        guard case .mapping(let copy) = pairs[1].value.content else {
            Issue.record("alias not expanded")
            return
        }
        #expect(copy.map(\.key) == ["low", "high"])
    }

    /// Small mappings look keys up by comparison, larger ones by hashing (from the 17th key):
    /// a repeat is found on either side of that switch, at its second occurrence.
    @Test(arguments: [(keys: 5, repeated: 2), (keys: 16, repeated: 0), (keys: 17, repeated: 0), (keys: 40, repeated: 30)])
    func duplicateKeysAreFoundInSmallAndLargeMappings(keys: Int, repeated: Int) {
        var yaml = (0..<keys).map { "k\($0): 1\n" }.joined()
        yaml += "k\(repeated): 2\nlast: 3\n"
        let (root, diagnostics) = YAMLFile.parse(Array(yaml.utf8), file: "wide.yaml")
        #expect(diagnostics.map(\.rule) == [.duplicateKey])
        #expect(diagnostics.first?.location.line == keys + 1)
        guard case .mapping(let pairs) = root?.content else {
            Issue.record("expected a mapping")
            return
        }
        #expect(pairs.map(\.key) == (0..<keys).map { "k\($0)" } + ["last"])
    }
}

/// Findings of the fuzzing campaign (docs/fuzzing.md), kept as regressions.
@Suite struct FuzzRegressionTests {
    /// Aliases nested a criteria tree ~1,400 levels deep in 28 KB and overflowed the stack of
    /// the recursive loader; the composer now bounds the depth aliases expand to.
    @Test func aliasChainsCannotNestDeeperThanTheLimit() throws {
        let url = Fixtures.testsDirectory.deletingLastPathComponent().appendingPathComponent("FuzzCorpus/regression-alias-depth.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        let diagnostics = StudyLoader.diagnose(bytes: bytes, as: .criteria)
        #expect(diagnostics.map(\.rule) == [.yamlNesting])
    }

    /// Appending to a collection used to copy it: 40,000 items took 43 s. Now linear. This test
    /// checks the long documents compose whole; it has no clock (timings belong in the bench),
    /// so a quadratic composer would show as a suite minutes slower, not as a failure.
    @Test func longListsAndMappingsComposeInLinearTime() {
        let list = "criteria:\n" + String(repeating: "  - x\n", count: 60_000)
        let (listRoot, listDiagnostics) = YAMLFile.parse(Array(list.utf8), file: "long.yaml")
        #expect(listDiagnostics.isEmpty)
        #expect(listRoot != nil)
        let mapping = (0..<30_000).map { "k\($0): \($0)\n" }.joined()
        let (mappingRoot, mappingDiagnostics) = YAMLFile.parse(Array(mapping.utf8), file: "wide.yaml")
        #expect(mappingDiagnostics.isEmpty)
        if case .mapping(let pairs) = mappingRoot?.content { #expect(pairs.count == 30_000) } else { Issue.record("expected a mapping") }
    }
}
