/// TOPSIS (Hwang & Yoon 1981, ch. 3): the relative closeness C_i = D⁻_i / (D⁺_i + D⁻_i) of
/// each option to the ideal, where D± are Euclidean distances of the weighted normalized
/// row v_ij = w_j·r_ij to the ideal (best per criterion) and anti-ideal (worst) points.
/// Default normalization `vector`, as in the book. docs/DESIGN.md's vector cost column 1 − x/‖x‖ is
/// the mirror of the book's x/‖x‖ with a minimized ideal, so distances (and C) are identical.
/// If an option sits at both points at once (all options equal), C = 0.5.
public struct TOPSIS: AggregationMethod {
    public init() {}

    public let name = "topsis"
    public let defaultNormalization = Normalization.vector
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "closeness to the ideal solution (Hwang & Yoon 1981)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let normalized = matrix.normalized(normalization)
        let weights = normalized.weights
        let (ideal, antiIdeal) = normalized.extremes()
        let points = (0..<normalized.criterionCount).map { j in
            (ideal: ideal[j] * weights[j], antiIdeal: antiIdeal[j] * weights[j])
        }
        let n = normalized.optionCount
        var scores = [Double](repeating: 0, count: n), dPlus = scores, dMinus = scores
        // Per criterion: how much farther from the anti-ideal than from the ideal (squared).
        let terms = Matrix(rowCount: n, columnCount: normalized.criterionCount) { i, target in
            var toIdeal = 0.0, toAntiIdeal = 0.0
            for j in target.indices {
                let value = normalized.values[i, j] * weights[j]
                let fromIdeal = (value - points[j].ideal) * (value - points[j].ideal)
                let fromAntiIdeal = (value - points[j].antiIdeal) * (value - points[j].antiIdeal)
                toIdeal += fromIdeal
                toAntiIdeal += fromAntiIdeal
                target[j] = fromAntiIdeal - fromIdeal
            }
            dPlus[i] = toIdeal.squareRoot()
            dMinus[i] = toAntiIdeal.squareRoot()
            scores[i] = dPlus[i] + dMinus[i] == 0 ? 0.5 : dMinus[i] / (dPlus[i] + dMinus[i])
        }
        return MethodOutput(scores: scores, details: [MethodDetail("d_plus", dPlus), MethodDetail("d_minus", dMinus)], terms: terms)
    }
}
