/// COPRAS (Zavadskas, Kaklauskas & Šarka 1994, Technological and Economic Development of
/// Economy 1(3); the classic formula): d_ij = w_j x_ij / Σ_i x_ij on raw values, S⁺_i and S⁻_i
/// the sums over benefit and cost criteria, and the relative significance
///   Q_i = S⁺_i + (S⁻_min · Σ_k S⁻_k) / (S⁻_i · Σ_k S⁻_min/S⁻_k);
/// higher is better; `utility` N_i = 100 Q_i/Q_max. It normalizes by column sums itself, so it
/// takes only `none`. Values should be positive, as in the paper. A column summing to 0
/// contributes 0; an option with S⁻_i = 0 while others have costs is given half the smallest
/// positive S⁻ instead of dividing by zero, which keeps it first on that term.
public struct COPRAS: AggregationMethod {
    public init() {}

    public let name = "copras"
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "complex proportional assessment (Zavadskas et al. 1994), own sum normalization"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let m = matrix.columns.count
        var totals = [Double](repeating: 0, count: m)
        matrix.values.forEachRow { _, row in for j in 0..<m { totals[j] += row[j] } }
        // d_ij = w_j x_ij / Σ_i x_ij, signed: positive for a benefit, negative for a cost.
        let factor = (0..<m).map { j -> Double in
            guard totals[j] != 0 else { return 0 }
            let share = matrix.columns[j].weight / totals[j]
            return matrix.columns[j].direction == .benefit ? share : -share
        }
        let terms = matrix.values.mapRows { row, target in
            for j in 0..<m { target[j] = factor[j] * row[j] }
        }
        let benefit = matrix.columns.map { $0.direction == .benefit }
        let plus = terms.reduceRows { row in (0..<m).reduce(0.0) { benefit[$1] ? $0 + row[$1] : $0 } }
        let minus = terms.reduceRows { row in (0..<m).reduce(0.0) { benefit[$1] ? $0 : $0 - row[$1] } }
        let q = Self.relativeSignificance(plus: plus, minus: minus)
        let best = q.max() ?? 0
        return MethodOutput(scores: q, details: [
            MethodDetail("S_plus", plus), MethodDetail("S_minus", minus),
            MethodDetail("utility", q.map { best == 0 ? 0 : 100 * $0 / best }),
        ], terms: terms)
    }

    static func relativeSignificance(plus: [Double], minus: [Double]) -> [Double] {
        let positive = minus.filter { $0 > 0 }
        guard let smallest = positive.min() else { return plus }
        let adjusted = minus.map { $0 > 0 ? $0 : smallest / 2 }
        let minimum = adjusted.min() ?? smallest
        let total = adjusted.reduce(0, +)
        let ratioSum = adjusted.reduce(0) { $0 + minimum / $1 }
        return plus.indices.map { plus[$0] + (minimum * total) / (adjusted[$0] * ratioSum) }
    }
}
