import Testing

@testable import PolicyRankKit

/// Properties every ranking must keep, over seeded random studies.
@Suite struct RankingPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    static func randomStudy(seed: UInt64, options: Int = 6, criteria: Int = 5) -> Study {
        var random = SplitMix64(state: seed)
        let leaves = (0..<criteria).map { j in
            StudyBuilder.leaf(
                "c\(j)", Bool.random(using: &random) ? .benefit : .cost,
                weight: Double.random(in: 0.1...10, using: &random), scale: 0...12)
        }
        let rows = (0..<options).map { i in
            ("o\(i)", (0..<criteria).map { _ in Double(Int.random(in: 1...9, using: &random)) })
        }
        return StudyBuilder.study(criteria: leaves, options: rows)
    }

    static let normalizations: [Normalization] = [.scale, .minmax, .max, .vector]

    /// Every method with its default normalization, plus WSM and TOPSIS under the others.
    static var choices: [RankOptions] {
        Methods.names.map { RankOptions(method: $0) }
            + normalizations.flatMap { n in ["wsm", "topsis", "wpm"].map { RankOptions(method: $0, normalization: n.rawValue) } }
    }

    @Test(arguments: seeds)
    func aDominatingOptionNeverRanksBelowTheOneItDominates(seed: UInt64) throws {
        var study = Self.randomStudy(seed: seed)
        // Make o0 at least as good as o1 everywhere and strictly better on c0.
        let leaves = study.leaves
        var scores: [String: Score] = [:]
        for (j, leaf) in leaves.enumerated() {
            guard case .point(.number(let other)) = study.policies[1].score(for: leaf.id.value)?.value.value else { continue }
            let better = leaf.direction?.value == .benefit ? other + (j == 0 ? 1 : 0) : max(0.5, other - (j == 0 ? 1 : 0))
            scores[leaf.id.value] = .point(.number(better))
        }
        study.policies[0] = StudyBuilder.policy("o0", scores)
        for choice in Self.choices {
            let ranking = try RankingEngine.rank(study, options: choice)
            let rank = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.id, $0.rank) })
            #expect(try #require(rank["o0"]) <= #require(rank["o1"]), "\(ranking.method) \(ranking.normalization)")
        }
    }

    @Test(arguments: seeds)
    func scalingAllWeightsChangesNothing(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        var scaled = study
        scaled.criteria = study.criteria.map {
            var c = $0
            c.weight?.value *= 37.5
            return c
        }
        for choice in Self.choices {
            let original = try RankingEngine.rank(study, options: choice)
            let rescaled = try RankingEngine.rank(scaled, options: choice)
            #expect(original.entries.map(\.id) == rescaled.entries.map(\.id), "\(original.method)")
            for (a, b) in zip(original.entries, rescaled.entries) { #expect(abs(a.score - b.score) < 1e-9, "\(original.method)") }
        }
    }

    @Test(arguments: seeds)
    func theOrderOfOptionsAndCriteriaChangesNothing(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        var random = SplitMix64(state: seed &* 7919)
        var shuffled = study
        shuffled.policies.shuffle(using: &random)
        shuffled.criteria.shuffle(using: &random)
        for choice in Self.choices {
            let a = try RankingEngine.rank(study, options: choice), b = try RankingEngine.rank(shuffled, options: choice)
            #expect(a.entries.map(\.id) == b.entries.map(\.id), "\(a.method)")
            #expect(a.entries.map(\.rank) == b.entries.map(\.rank), "\(a.method)")
            for (x, y) in zip(a.entries, b.entries) { #expect(abs(x.score - y.score) < 1e-9, "\(a.method)") }
        }
    }

    @Test(arguments: seeds)
    func improvingAScoreNeverLowersTheOptionsScore(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        let before = try RankingEngine.rank(study)
        var improved = study
        let leaf = study.leaves[0]
        guard case .point(.number(let value)) = study.policies[2].score(for: leaf.id.value)?.value.value else { return }
        let better = leaf.direction?.value == .benefit ? value + 2 : max(0.5, value - 2)
        var scores = Dictionary(uniqueKeysWithValues: study.policies[2].scores.map { ($0.criterion.value, $0.value.value) })
        scores[leaf.id.value] = .point(.number(better))
        improved.policies[2] = StudyBuilder.policy("o2", scores)
        let after = try RankingEngine.rank(improved)
        let old = try #require(before.entries.first { $0.id == "o2" }), new = try #require(after.entries.first { $0.id == "o2" })
        #expect(new.score >= old.score - 1e-12)
        #expect(new.rank <= old.rank)
    }

    @Test(arguments: Methods.names)
    func identicalOptionsTie(method: String) throws {
        var study = Self.randomStudy(seed: 99)
        study.policies[3] = StudyBuilder.policy("twin", Dictionary(uniqueKeysWithValues: study.policies[2].scores.map { ($0.criterion.value, $0.value.value) }))
        let ranking = try RankingEngine.rank(study, options: RankOptions(method: method))
        let ranks = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.id, $0.rank) })
        #expect(ranks["twin"] == ranks["o2"])
    }

    @Test func equalScoresShareARankAndTheNextRankSkips() {
        let ranked = CompetitionRanking.rank(scores: [0.5, 0.9, 0.5 + 1e-12, 0.1], ids: ["d", "a", "c", "b"], better: .higher)
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.index) == [1, 2, 0, 3])  // the tied pair listed by id: c before d
        let lowerBetter = CompetitionRanking.rank(scores: [0.3, 0.1, 0.1], ids: ["a", "b", "c"], better: .lower)
        #expect(lowerBetter.map(\.rank) == [1, 1, 3])
    }
}
