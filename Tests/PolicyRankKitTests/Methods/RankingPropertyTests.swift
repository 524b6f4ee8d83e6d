import Testing
@testable import PolicyRankKit

/// Properties every ranking must keep, over seeded random studies.
@Suite struct RankingPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    static func randomStudy(seed: UInt64, options: Int = 6, criteria: Int = 5) -> Study {
        var random = SplitMix64(state: seed)
        let leaves = (0..<criteria).map { j in
            StudyBuilder.leaf("c\(j)", Bool.random(using: &random) ? .benefit : .cost,
                              weight: Double.random(in: 0.1...10, using: &random))
        }
        let rows = (0..<options).map { i in
            ("o\(i)", (0..<criteria).map { _ in Double(Int.random(in: 0...10, using: &random)) })
        }
        return StudyBuilder.study(criteria: leaves, options: rows)
    }

    static let normalizations: [Normalization] = [.scale, .minmax, .max, .vector]

    @Test(arguments: seeds)
    func aDominatingOptionNeverRanksBelowTheOneItDominates(seed: UInt64) throws {
        var study = Self.randomStudy(seed: seed)
        // Make o0 at least as good as o1 everywhere and strictly better on c0.
        let leaves = study.leaves
        var scores: [String: Score] = [:]
        for (j, leaf) in leaves.enumerated() {
            guard case .point(.number(let other)) = study.policies[1].score(for: leaf.id.value)?.value.value else { continue }
            let better = leaf.direction?.value == .benefit ? min(10, other + (j == 0 ? 1 : 0)) : max(0, other - (j == 0 ? 1 : 0))
            scores[leaf.id.value] = .point(.number(better))
        }
        study.policies[0] = StudyBuilder.policy("o0", scores)
        for normalization in Self.normalizations {
            let ranking = try RankingEngine.rank(study, options: RankOptions(normalization: normalization.rawValue))
            let rank = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.id, $0.rank) })
            #expect(try #require(rank["o0"]) <= #require(rank["o1"]), "\(normalization)")
        }
    }

    @Test(arguments: seeds)
    func scalingAllWeightsChangesNothing(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        var scaled = study
        scaled.criteria = study.criteria.map { var c = $0; c.weight?.value *= 37.5; return c }
        let original = try RankingEngine.rank(study)
        let rescaled = try RankingEngine.rank(scaled)
        #expect(original.entries.map(\.id) == rescaled.entries.map(\.id))
        for (a, b) in zip(original.entries, rescaled.entries) { #expect(abs(a.score - b.score) < 1e-12) }
    }

    @Test(arguments: seeds)
    func theOrderOfOptionsAndCriteriaChangesNothing(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        var random = SplitMix64(state: seed &* 7919)
        var shuffled = study
        shuffled.policies.shuffle(using: &random)
        shuffled.criteria.shuffle(using: &random)
        let a = try RankingEngine.rank(study), b = try RankingEngine.rank(shuffled)
        #expect(a.entries.map(\.id) == b.entries.map(\.id))
        #expect(a.entries.map(\.rank) == b.entries.map(\.rank))
        for (x, y) in zip(a.entries, b.entries) { #expect(abs(x.score - y.score) < 1e-12) }
    }

    @Test(arguments: seeds)
    func improvingAScoreNeverLowersTheOptionsScore(seed: UInt64) throws {
        let study = Self.randomStudy(seed: seed)
        let before = try RankingEngine.rank(study)
        var improved = study
        let leaf = study.leaves[0]
        guard case .point(.number(let value)) = study.policies[2].score(for: leaf.id.value)?.value.value else { return }
        let better = leaf.direction?.value == .benefit ? min(10, value + 2) : max(0, value - 2)
        var scores = Dictionary(uniqueKeysWithValues: study.policies[2].scores.map { ($0.criterion.value, $0.value.value) })
        scores[leaf.id.value] = .point(.number(better))
        improved.policies[2] = StudyBuilder.policy("o2", scores)
        let after = try RankingEngine.rank(improved)
        let old = try #require(before.entries.first { $0.id == "o2" }), new = try #require(after.entries.first { $0.id == "o2" })
        #expect(new.score >= old.score - 1e-12)
        #expect(new.rank <= old.rank)
    }

    @Test func equalScoresShareARankAndTheNextRankSkips() {
        let ranked = CompetitionRanking.rank(scores: [0.5, 0.9, 0.5 + 1e-12, 0.1], ids: ["d", "a", "c", "b"], better: .higher)
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranked.map(\.index) == [1, 2, 0, 3]) // the tied pair listed by id: c before d
        let lowerBetter = CompetitionRanking.rank(scores: [0.3, 0.1, 0.1], ids: ["a", "b", "c"], better: .lower)
        #expect(lowerBetter.map(\.rank) == [1, 1, 3])
    }
}
