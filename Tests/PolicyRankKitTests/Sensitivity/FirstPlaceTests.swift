import Foundation
import Testing

@testable import PolicyRankKit

/// The robustness headline: how often each option comes first with the uncertain scores
/// sampled at the ranking's own weights.
@Suite struct FirstPlaceTests {
    static let shipped = Validator.validate(path: Fixtures.repositoryRoot.path).problem

    @Test func sharesSumToOneAndAreTheSameOnAnyThreadCount() throws {
        let problem = try #require(Self.shipped)
        let plan = try RankingPlan(for: problem)
        let one = FirstPlace.compute(problem, plan: plan, threads: 1)
        let two = FirstPlace.compute(problem, plan: plan, threads: 2)
        #expect(one.shares.map(\.share) == two.shares.map(\.share))
        #expect(abs(one.shares.reduce(0) { $0 + $1.share } - 1) < 1e-12)
        #expect(one.samples == FirstPlace.maximumSamples)
    }

    /// The shipped study's top comes first in only about half of the samples: the headline
    /// says the top is not clear, names it as the leader with "only", and names the others.
    @Test func aContestedTopIsWordedAsSuch() throws {
        let problem = try #require(Self.shipped)
        let ranked = try RankedProblem(problem: problem, choices: RankOptions())
        let ranking = ranked.ranking
        let top = try #require(ranking.top?.id)
        let firstPlace = try #require(ranking.firstPlace)
        #expect(firstPlace.isContested(top: top))
        let verdict = firstPlace.verdict(top: top)
        #expect(verdict.hasPrefix("The top is not clear: \(top) comes first in only "), "\(verdict)")
        #expect(firstPlace.contenders.count >= 2)
        for contender in firstPlace.contenders.dropFirst() { #expect(verdict.contains(contender.id)) }
        #expect(ranking.entries.allSatisfy { $0.pFirst != nil })
    }

    /// When the runner-up at the likely scores leads the samples, the headline names the
    /// leader first and marks the top as "first at the likely scores". b's triangular score
    /// (4, 4.9, 10) puts b below a's fixed 5 at the mode but above it in 1 − 0.183 of draws.
    @Test func aTopThatTheSamplesOvertakeIsMarked() throws {
        var study = StudyBuilder.study(criteria: [StudyBuilder.leaf("c1")], options: [("a", [5]), ("b", [4.9])])
        study.policies[1].scores[0].value.value = .triangular(low: .number(4), likely: .number(4.9), high: .number(10))
        let ranked = try study.ranked()
        #expect(ranked.ranking.top?.id == "a")
        let firstPlace = try #require(ranked.ranking.firstPlace)
        #expect(abs((firstPlace.share(of: "b") ?? 0) - 0.817) < 0.05)
        let verdict = firstPlace.verdict(top: "a")
        #expect(verdict.hasPrefix("The top is not clear: b comes first in "), "\(verdict)")
        #expect(verdict.contains("a (first at the likely scores) in "), "\(verdict)")
    }

    /// Ties at the top split a sample: two identical options share it, and the shares still sum to 1.
    @Test func aTieAtTheTopSplitsTheSample() throws {
        var study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1"), StudyBuilder.leaf("c2")], options: [("a", [5, 5]), ("b", [5, 5]), ("c", [1, 1])])
        study.policies[2].scores[0].value.value = .uniform(low: .number(0), high: .number(2))
        let ranked = try study.ranked()
        let shares = try #require(ranked.ranking.firstPlace).shares
        #expect(shares.map(\.share) == [0.5, 0.5, 0])
    }

    @Test func withoutUncertainScoresTheAnswerIsExact() throws {
        let study = StudyBuilder.study(criteria: [StudyBuilder.leaf("c1")], options: [("a", [7]), ("b", [3])])
        let firstPlace = try #require(try study.ranked().ranking.firstPlace)
        #expect(firstPlace.samples == 1)
        #expect(firstPlace.standardError == 0)
        #expect(firstPlace.verdict(top: "a") == "No score is uncertain: the ranking is exact at these weights.")
        #expect(firstPlace.shares.map(\.share) == [1, 0])
    }

    /// Two options within 10 points of each other are named as statistically tied.
    @Test func closeSharesAreAStatisticalTie() {
        let firstPlace = FirstPlace(samples: 2_000, seed: 1, shares: [("a", 0.45), ("b", 0.55)], standardError: 0.011)
        #expect(firstPlace.verdict(top: "a").hasPrefix("b and a are statistically tied: b comes first in 55%"))
        #expect(firstPlace.verdict(top: "a").contains("a (first at the likely scores) in 45%"))
        let clear = FirstPlace(samples: 2_000, seed: 1, shares: [("a", 0.95), ("b", 0.05)], standardError: 0.005)
        #expect(clear.verdict(top: "a").hasPrefix("a comes first in 95% of 2,000 samples"))
    }
}

/// Ranges on qualitative scales: `{low: low, likely: medium, high: high}` and `{low: none,
/// high: low}` with level labels are ranked at their likely level and sampled between the
/// levels' numbers, like numeric ranges.
@Suite struct QualitativeRangeTests {
    @Test func labelRangesAreResolvedAndSampled() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-levels-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.path("valid", "minimal")), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (file, old, new) in [
            ("policies/alpha.yaml", "harm: none", "harm: {low: none, high: low}"),
            ("policies/beta.yaml", "harm: high", "harm: {low: low, likely: high, high: high}"),
        ] {
            let url = directory.appendingPathComponent(file)
            try (try String(contentsOf: url, encoding: .utf8)).replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        let outcome = Validator.validate(path: directory.path)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        let problem = try #require(outcome.problem)
        let harm = try #require(problem.leaves.firstIndex { $0.id == "harm" })
        // Levels none 0, low 3, high 8: alpha at the midpoint 1.5, beta at its likely 8.
        #expect(problem.likely[0, harm] == 1.5)
        #expect(problem.likely[1, harm] == 8)
        let cells = problem.uncertain.filter { $0.leaf == harm }.map(\.distribution)
        #expect(cells == [.uniform(low: 0, high: 3), .triangular(low: 3, mode: 8, high: 8)])
    }
}

@Suite struct KendallTests {
    @Test func knightsAlgorithmEqualsThePairwiseDefinitionWithAndWithoutTies() {
        var random = SplitMix64(state: 11)
        for trial in 0..<200 {
            let n = 2 + trial % 90
            let levels = 1 + trial % 7  // few levels: many ties
            let a = (0..<n).map { _ in Double(Int.random(in: 0...levels, using: &random)) }
            let b = (0..<n).map { _ in Double(Int.random(in: 0...(trial % 3 == 0 ? 1000 : levels), using: &random)) }
            let fast = RankCorrelation.knight(a, b), slow = RankCorrelation.pairwise(a, b)
            #expect((fast == nil) == (slow == nil), "trial \(trial)")
            if let fast, let slow { #expect(abs(fast - slow) < 1e-12, "trial \(trial): \(fast) vs \(slow)") }
        }
    }

    @Test func handComputedCases() {
        // Identical and reversed orders; one discordant pair of three (τ = 1/3).
        #expect(RankCorrelation.knight([1, 2, 3, 4], [1, 2, 3, 4]) == 1)
        #expect(RankCorrelation.knight([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(abs((RankCorrelation.knight([1, 2, 3], [1, 3, 2]) ?? 0) - 1.0 / 3) < 1e-12)
        #expect(RankCorrelation.knight([1, 1, 1], [1, 2, 3]) == nil, "a ranking of all ties has no correlation")
    }
}
