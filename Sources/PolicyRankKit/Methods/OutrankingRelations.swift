/// How two options compare in a partial ranking (PROMETHEE I, ELECTRE III): the relation of
/// every ordered pair, in the letters docs/DESIGN.md §4.3 fixes for `rank --format json`.
public enum OutrankingRelation: String, Sendable, CaseIterable {
    /// a is preferred to b.
    case preferred = "P"
    /// b is preferred to a.
    case preferredBy = "P-"
    /// Neither is preferred; they are as good as each other.
    case indifferent = "I"
    /// The evidence does not compare them: each is better in ways the other cannot make up.
    case incomparable = "R"

    /// The relation seen from the other option.
    public var converse: OutrankingRelation {
        switch self {
        case .preferred: .preferredBy
        case .preferredBy: .preferred
        case .indifferent, .incomparable: self
        }
    }
}

/// The relation between every ordered pair of options of a partial ranking. A complete
/// ranking has none (`Ranking.relations` is nil): any two options are then ordered by score.
public struct OutrankingRelations: Sendable, Equatable {
    /// Option ids, in the study's order.
    public let ids: [String]
    /// `cells[a * n + b]`: how option a stands against option b.
    private let cells: [OutrankingRelation]

    /// From the relation of each pair a < b (by index); the converse fills the other half.
    public init(ids: [String], relation: (Int, Int) -> OutrankingRelation) {
        let n = ids.count
        var cells = [OutrankingRelation](repeating: .indifferent, count: n * n)
        for a in 0..<n {
            for b in (a + 1)..<max(n, a + 1) {
                let r = relation(a, b)
                cells[a * n + b] = r
                cells[b * n + a] = r.converse
            }
        }
        self.ids = ids
        self.cells = cells
    }

    public func relation(_ a: Int, _ b: Int) -> OutrankingRelation {
        a == b ? .indifferent : cells[a * ids.count + b]
    }

    public func relation(_ a: String, _ b: String) -> OutrankingRelation? {
        guard let i = ids.firstIndex(of: a), let k = ids.firstIndex(of: b) else { return nil }
        return relation(i, k)
    }

    /// 1 + the number of options preferred to option a (DESIGN §4.3's rank of a partial ranking).
    public func rank(_ a: Int) -> Int {
        1 + ids.indices.filter { relation($0, a) == .preferred }.count
    }

    /// Every incomparable pair once, a before b in the study's order.
    public var incomparablePairs: [(String, String)] {
        ids.indices.flatMap { a in ((a + 1)..<max(ids.count, a + 1)).filter { relation(a, $0) == .incomparable }.map { (ids[a], ids[$0]) } }
    }
}
