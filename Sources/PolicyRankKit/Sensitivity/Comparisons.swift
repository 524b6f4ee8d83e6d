/// The study ranked by every method, with rank correlations between the rankings.
public struct MethodComparison: Sendable {
    public var methods: [String]
    public var rankings: [String: Ranking]
    /// nil where a ranking is all ties (the correlation is undefined).
    public var spearman: [String: [String: Double?]]
    public var kendall: [String: [String: Double?]]

    public static func compute(_ base: RankedProblem, methods requested: [String]? = nil) throws(RankError) -> MethodComparison {
        let methods = requested ?? Methods.names(ranking: base.problem.options.count)
        let rankings = Dictionary(try base.rankings(methods: methods), uniquingKeysWith: { first, _ in first })
        let ids = base.problem.optionIds
        // A degenerate result is not a ranking: it is neither correlated nor shown as one.
        let ranks = rankings.filter { $0.value.degeneracy == nil }.mapValues { RankCorrelation.averageRanks($0, ids: ids) }
        var spearman: [String: [String: Double?]] = [:], kendall: [String: [String: Double?]] = [:]
        for a in methods {
            for b in methods {
                guard let x = ranks[a], let y = ranks[b] else { continue }
                spearman[a, default: [:]][b] = RankCorrelation.spearman(x, y)
                kendall[a, default: [:]][b] = RankCorrelation.kendall(x, y)
            }
        }
        return MethodComparison(methods: methods, rankings: rankings, spearman: spearman, kendall: kendall)
    }
}

/// The ranking under each stakeholder perspective and whether its weights change the top.
public struct PerspectiveComparison: Sendable {
    public struct Entry: Sendable {
        public var perspective: String
        public var name: String
        public var ranking: Ranking
        /// True when this perspective's top differs from the default weights' top.
        public var changesTop: Bool
        /// Why its top beats the default top, when it changes: the largest differences.
        public var explanation: Explanation?
    }

    public var baseline: Ranking
    public var entries: [Entry]

    public static func compute(_ base: RankedProblem) throws(RankError) -> PerspectiveComparison {
        let views = base.problem.perspectives
        let rankings = try base.rankings(perspectives: [nil] + views.map(\.perspective))
        let baseline = rankings[0].ranking
        var entries: [Entry] = []
        for (perspective, (_, ranking)) in zip(views, rankings.dropFirst()) {
            let changes = ranking.top?.id != baseline.top?.id
            var explanation: Explanation?
            if changes, let top = ranking.top?.id, let old = baseline.top?.id {
                explanation = try? Explanation(ranking: ranking, top, old)
            }
            entries.append(
                Entry(perspective: perspective.perspective ?? "", name: perspective.name, ranking: ranking, changesTop: changes, explanation: explanation))
        }
        return PerspectiveComparison(baseline: baseline, entries: entries)
    }

    /// Each rankable participant's ranking (their weights and score overrides, the plan's
    /// method and settings) against the base ranking; `perspective` holds the participant id.
    public static func participants(_ base: RankedProblem) -> PerspectiveComparison {
        let baseline = base.ranking
        let entries = base.participantRankings().map { view, ranked in
            let ranking = ranked.ranking
            let changes = ranking.top?.id != baseline.top?.id
            var explanation: Explanation?
            if changes, let top = ranking.top?.id, let old = baseline.top?.id { explanation = try? Explanation(ranking: ranking, top, old) }
            return Entry(perspective: view.id, name: view.name, ranking: ranking, changesTop: changes, explanation: explanation)
        }
        return PerspectiveComparison(baseline: baseline, entries: entries)
    }
}
