import Foundation
import Testing

@testable import PolicyRankKit

/// Participants whose criteria are leaves of the shared tree rank as the study does, with
/// their own weights and their own beliefs about the scores.
@Suite struct ParticipantViewTests {
    /// The `valid/participants` fixture with one more participant file.
    private func study(with participant: String) throws -> DecisionProblem {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Fixtures.path("valid", "participants"), toPath: directory.path)
        try participant.write(to: directory.appendingPathComponent("participants/extra.yaml"), atomically: true, encoding: .utf8)
        let outcome = Validator.validate(path: directory.path)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        return try #require(outcome.problem)
    }

    @Test func onlyParticipantsWhoseCriteriaAreAllSharedLeavesAreRankable() throws {
        let problem = try study(with: "id: extra\ncriteria:\n  - {id: violence, weight: 1}\nscores: {}\n")
        // union has a criterion of its own (safety); residents and extra name only leaves.
        #expect(problem.participants.map(\.id) == ["extra", "residents"])
    }

    @Test func aParticipantWithTheStudysWeightsAndNoOverridesRanksAsTheStudyDoes() throws {
        // The fixture's effective weights: violence 0.3, harm 0.3, cost 0.4.
        let problem = try study(with: "id: extra\ncriteria:\n  - {id: violence, weight: 3}\n  - {id: harm, weight: 3}\n  - {id: cost, weight: 4}\nscores: {}\n")
        let base = try RankedProblem(problem: problem, choices: RankOptions())
        let view = try #require(base.participantRankings().first { $0.participant.id == "extra" })
        #expect(view.ranked.ranking.entries.map(\.id) == base.ranking.entries.map(\.id))
        for (a, b) in zip(view.ranked.ranking.entries, base.ranking.entries) { #expect(abs(a.score - b.score) < 1e-12) }
    }

    @Test func anOverrideChangesOnlyThatCellAndItsUncertainty() throws {
        let problem = try study(with: "id: extra\ncriteria:\n  - {id: violence, weight: 1}\nscores:\n  beta: {violence: {low: 9, high: 10}}\n")
        let view = try #require(problem.participant("extra"))
        let seen = problem.viewed(by: view)
        // beta is row 1, violence column 0: the midpoint 9.5, and a uniform range in its place.
        #expect(seen.likely[1, 0] == 9.5)
        #expect(seen.likely[0, 0] == problem.likely[0, 0])
        #expect(seen.uncertain.filter { $0.option == 1 && $0.leaf == 0 }.map(\.distribution) == [.uniform(low: 9, high: 10)])
        #expect(seen.weights.weights == [1, 0, 0])
        #expect(seen.portfolio == nil)
        #expect(seen.perspectives.isEmpty)
        // With violence alone and beta believed better on it, beta comes first for them.
        let base = try RankedProblem(problem: problem, choices: RankOptions())
        let ranked = try #require(base.participantRankings().first { $0.participant.id == "extra" })
        #expect(ranked.ranked.ranking.top?.id == "beta")
        #expect(base.ranking.top?.id == "alpha")
        let comparison = PerspectiveComparison.participants(base)
        #expect(comparison.entries.first { $0.perspective == "extra" }?.changesTop == true)
    }

    @Test func compareShowsEachRankableParticipantsRanks() throws {
        let problem = try study(with: "id: extra\ncriteria:\n  - {id: violence, weight: 1}\nscores:\n  beta: {violence: 10}\n")
        let base = try RankedProblem(problem: problem, choices: RankOptions())
        let study = StudyLoader.load(path: Fixtures.path("valid", "participants")).study
        let tables = try ComparisonTables(base, study: study)
        let extra = try #require(tables.participants.first { $0.id == "extra" })
        #expect(zip(tables.options.map(\.id), extra.ranks).map { "\($0)=\($1)" } == ["alpha=2", "beta=1"])
        #expect(CompareCSVRenderer.render(tables).contains("participant:extra"))
    }
}

@Suite struct ParticipantWeightTests {
    @Test func hugeWeightsKeepTheirRatiosInsteadOfOverflowingToZero() {
        #expect(EffectiveWeights.normalized([1e308, 1e308, 0]) == [0.5, 0.5, 0])
        #expect(EffectiveWeights.normalized([0, 0]) == [0, 0])
        #expect(EffectiveWeights.normalized([3, 1]) == [0.75, 0.25])
    }
}

@Suite struct ParticipantRuleTests {
    private func diagnostics(_ study: String, with files: [String: String]) throws -> [Diagnostic] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Fixtures.path("valid", study), toPath: directory.path)
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return Validator.validate(path: directory.path).diagnostics
    }

    @Test func anOptionScoredOnlyOnASharedCriterionStillNeedsTheParticipantsOwn() throws {
        let found = try diagnostics(
            "participants",
            with: [
                "participants/extra.yaml":
                    "id: extra\ncriteria:\n  - {id: safety, weight: 1}\n  - {id: cost, weight: 1}\nscores:\n  alpha: {safety: 3}\n  beta: {cost: 100}\n"
            ])
        let missing = found.filter { $0.rule == .missingScore }
        #expect(
            missing.map(\.message) == [
                "participant 'extra' scores 'beta' on some of their criteria but not on 'safety'; score an option on all of their own criteria or on none"
            ])
        #expect(missing.first?.location.line == 7)
    }

    @Test func aBrokenParticipantFileInAStudyOfParticipantsOnlyIsTheOnlyError() throws {
        let found = try diagnostics("participants-only", with: ["participants/broken.yaml": "id: broken\ncriteria: [\n"])
        #expect(found.filter { $0.severity == .error }.map(\.rule) == [.yamlSyntax], "\(found)")
    }

    @Test func aWrongShapeIsReportedOnceNotAlsoAsMissing() throws {
        let found = try diagnostics("participants-only", with: ["participants/odd.yaml": "id: odd\ncriteria: {a: 1}\nscores:\n  alpha:\n"])
        #expect(found.filter { $0.severity == .error }.map(\.rule) == [.wrongType, .wrongType], "\(found)")
    }
}
