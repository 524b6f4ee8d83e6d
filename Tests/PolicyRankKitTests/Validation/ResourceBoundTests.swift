import Testing

@testable import PolicyRankKit

/// Work that grows with the square of the options is bounded (hostile input, class 5).
@Suite struct ResourceBoundTests {
    static func large(_ n: Int) -> Study {
        var random = SplitMix64(state: 9)
        let leaves = (0..<4).map { StudyBuilder.leaf("c\($0)", weight: 1, scale: 0...10) }
        var rows = (0..<n).map { i in ("o\(i)", (0..<4).map { _ in Double(Int.random(in: 2...8, using: &random)) }) }
        rows.append(("best", [10, 10, 10, 10]))
        rows.append(("weak", [1, 1, 1, 1]))
        return StudyBuilder.study(criteria: leaves, options: rows)
    }

    /// Above 2,000 options each option is compared with the 200 strongest only: the obvious
    /// dominations are still found.
    @Test func dominanceIsCheckedAgainstTheStrongestOptionsInALargeStudy() {
        let study = Self.large(3_000)
        let problem = study.problem
        let diagnostics = LintRules.dominatedOptions(study, problem.matrix(weights: problem.weights.weights))
        #expect(diagnostics.contains { $0.message.hasPrefix("policy 'weak' is dominated by 'best'") })
        #expect(diagnostics.allSatisfy { $0.message.contains("dominated by") })
    }

    /// The robustness headline needs only first places: no n × n tables, and fewer samples
    /// for a large study.
    @Test func firstPlaceOnALargeStudyKeepsNoPairwiseTables() throws {
        var study = Self.large(20_000)
        study.policies[0].scores[0].value.value = .uniform(low: .number(0), high: .number(10))
        let problem = study.problem
        let firstPlace = FirstPlace.compute(problem, plan: try RankingPlan(for: problem), threads: 2)
        #expect(firstPlace.samples == FirstPlace.cellBudget / (20_002 * 4))
        #expect(firstPlace.share(of: "best") == 1)
    }
}

@Suite struct LargeSMAATests {
    /// 10,000 options: ranks 1–20 only and no pairwise table (800 MB each otherwise), said so.
    @Test func aLargeStudyKeepsBoundedTablesAndSaysWhatItDeclined() throws {
        var study = ResourceBoundTests.large(10_000)
        study.policies[0].scores[0].value.value = .uniform(low: .number(0), high: .number(10))
        let result = try study.smaa(configuration: .init(samples: 200, seed: 1, threads: 2))
        #expect(result.acceptability.count == 10_002)
        #expect(result.acceptability.allSatisfy { $0.count == SMAA.limitedRanks })
        #expect(result.pairwise.isEmpty)
        #expect(result.declined.count == 2)
        #expect(result.declined[0].hasPrefix("rank acceptability is counted for ranks 1–20 only"))
        let best = try #require(result.options.firstIndex(of: "best"))
        #expect(result.acceptability[best][0] > 0.9)
    }

    @Test func aSmallStudyDeclinesNothing() throws {
        let result = try ResourceBoundTests.large(50).smaa(configuration: .init(samples: 200, seed: 1, threads: 1))
        #expect(result.declined.isEmpty)
        #expect(result.acceptability.allSatisfy { $0.count == 52 })
        #expect(result.pairwise.count == 52)
    }
}
