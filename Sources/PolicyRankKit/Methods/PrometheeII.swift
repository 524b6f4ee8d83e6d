/// PROMETHEE II (Brans & Vincke 1985, Management Science 31(6); Brans, Vincke & Mareschal
/// 1986): π(a, b) = Σ_j w_j P_j(g_j(a) − g_j(b)), φ⁺(a) = Σ_b π(a, b)/(n − 1),
/// φ⁻(a) = Σ_b π(b, a)/(n − 1), net flow φ = φ⁺ − φ⁻; higher is better. Preference functions
/// are set per criterion (`preference:`; `usual` when not set) with thresholds in the
/// criterion's own units, so the default normalization is `none`.
///
/// No n × n matrix is built. For the piecewise-linear functions each criterion's flows come
/// from its sorted values and prefix sums in O(n log n) (`PreferenceFlows`); only the
/// Gaussian needs the O(n²) double sum, in O(n) memory.
public struct PrometheeII: AggregationMethod {
    public init() {}

    public let name = "promethee2"
    public let defaultNormalization = Normalization.none
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "net outranking flow (Brans & Vincke 1985)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let normalized = matrix.normalized(normalization)
        let n = normalized.optionCount
        var plus = [Double](repeating: 0, count: n), minus = [Double](repeating: 0, count: n)
        var perCriterion = [[Double]](repeating: [Double](repeating: 0, count: normalized.criterionCount), count: n)
        for j in 0..<normalized.criterionCount {
            // A cost column is a benefit column of negated values.
            let sign = normalized.orientation[j] == .benefit ? 1.0 : -1.0
            let values = normalized.values.map { sign * $0[j] }
            let flows = PreferenceFlows.sums(values, shape: matrix.columns[j].preference)
            let weight = normalized.weights[j]
            for i in 0..<n {
                plus[i] += weight * flows.outgoing[i]
                minus[i] += weight * flows.incoming[i]
                perCriterion[i][j] = weight * (flows.outgoing[i] - flows.incoming[i])
            }
        }
        let divisor = n > 1 ? Double(n - 1) : 1
        let phiPlus = plus.map { $0 / divisor }, phiMinus = minus.map { $0 / divisor }
        let net = zip(phiPlus, phiMinus).map { $0 - $1 }
        return MethodOutput(
            scores: net,
            contributions: perCriterion.map { $0.map { $0 / divisor } },
            details: net.indices.map { [("phi_plus", phiPlus[$0]), ("phi_minus", phiMinus[$0])] })
    }
}
