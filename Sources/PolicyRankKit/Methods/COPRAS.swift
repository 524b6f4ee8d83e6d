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
        let n = matrix.options.count
        var plus = [Double](repeating: 0, count: n), minus = plus
        var terms = [[Double]](repeating: [Double](repeating: 0, count: matrix.columns.count), count: n)
        for (j, column) in matrix.columns.enumerated() {
            let values = matrix.column(j)
            let total = values.reduce(0, +)
            guard total != 0 else { continue }
            for i in 0..<n {
                let share = column.weight * values[i] / total
                if column.direction == .benefit { plus[i] += share } else { minus[i] += share }
                terms[i][j] = column.direction == .benefit ? share : -share
            }
        }
        let q = Self.relativeSignificance(plus: plus, minus: minus)
        let best = q.max() ?? 0
        return MethodOutput(scores: q, details: q.indices.map {
            [("S_plus", plus[$0]), ("S_minus", minus[$0]), ("utility", best == 0 ? 0 : 100 * q[$0] / best)]
        }, terms: terms)
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
