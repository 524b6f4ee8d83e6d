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
    public let parameters = [
        MethodParameter(name: "v", defaultValue: 0.5, range: 0...1, summary: "weight of the strategy of the majority of criteria (group utility)")
    ]
    public let better = ScoreOrder.lower
    public let summary = "compromise ranking by S, R and Q (Opricovic & Tzeng 2004)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let v = input.parameters["v"] ?? 0.5
        Self.regrets(input, workspace)
        let n = workspace.rows, m = workspace.columns, regret = workspace.normalized
        let s = workspace.option(0), r = workspace.option(1)
        for i in 0..<n {
            var sum = 0.0, least = 0.0
            for j in 0..<m {
                sum += regret[i * m + j]
                least = j == 0 ? regret[i * m + j] : min(least, regret[i * m + j])
            }
            (s[i], r[i]) = (-sum, -least)
        }
        Self.q(s: s, r: r, v: v, into: scores)
    }

    /// −w_j (f*_j − f_ij)/(f*_j − f⁻_j) per option and criterion, into the workspace's
    /// normalized matrix: each weighted regret, negated so that higher favours the option
    /// (the terms `explain` compares).
    static func regrets(_ input: ScoringInput, _ workspace: ScoringWorkspace) {
        workspace.normalize(input.values, .none)
        workspace.extremes(ideal: 0, antiIdeal: 1)
        let m = workspace.columns, ideal = workspace.column(0), antiIdeal = workspace.column(1), factor = workspace.column(2)
        for j in 0..<m {
            let span = ideal[j] - antiIdeal[j]
            factor[j] = span == 0 ? 0 : input.weights[j] / span
        }
        for i in 0..<workspace.rows {
            for j in 0..<m { workspace.normalized[i * m + j] = factor[j] * (workspace.normalized[i * m + j] - ideal[j]) }
        }
        workspace.normalizedOverwritten()
    }

    static func q(s: UnsafeMutableBufferPointer<Double>, r: UnsafeMutableBufferPointer<Double>, v: Double, into q: UnsafeMutableBufferPointer<Double>) {
        let n = q.count
        guard n > 0 else { return }
        var sBest = s[0], sWorst = s[0], rBest = r[0], rWorst = r[0]
        for i in 0..<n {
            (sBest, sWorst) = (min(sBest, s[i]), max(sWorst, s[i]))
            (rBest, rWorst) = (min(rBest, r[i]), max(rWorst, r[i]))
        }
        for i in 0..<n {
            let groupTerm = sWorst == sBest ? 0 : (s[i] - sBest) / (sWorst - sBest)
            let regretTerm = rWorst == rBest ? 0 : (r[i] - rBest) / (rWorst - rBest)
            q[i] = v * groupTerm + (1 - v) * regretTerm
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let q = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let s = workspace.optionValues(0), r = workspace.optionValues(1)
        return MethodOutput(
            scores: q,
            details: [MethodDetail("S", s), MethodDetail("R", r), MethodDetail("Q", q)],
            terms: workspace.normalizedMatrix,
            compromise: Self.compromiseSet(ids: matrix.options, s: s, r: r, q: q))
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
