/// VIKOR (Opricovic & Tzeng 2004, EJOR 156(2), eq. 1–4): with f*_j the best and f⁻_j the
/// worst value of criterion j,
///   S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j)   (group utility),
///   R_i = max_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) (individual regret),
///   Q_i = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*); lower Q is better.
/// It normalizes by (f* − f⁻) itself, so it takes only `none`. A criterion whose values are
/// all equal contributes 0, and so does a Q term whose range is 0 (docs/DESIGN.md §2).
public struct VIKOR: AggregationMethod {
    public init() {}

    public let name = "vikor"
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters = [MethodParameter(name: "v", defaultValue: 0.5, range: 0...1, summary: "weight of the strategy of the majority of criteria (group utility)")]
    public let better = ScoreOrder.lower
    public let summary = "compromise ranking by S, R and Q (Opricovic & Tzeng 2004)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let v = parameters["v"] ?? 0.5
        // The terms `explain` compares are the regrets, negated so that higher favours the option.
        let terms = Self.regretTerms(matrix)
        let s = terms.reduceRows { -$0.reduce(0, +) }
        let r = terms.reduceRows { -($0.min() ?? 0) }
        let q = Self.q(s: s, r: r, v: v)
        return MethodOutput(
            scores: q,
            details: [MethodDetail("S", s), MethodDetail("R", r), MethodDetail("Q", q)],
            terms: terms,
            compromise: Self.compromiseSet(ids: matrix.options, s: s, r: r, q: q))
    }

    /// −w_j (f*_j − f_ij)/(f*_j − f⁻_j) per option and criterion: each weighted regret, negated.
    static func regretTerms(_ matrix: DecisionMatrix) -> Matrix {
        let normalized = matrix.normalized(.none)
        let (ideal, antiIdeal) = normalized.extremes()
        let factor = (0..<normalized.criterionCount).map { j in
            let span = ideal[j] - antiIdeal[j]
            return span == 0 ? 0 : normalized.weights[j] / span
        }
        return normalized.values.mapRows { row, target in
            for j in row.indices { target[j] = factor[j] * (row[j] - ideal[j]) }
        }
    }

    static func q(s: [Double], r: [Double], v: Double) -> [Double] {
        let sBest = s.min() ?? 0, sWorst = s.max() ?? 0, rBest = r.min() ?? 0, rWorst = r.max() ?? 0
        return s.indices.map { i in
            let groupTerm = sWorst == sBest ? 0 : (s[i] - sBest) / (sWorst - sBest)
            let regretTerm = rWorst == rBest ? 0 : (r[i] - rBest) / (rWorst - rBest)
            return v * groupTerm + (1 - v) * regretTerm
        }
    }

    /// The compromise solution (Opricovic & Tzeng 2004, §3 step 5). With a′ best by Q and a″
    /// second: C1 acceptable advantage Q(a″) − Q(a′) ≥ DQ = 1/(m − 1); C2 acceptable
    /// stability, a′ also best by S or by R. Both hold: {a′}. Only C1 fails: a′ … a⁽ᴹ⁾, all
    /// options with Q − Q(a′) < DQ. Only C2 fails: {a′, a″}.
    /// Returns option indices, best by Q first.
    public static func compromiseSet(ids: [String], s: [Double], r: [Double], q: [Double]) -> [Int] {
        let order = CompetitionRanking.rank(scores: q, ids: ids, better: .lower).map(\.index)
        guard let first = order.first else { return [] }
        guard order.count > 1 else { return [first] }
        let dq = 1 / Double(ids.count - 1)
        let second = order[1]
        let advantage = q[second] - q[first] >= dq - CompetitionRanking.tolerance
        let bestS = s.min() ?? 0, bestR = r.min() ?? 0
        let stable = abs(s[first] - bestS) <= CompetitionRanking.tolerance || abs(r[first] - bestR) <= CompetitionRanking.tolerance
        if !advantage {
            return order.filter { q[$0] - q[first] < dq - CompetitionRanking.tolerance }
        }
        return stable ? [first] : [first, second]
    }
}
