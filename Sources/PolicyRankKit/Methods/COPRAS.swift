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

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let n = workspace.rows, m = workspace.columns, x = input.values
        let factor = workspace.column(0)
        for j in 0..<m { factor[j] = 0 }
        for i in 0..<n {
            for j in 0..<m { factor[j] += x[i * m + j] }
        }
        // d_ij = w_j x_ij / Σ_i x_ij, signed: positive for a benefit, negative for a cost.
        for j in 0..<m {
            guard factor[j] != 0 else { continue }
            let share = input.weights[j] / factor[j]
            factor[j] = workspace.benefit[j] ? share : -share
        }
        let plus = workspace.option(0), minus = workspace.option(1)
        for i in 0..<n {
            var benefits = 0.0, costs = 0.0
            for j in 0..<m {
                let term = factor[j] * x[i * m + j]
                if workspace.benefit[j] { benefits += term } else { costs -= term }
            }
            (plus[i], minus[i]) = (benefits, costs)
        }
        Self.relativeSignificance(plus: plus, minus: minus, adjusted: workspace.option(2), into: scores)
    }

    /// Q_i, with S⁻_i = 0 replaced by half the smallest positive S⁻ (in `adjusted`); Q = S⁺
    /// when no option has a cost.
    static func relativeSignificance(
        plus: UnsafeMutableBufferPointer<Double>, minus: UnsafeMutableBufferPointer<Double>,
        adjusted: UnsafeMutableBufferPointer<Double>, into q: UnsafeMutableBufferPointer<Double>
    ) {
        let n = q.count
        var smallest = Double.infinity
        for i in 0..<n where minus[i] > 0 { smallest = min(smallest, minus[i]) }
        guard smallest.isFinite else {
            for i in 0..<n { q[i] = plus[i] }
            return
        }
        var minimum = Double.infinity, total = 0.0
        for i in 0..<n {
            adjusted[i] = minus[i] > 0 ? minus[i] : smallest / 2
            minimum = min(minimum, adjusted[i])
            total += adjusted[i]
        }
        var ratioSum = 0.0
        for i in 0..<n { ratioSum += minimum / adjusted[i] }
        for i in 0..<n { q[i] = plus[i] + (minimum * total) / (adjusted[i] * ratioSum) }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let q = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let factor = workspace.column(0)
        let best = q.max() ?? 0
        return MethodOutput(
            scores: q,
            details: [
                MethodDetail("S_plus", workspace.optionValues(0)), MethodDetail("S_minus", workspace.optionValues(1)),
                MethodDetail("utility", q.map { best == 0 ? 0 : 100 * $0 / best }),
            ], terms: workspace.matrix { i, j in factor[j] * matrix.values[i, j] })
    }
}
