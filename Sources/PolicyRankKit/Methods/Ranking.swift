/// A ranked study: what `rank` prints in every format.
public struct Ranking: Sendable {
    public struct Entry: Sendable {
        public var rank: Int
        public var id: String
        public var name: String
        public var score: Double
        /// Criterion id → contribution, in criterion order; nil for non-additive methods.
        public var contributions: [(criterion: String, value: Double)]?
        public var details: [(String, Double)]?
        /// The method's per-criterion terms (higher favours this option), for `explain`.
        public var terms: [(criterion: String, value: Double)]?
        /// Its score minus the baseline's, signed so that positive is better (for a method where
        /// lower is better, the baseline's minus its own); nil without a baseline.
        public var vsBaseline: Double?
        /// The share of samples of the uncertain scores in which it comes first (`FirstPlace`);
        /// nil where the ranking was not sampled (method and perspective comparisons).
        public var pFirst: Double?

        /// The criteria that add most to the score, largest first, ties by id; only positive
        /// contributions (a cost's negative MOORA term adds nothing). Every output that lists
        /// "top contributions" reads them here.
        public func topContributions(_ count: Int = 3) -> [(criterion: String, value: Double)] {
            (contributions ?? [])
                .filter { $0.value > 0 }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.criterion < $1.criterion }
                .prefix(count).map { $0 }
        }
    }

    public struct CriterionWeight: Sendable {
        public var id: String
        public var name: String
        public var weight: Double
        public var direction: Direction
    }

    public var title: String?
    public var method: String
    public var normalization: Normalization
    public var parameters: [(String, Double)]
    public var perspective: String?
    public var better: ScoreOrder
    public var criteria: [CriterionWeight]
    public var entries: [Entry]
    /// VIKOR's compromise solution set, best first.
    public var compromise: [String]?
    /// For a partial ranking, how every pair of options compares; nil for a complete ranking,
    /// where the scores order every pair. Entries' ranks are then 1 + the number of options
    /// preferred to each, so incomparable options can share a rank without being tied.
    public var relations: OutrankingRelations?
    /// ELECTRE III's credibility σ(a, b), in the study's option order (`relations.ids`).
    public var credibility: Matrix?
    /// The status-quo option, when the study marks one.
    public var baseline: String?

    /// Options that rank below the status quo: worse than doing nothing new.
    public var worseThanBaseline: [Entry] {
        guard let baseline, let base = entry(baseline) else { return [] }
        return entries.filter { $0.rank > base.rank }
    }

    /// The ranking measured against `baseline`.
    func withBaseline(_ baseline: String?) -> Ranking {
        guard let baseline, let base = entry(baseline) else { return self }
        var ranking = self
        ranking.baseline = baseline
        let sign = better == .higher ? 1.0 : -1.0
        for k in ranking.entries.indices { ranking.entries[k].vsBaseline = sign * (ranking.entries[k].score - base.score) }
        return ranking
    }

    /// Set when the method cannot rank the study (`Degeneracy`): the entries are then not a
    /// ranking, and method tables and expectations treat them so.
    public var degeneracy: Degeneracy?
    /// How sure the top is, when sampled: see `FirstPlace`.
    public var firstPlace: FirstPlace?

    /// The ranking with each entry's `pFirst` from `firstPlace`.
    public func withFirstPlace(_ firstPlace: FirstPlace) -> Ranking {
        var ranking = self
        ranking.firstPlace = firstPlace
        // One lookup table, not a search per entry: 100,000 options made that 10^10 compares.
        let shares = Dictionary(firstPlace.shares.map { ($0.id, $0.share) }, uniquingKeysWith: { first, _ in first })
        for k in ranking.entries.indices { ranking.entries[k].pFirst = shares[ranking.entries[k].id] }
        return ranking
    }

    /// Whether some options cannot be compared.
    public var isPartial: Bool { relations?.incomparablePairs.isEmpty == false }

    /// Whether the ranking says a and b cannot be compared.
    public func incomparable(_ a: String, _ b: String) -> Bool {
        relations?.relation(a, b) == .incomparable
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

    public var top: Entry? { entries.first }
}
