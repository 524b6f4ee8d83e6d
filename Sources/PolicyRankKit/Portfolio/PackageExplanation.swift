/// `explain` on packages (`policyrank explain community+diplomacy_kabul military`): what each
/// member and each interaction contributes to a package's score, how each criterion's
/// combined score comes from the members' scores, and how it compares with another package.
///
/// Contributions are leave-one-out: the package's score minus its score without the member
/// (or with the interaction switched off), every other member and interaction kept. That is
/// exact for any method that scores a package alone and needs no additivity; for `wsm` under
/// `max`, a member that decides no criterion contributes only its costs.
public struct PackageExplanation: Sendable {
    public struct Member: Sendable {
        public var id: String
        /// Score with the member minus score without it; nil for a package of one.
        public var contribution: Double?
    }

    public struct InteractionPart: Sendable {
        public var members: [String]
        public var deltas: [(criterion: String, delta: Double)]
        public var note: String?
        public var contribution: Double
    }

    public struct CriterionPart: Sendable {
        public var id: String
        public var rule: CombineRule
        /// Each member's own score on it, in member order.
        public var memberScores: [Double]
        /// After combining, interactions and clamping.
        public var combined: Double
    }

    public struct Side: Sendable {
        public var members: [String]
        public var score: Double
        public var memberParts: [Member]
        public var interactions: [InteractionPart]
        public var criteria: [CriterionPart]
        /// Whether the package meets the portfolio's constraints.
        public var feasible: Bool
        /// The constraints it breaks, in words.
        public var broken: [String]
    }

    public var method: String
    public var normalization: String
    public var better: ScoreOrder
    public var first: Side
    public var second: Side?

    public enum Failure: Error, CustomStringConvertible {
        case unknownMeasure(String, valid: [String])
        case repeated(String)

        public var description: String {
            switch self {
            case .unknownMeasure(let id, let valid):
                "unknown measure '\(id)'\(Suggestion.hint(for: id, in: valid)); measures: \(valid.joined(separator: ", "))"
            case .repeated(let id): "'\(id)' is listed twice in one package"
            }
        }
    }

    /// Parses "a+b+c" into a package of the portfolio's measures.
    public static func members(_ text: String, in problem: DecisionProblem, portfolio: PortfolioProblem) throws(Failure) -> UInt64 {
        let ids = portfolio.measures.map { problem.options[$0].id }
        var mask: UInt64 = 0
        for id in text.split(separator: "+", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let position = ids.firstIndex(of: id) else { throw .unknownMeasure(id, valid: ids) }
            guard mask & PortfolioProblem.bit(position) == 0 else { throw .repeated(id) }
            mask |= PortfolioProblem.bit(position)
        }
        return mask
    }

    public init(_ problem: DecisionProblem, portfolio: PortfolioProblem, plan: RankingPlan, _ a: UInt64, versus b: UInt64?) throws(RankError) {
        guard plan.method.scoresEachOptionAlone(plan.normalization) else {
            throw .methodCannotRankPackages(
                method: plan.method.name, normalization: plan.normalization.rawValue, methods: PortfolioAnalysis.methodsThatScoreAlone())
        }
        let search = PackageSearch(problem: problem, portfolio: portfolio, plan: plan)
        method = plan.method.name
        normalization = plan.normalization.rawValue
        better = plan.method.better
        first = Self.side(a, problem, portfolio, plan, search)
        second = b.map { Self.side($0, problem, portfolio, plan, search) }
    }

    private static func side(_ mask: UInt64, _ problem: DecisionProblem, _ portfolio: PortfolioProblem, _ plan: RankingPlan, _ search: PackageSearch) -> Side {
        let ids = portfolio.measures.map { problem.options[$0].id }
        let positions = PortfolioProblem.positions(mask)
        let sign = plan.method.better == .higher ? 1.0 : -1.0
        return plan.weights.withUnsafeBufferPointer { weights in
            let (score, combined) = search.score(mask, weights: weights)
            let members = positions.map { p -> Member in
                let rest = mask & ~PortfolioProblem.bit(p)
                return Member(id: ids[p], contribution: rest == 0 ? nil : sign * (score - search.score(rest, weights: weights).score))
            }
            let interactions = portfolio.interactions.enumerated().filter { $0.element.mask & mask == $0.element.mask }.map { t, interaction in
                InteractionPart(
                    members: interaction.members.map { ids[$0] }, deltas: interaction.deltas.map { (problem.leaves[$0.leaf].id, $0.delta) },
                    note: interaction.note, contribution: sign * (score - search.score(mask, weights: weights, without: t).score))
            }
            let m = problem.leaves.count
            let criteria = problem.leaves.indices.map { j in
                CriterionPart(
                    id: problem.leaves[j].id, rule: portfolio.combine[j], memberScores: positions.map { portfolio.raw[portfolio.measures[$0] * m + j] },
                    combined: combined[j])
            }
            return Side(
                members: positions.map { ids[$0] }, score: score, memberParts: members, interactions: interactions, criteria: criteria,
                feasible: search.isFeasibleSet(mask) && brokenBudgets(combined, portfolio, problem).isEmpty,
                broken: brokenRules(mask, portfolio, ids) + brokenBudgets(combined, portfolio, problem))
        }
    }

    private static func brokenBudgets(_ combined: [Double], _ portfolio: PortfolioProblem, _ problem: DecisionProblem) -> [String] {
        portfolio.budgets.filter { combined[$0.leaf] > $0.limit }.map {
            "uses \(NumberFormat.plain(PortfolioText.rounded(combined[$0.leaf]))) of \(problem.leaves[$0.leaf].id), over the budget of \(NumberFormat.plain($0.limit))"
        }
    }

    private static func brokenRules(_ mask: UInt64, _ portfolio: PortfolioProblem, _ ids: [String]) -> [String] {
        var broken: [String] = []
        let count = mask.nonzeroBitCount
        if let size = portfolio.maxSize, count > size { broken.append("has \(count) measures, more than max_size \(size)") }
        for group in portfolio.exclusive where group.filter({ mask & PortfolioProblem.bit($0) != 0 }).count > 1 {
            broken.append("holds " + group.filter { mask & PortfolioProblem.bit($0) != 0 }.map { ids[$0] }.joined(separator: " and ") + ", which are exclusive")
        }
        for p in PortfolioProblem.positions(mask) {
            let missing = portfolio.requires[p].filter { mask & PortfolioProblem.bit($0) == 0 }
            if !missing.isEmpty { broken.append("\(ids[p]) requires \(missing.map { ids[$0] }.joined(separator: " and "))") }
        }
        return broken
    }
}
