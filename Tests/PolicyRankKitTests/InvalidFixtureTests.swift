import Foundation
import Testing

@testable import PolicyRankKit

/// Each directory under Fixtures/invalid is a small study broken in one way (named after the
/// rule it breaks, where there is one); `expected.txt` holds the exact diagnostics.
@Suite struct InvalidFixtureTests {
    @Test(arguments: Fixtures.names("invalid"))
    func reportsExactDiagnostics(fixture: String) throws {
        let path = Fixtures.path("invalid", fixture)
        let (diagnostics, text) = Fixtures.diagnosticsText(path)
        let golden = try Fixtures.assertGolden(text, at: URL(fileURLWithPath: path).appendingPathComponent("expected.txt"))
        #expect(golden.actual == golden.expected)
        if let rule = Rule(rawValue: fixture) {
            #expect(diagnostics.contains { $0.rule == rule }, "fixture '\(fixture)' must trigger its own rule")
        }
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    }

    @Test func everyRuleExceptPathErrorsHasAFixture() {
        let fixtures = Set(Fixtures.names("invalid"))
        let covered = Rule.allCases.filter { rule in
            fixtures.contains(rule.rawValue) || fixtures.contains { $0.contains(rule.rawValue) }
        }
        // combined-score-clamped is found by the package search (`portfolio`), not by validation:
        // PackageSearchTests covers it.
        let untested = Set(Rule.allCases).subtracting(covered).subtracting([.ioError, .notAStudy, .noCriteria, .noPolicies, .combinedScoreClamped, .csvSyntax])
        #expect(untested.isEmpty, "rules without a fixture: \(untested.map(\.rawValue).sorted())")
    }

    @Test func anEmptyStudyHasNeitherCriteriaNorPolicies() {
        let (diagnostics, _) = Fixtures.diagnosticsText(Fixtures.path("invalid", "no-criteria-no-policies"))
        #expect(diagnostics.map(\.rule) == [.noCriteria, .noPolicies])
    }
}

@Suite struct ValidFixtureTests {
    @Test(arguments: Fixtures.names("valid"))
    func hasNoDiagnostics(fixture: String) {
        let (diagnostics, text) = Fixtures.diagnosticsText(Fixtures.path("valid", fixture))
        #expect(diagnostics.isEmpty, "\(text)")
    }

    @Test func shippedStudyIsCleanEvenUnderStrict() {
        let diagnostics = Validator.validate(path: Fixtures.repositoryRoot.path).diagnostics.promotingWarnings()
        #expect(diagnostics.isEmpty, "\(DiagnosticTextRenderer.render(diagnostics))")
    }

    /// The seed's measures (military split into operations inside Pakistan and cross-border
    /// strikes, plus conditional engagement), a status-quo baseline, and a portfolio.
    @Test func shippedStudyHasTheSeedsMeasuresABaselineAndAPortfolio() {
        let (study, _) = StudyLoader.load(path: Fixtures.repositoryRoot.path)
        #expect(study.policies.count == 8)
        #expect(study.policies.filter { $0.baseline?.value == true }.map(\.id.value) == ["status_quo"])
        #expect(study.settings?.portfolio != nil)
        #expect(study.leaves.allSatisfy { $0.combine != nil })
        #expect((8...12).contains(study.leaves.count))
        #expect((4...8).contains(study.perspectives.count))
        for policy in study.policies {
            #expect(!policy.sources.isEmpty, "\(policy.id.value) needs a source")
            for leaf in study.leaves {
                #expect(policy.notes[leaf.id.value] != nil, "\(policy.id.value) needs a note on \(leaf.id.value)")
            }
        }
    }
}

@Suite struct StudySourcesTests {
    /// docs/study-sources.md lists every URL the shipped study's files cite, so a new source in
    /// a policy file without a row there fails here.
    @Test func everyCitedURLHasARowInTheSourcesTable() throws {
        let (study, _) = StudyLoader.load(path: Fixtures.repositoryRoot.path)
        let document = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/study-sources.md"), encoding: .utf8)
        let cited = Set(
            study.policies.flatMap(\.sources).compactMap(\.url) + (study.settings?.portfolio?.interactions.flatMap(\.sources).compactMap(\.url) ?? []))
        #expect(!cited.isEmpty)
        for url in cited.sorted() { #expect(document.contains("| \(url) |"), "docs/study-sources.md has no row for \(url)") }
    }
}
