import Testing

@testable import PolicyRankKit

/// A ranking can say that two options cannot be compared (the outranking methods of the
/// partial-rankings issue produce such rankings); a complete ranking is unchanged.
@Suite struct PartialRankingTests {
    /// a is preferred to c and d, b to d, c to d; b and c are indifferent; a and b are
    /// incomparable, so both are on top without being tied.
    static let relations = OutrankingRelations(ids: ["a", "b", "c", "d"]) { x, y in
        switch (x, y) {
        case (0, 1): .incomparable
        case (0, 2), (0, 3), (1, 3), (2, 3): .preferred
        case (1, 2): .indifferent
        default: .indifferent
        }
    }

    static var ranking: Ranking {
        let ids = relations.ids
        let entries = ids.indices.map { i in
            Ranking.Entry(rank: relations.rank(i), id: ids[i], name: ids[i].uppercased(), score: 0)
        }.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
        var ranking = Ranking(
            title: nil, method: "test", normalization: .none, parameters: [], perspective: nil, better: .higher,
            criteria: [], entries: entries, compromise: nil)
        ranking.relations = relations
        return ranking
    }

    @Test func relationsAreConverseAndRanksCountThoseAbove() {
        let r = Self.relations
        #expect(r.relation("c", "a") == .preferredBy)
        #expect(r.relation("b", "a") == .incomparable)
        #expect(r.relation("a", "a") == .indifferent)
        #expect(r.ids.indices.map(r.rank) == [1, 1, 2, 4])
        #expect(r.incomparablePairs.map { [$0.0, $0.1] } == [["a", "b"]])
    }

    @Test func aPartialRankingSaysWhichOptionsAreIncomparable() {
        let ranking = Self.ranking
        #expect(ranking.isPartial)
        #expect(ranking.incomparable("a", "b"))
        #expect(!ranking.incomparable("a", "c"))
        let table = RankingTableRenderer.render(ranking)
        #expect(table.contains("Incomparable (neither is preferred; each is better where the other is worse): a and b."))
    }

    @Test func jsonListsEveryOrderedPair() {
        let json = RankingJSONRenderer.render(Self.ranking)
        #expect(json.contains("\"relations\""))
        #expect(json.contains("\"b\": {\n      \"a\": \"R\""))
        #expect(json.contains("\"c\": \"P\""))
        #expect(json.contains("\"a\": \"P-\""))
    }

    @Test func aCompleteRankingHasNoRelations() throws {
        let ranking = try RankingPropertyTests.randomStudy(seed: 2).ranked().ranking
        #expect(ranking.relations == nil)
        #expect(!ranking.isPartial)
        #expect(!RankingJSONRenderer.render(ranking).contains("relations"))
    }
}
