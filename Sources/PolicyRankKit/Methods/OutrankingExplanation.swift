/// Why two options compare as they do in a partial ranking (`explain` under PROMETHEE I or
/// ELECTRE III): the relation in words, and the evidence the method reads.
/// - PROMETHEE I: both flows of both options, and which flow favours which (incomparable when
///   one leaves more and the other is entered less).
/// - ELECTRE III: σ(a, b) and σ(b, a), and per criterion the concordance c_j and discordance d_j
///   each way, so the criteria that concord and those that veto are named; and each option's
///   class in the two distillations, whose disagreement is what incomparability means.
public struct OutrankingExplanation: Sendable {
    public struct CriterionEvidence: Sendable {
        public var criterion: String
        public var concordance: (ab: Double, ba: Double)
        public var discordance: (ab: Double, ba: Double)
    }

    public var relation: OutrankingRelation
    public var summary: String
    public var flows: (a: (plus: Double, minus: Double), b: (plus: Double, minus: Double))?
    public var credibility: (ab: Double, ba: Double)?
    public var distillation: (a: (descending: Int, ascending: Int), b: (descending: Int, ascending: Int))?
    public var criteria: [CriterionEvidence] = []

    /// nil when the plan's method ranks completely.
    public init?(_ problem: DecisionProblem, plan: RankingPlan, ranking: Ranking, _ a: String, _ b: String) {
        guard let relations = ranking.relations, let i = problem.optionIds.firstIndex(of: a), let k = problem.optionIds.firstIndex(of: b),
            let relation = relations.relation(a, b)
        else { return nil }
        self.relation = relation
        let words: String =
            switch relation {
            case .preferred: "'\(a)' is preferred to '\(b)'"
            case .preferredBy: "'\(b)' is preferred to '\(a)'"
            case .indifferent: "'\(a)' and '\(b)' are indifferent"
            case .incomparable: "'\(a)' and '\(b)' are incomparable: each is better in a way the other cannot make up"
            }
        if plan.method is PrometheeI, let ea = ranking.entry(a), let eb = ranking.entry(b) {
            let flow = { (entry: Ranking.Entry, name: String) in entry.details?.first { $0.0 == name }?.1 ?? .nan }
            let fa = (flow(ea, "phi_plus"), flow(ea, "phi_minus")), fb = (flow(eb, "phi_plus"), flow(eb, "phi_minus"))
            flows = (fa, fb)
            let leaving = fa.0 > fb.0 ? a : b, entered = fa.1 < fb.1 ? a : b
            summary = "\(words). '\(leaving)' outranks the others more (leaving flow φ⁺); '\(entered)' is outranked less (entering flow φ⁻)."
        } else if plan.method is ElectreIII, let sigma = ranking.credibility {
            credibility = (sigma[i, k], sigma[k, i])
            let matrix = problem.matrix(weights: plan.weights)
            let m = matrix.columns.count
            criteria = (0..<m).map { j in
                let (q, p, v) = matrix.columns[j].preference.outrankingThresholds
                let benefit = matrix.columns[j].direction == .benefit
                func advantage(_ x: Int, _ y: Int) -> Double {
                    benefit ? matrix.values[y, j] - matrix.values[x, j] : matrix.values[x, j] - matrix.values[y, j]
                }
                func concordance(_ d: Double) -> Double { d <= q ? 1 : (d >= p ? 0 : (p - d) / (p - q)) }
                func discordance(_ d: Double) -> Double {
                    guard let v else { return 0 }
                    return d <= p ? 0 : (d >= v ? 1 : (d - p) / (v - p))
                }
                return CriterionEvidence(
                    criterion: matrix.columns[j].id, concordance: (concordance(advantage(i, k)), concordance(advantage(k, i))),
                    discordance: (discordance(advantage(i, k)), discordance(advantage(k, i))))
            }
            if let descending = ranking.entry(a)?.details?.first(where: { $0.0 == "descending" })?.1,
                let ascending = ranking.entry(a)?.details?.first(where: { $0.0 == "ascending" })?.1,
                let descendingB = ranking.entry(b)?.details?.first(where: { $0.0 == "descending" })?.1,
                let ascendingB = ranking.entry(b)?.details?.first(where: { $0.0 == "ascending" })?.1
            {
                distillation = ((Int(descending), Int(ascending)), (Int(descendingB), Int(ascendingB)))
            }
            let vetoes = criteria.filter { $0.discordance.ab >= 1 }.map(\.criterion)
            summary =
                "\(words). σ(\(a), \(b)) = \(NumberFormat.fixed(sigma[i, k], 3)), σ(\(b), \(a)) = \(NumberFormat.fixed(sigma[k, i], 3))"
                + (vetoes.isEmpty ? "." : "; \(vetoes.joined(separator: ", ")) veto\(vetoes.count == 1 ? "es" : "") '\(a)' outranking '\(b)'.")
        } else {
            summary = words + "."
        }
    }
}
