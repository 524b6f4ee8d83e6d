import Foundation

/// A ranking as `diff` compares it: from a study ranked now, or from a saved
/// `rank --format json` result.
public struct RankingSnapshot: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var rank: Int
        public var id: String
        public var name: String
        public var score: Double
    }

    public var method: String
    public var normalization: String
    public var better: ScoreOrder
    public var entries: [Entry]

    public init(_ ranking: Ranking) {
        method = ranking.method
        normalization = ranking.normalization.rawValue
        better = ranking.better
        entries = ranking.entries.map { Entry(rank: $0.rank, id: $0.id, name: $0.name, score: $0.score) }
    }

    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads a `rank --format json` file.
    public static func load(json path: String) throws(ReadError) -> RankingSnapshot {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "cannot read '\(path)'") }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let method = root["method"] as? [String: Any], let name = method["name"] as? String,
            let ranking = root["ranking"] as? [[String: Any]]
        else {
            throw ReadError(description: "'\(path)' is not a `policyrank rank --format json` result (expected \"method\" and \"ranking\")")
        }
        var entries: [Entry] = []
        for (index, item) in ranking.enumerated() {
            guard let id = item["id"] as? String, let rankNumber = item["rank"] as? NSNumber,
                let score = (item["score"] as? NSNumber)?.doubleValue, score.isFinite,
                rankNumber.doubleValue >= 1, rankNumber.doubleValue <= Double(Int32.max), rankNumber.doubleValue == rankNumber.doubleValue.rounded()
            else {
                throw ReadError(
                    description: "'\(path)': ranking entry \(index + 1) needs \"id\", a finite \"score\" and a whole \"rank\" from 1 to \(Int32.max)")
            }
            entries.append(Entry(rank: rankNumber.intValue, id: id, name: item["name"] as? String ?? id, score: score))
        }
        let better = ScoreOrder(rawValue: root["better"] as? String ?? "higher") ?? .higher
        return RankingSnapshot(method: name, normalization: method["normalization"] as? String ?? "", better: better, entries: entries)
    }

    init(method: String, normalization: String, better: ScoreOrder, entries: [Entry]) {
        self.method = method
        self.normalization = normalization
        self.better = better
        self.entries = entries
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }
}

/// How each option's rank and score differ between two rankings.
public struct RankingComparison: Sendable {
    public struct Move: Sendable {
        public var id: String
        public var name: String
        public var oldRank: Int?
        public var newRank: Int?
        public var oldScore: Double?
        public var newScore: Double?

        /// Positive when the option moved up (its rank number fell).
        public var rankChange: Int? {
            guard let oldRank, let newRank else { return nil }
            return oldRank - newRank
        }

        public var scoreChange: Double? {
            guard let oldScore, let newScore else { return nil }
            return newScore - oldScore
        }
    }

    /// Options in the new order, then those only in the old ranking.
    public var moves: [Move]

    public init(old: RankingSnapshot, new: RankingSnapshot) {
        // Lookup tables, not a search per option: quadratic at 100,000 options.
        let oldByID = Dictionary(old.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.entries.map(\.id))
        var moves = new.entries.map { entry in
            let before = oldByID[entry.id]
            return Move(id: entry.id, name: entry.name, oldRank: before?.rank, newRank: entry.rank, oldScore: before?.score, newScore: entry.score)
        }
        for entry in old.entries where !newIDs.contains(entry.id) {
            moves.append(Move(id: entry.id, name: entry.name, oldRank: entry.rank, newRank: nil, oldScore: entry.score, newScore: nil))
        }
        self.moves = moves
    }

    /// True when any option's rank changed, or options came or went.
    public var rankingChanged: Bool {
        moves.contains { $0.oldRank != $0.newRank }
    }

    /// Options ranked in both whose rank changed (an added or removed option is not a move).
    public var movers: [Move] { moves.filter { $0.oldRank != nil && $0.newRank != nil && $0.oldRank != $0.newRank } }

    /// Options only in the new ranking.
    public var added: [Move] { moves.filter { $0.oldRank == nil } }

    /// Options only in the old ranking.
    public var removed: [Move] { moves.filter { $0.newRank == nil } }

    public var largestScoreChange: Double {
        moves.compactMap(\.scoreChange).map(abs).max() ?? 0
    }
}
