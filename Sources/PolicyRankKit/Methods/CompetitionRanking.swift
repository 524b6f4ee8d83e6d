/// Ranks with the convention docs/DESIGN.md pins: competition ranking (1, 2, 2, 4), with scores
/// equal within 1e-9 tied. Tied options are listed by id so the output is stable.
public enum CompetitionRanking {
    public static let tolerance = 1e-9

    /// Returns the option indices best first and each one's rank.
    public static func rank(scores: [Double], ids: [String], better: ScoreOrder) -> [(index: Int, rank: Int)] {
        let order = scores.indices.sorted { a, b in
            if abs(scores[a] - scores[b]) > tolerance {
                return better == .higher ? scores[a] > scores[b] : scores[a] < scores[b]
            }
            return ids[a] < ids[b]
        }
        var result: [(index: Int, rank: Int)] = []
        var groupScore = 0.0
        var groupRank = 0
        for (position, index) in order.enumerated() {
            if position == 0 || abs(scores[index] - groupScore) > tolerance {
                groupScore = scores[index]
                groupRank = position + 1
            }
            result.append((index, groupRank))
        }
        return result
    }
}
