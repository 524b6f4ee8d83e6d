import Testing

@testable import PolicyRankKit

/// Ties within 1e-9 grouped as a strict weak ordering: a chain of scores each within the
/// tolerance of the next used to sort by id across the whole chain, so the highest score
/// could rank below the lowest.
@Suite struct TieOrderTests {
    /// Scores 6e-10 apart in a chain of 5: each neighbour pair is "equal", the ends are not.
    @Test(arguments: [ScoreOrder.higher, .lower])
    func aHigherScoreNeverRanksBelowALowerOne(better: ScoreOrder) {
        let step = better == .higher ? -6e-10 : 6e-10
        let scores = (0..<5).map { 1 + Double($0) * step }
        // Ids in reverse of the score order: an id tie-break across the chain would reverse it.
        let ids = ["e", "d", "c", "b", "a"]
        let ranked = CompetitionRanking.rank(scores: scores, ids: ids, better: better)
        var rankOf = [Int](repeating: 0, count: 5)
        for (index, rank) in ranked { rankOf[index] = rank }
        for a in 0..<5 {
            for b in 0..<5 where better == .higher ? scores[a] > scores[b] : scores[a] < scores[b] {
                #expect(rankOf[a] <= rankOf[b], "\(scores[a]) ranks \(rankOf[a]), \(scores[b]) ranks \(rankOf[b])")
            }
        }
        // The group starts at the best score and takes what is within 1e-9 of it: the first
        // two steps (6e-10), not the third (1.2e-9 from the best at the second's end).
        #expect(rankOf == [1, 1, 3, 3, 5])
    }

    /// Many random chains, every order of ids: ranks never invert the scores, and equal
    /// scores always share a rank.
    @Test(arguments: Array(UInt64(1)...UInt64(20)))
    func randomChainsAreMonotone(seed: UInt64) {
        var random = SplitMix64(state: seed)
        let n = Int.random(in: 2...60, using: &random)
        let scores = (0..<n).map { _ in 0.5 + Double(Int.random(in: 0...8, using: &random)) * 4e-10 }
        let ids = (0..<n).map { "o\(Int.random(in: 0...1_000_000, using: &random))-\($0)" }
        let ranked = CompetitionRanking.rank(scores: scores, ids: ids, better: .higher)
        var rankOf = [Int](repeating: 0, count: n)
        for (index, rank) in ranked { rankOf[index] = rank }
        for a in 0..<n {
            for b in 0..<n {
                if scores[a] > scores[b] { #expect(rankOf[a] <= rankOf[b]) }
                if scores[a] == scores[b] { #expect(rankOf[a] == rankOf[b]) }
            }
        }
        // Listed best first, each tie group by id.
        let listed = ranked.map(\.index)
        for (x, y) in zip(listed, listed.dropFirst()) where rankOf[x] == rankOf[y] { #expect(ids[x] < ids[y]) }
        for (x, y) in zip(listed, listed.dropFirst()) { #expect(rankOf[x] <= rankOf[y]) }
    }

    /// Scores at least 1e-6 apart (SMAA's usual sample, which skips the cutting of groups):
    /// each option's rank is 1 + the options scoring higher, under either order.
    @Test(arguments: Array(UInt64(1)...UInt64(12)))
    func wellSeparatedScoresRankByTheirPlace(seed: UInt64) {
        var random = SplitMix64(state: seed)
        let n = Int.random(in: 1...40, using: &random)
        // Distinct multiples of 1e-6, in random order.
        let scores = Array(0..<1_000).shuffled(using: &random).prefix(n).map { Double($0) * 1e-6 }
        let ids = (0..<n).map { "o\($0)" }
        for better in [ScoreOrder.higher, .lower] {
            var rankOf = [Int](repeating: 0, count: n)
            for (index, rank) in CompetitionRanking.rank(scores: scores, ids: ids, better: better) { rankOf[index] = rank }
            let expected = scores.map { score in 1 + scores.filter { better == .higher ? $0 > score : $0 < score }.count }
            #expect(rankOf == expected, "\(better), n = \(n)")
        }
    }

    /// `isFirst`, which SMAA's confidence pass asks instead of ranking, says rank 1 exactly when
    /// `rank` does: on tie chains, under either order, with infinities and NaNs mixed in, and
    /// on both sides of the small-study path (up to 16 options).
    @Test(arguments: Array(UInt64(1)...UInt64(30)))
    func isFirstAgreesWithTheRanking(seed: UInt64) {
        var random = SplitMix64(state: seed)
        let n = Int.random(in: 1...30, using: &random)
        let specials: [Double] = [.infinity, -.infinity, .nan]
        let scores = (0..<n).map { _ in
            Int.random(in: 0..<10, using: &random) == 0
                ? specials[Int.random(in: 0..<3, using: &random)] : 0.5 + Double(Int.random(in: 0...6, using: &random)) * 4e-10
        }
        let ids = (0..<n).map { "o\(Int.random(in: 0...1_000_000, using: &random))-\($0)" }
        var firsts = 0
        for better in [ScoreOrder.higher, .lower] {
            var rankOf = [Int](repeating: 0, count: n)
            for (index, rank) in CompetitionRanking.rank(scores: scores, ids: ids, better: better) { rankOf[index] = rank }
            for i in 0..<n {
                let first = scores.withUnsafeBufferPointer { CompetitionRanking.isFirst(i, $0, better: better) }
                #expect(first == (rankOf[i] == 1), "\(better), option \(i) of \(scores)")
                if first { firsts += 1 }
            }
        }
        #expect(firsts >= 2)  // someone is first under each order
    }

    @Test func competitionRanksSkipAfterATie() {
        let ranked = CompetitionRanking.rank(scores: [0.3, 0.5, 0.5, 0.1], ids: ["a", "b", "c", "d"], better: .higher)
        #expect(ranked.map(\.index) == [1, 2, 0, 3])
        #expect(ranked.map(\.rank) == [1, 1, 3, 4])
    }

    /// Equal infinite scores, and NaN scores (which sort as −inf), tie: inf − inf is NaN,
    /// which no tolerance admits.
    @Test func equalInfiniteOrNaNScoresTie() {
        #expect(CompetitionRanking.rank(scores: [.infinity, .infinity, 1], ids: ["a", "b", "c"], better: .higher).map(\.rank) == [1, 1, 3])
        #expect(CompetitionRanking.rank(scores: [.nan, 2, .nan], ids: ["a", "b", "c"], better: .higher).map(\.rank) == [1, 2, 2])
    }

    @Test func aNaNScoreRanksLast() {
        let ranked = CompetitionRanking.rank(scores: [.nan, 0.2, 0.4], ids: ["a", "b", "c"], better: .higher)
        #expect(ranked.map(\.index) == [2, 1, 0])
    }
}
