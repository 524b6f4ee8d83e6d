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

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        workspace.normalize(input.values, input.normalization)
        workspace.extremes(ideal: 0, antiIdeal: 1)
        let r = workspace.normalized, w = input.weights, m = workspace.columns
        // The weighted ideal and anti-ideal points v⁺_j = w_j·best_j, v⁻_j = w_j·worst_j.
        let ideal = workspace.column(0), antiIdeal = workspace.column(1)
        for j in 0..<m {
            ideal[j] *= w[j]
            antiIdeal[j] *= w[j]
        }
        let dPlus = workspace.option(0), dMinus = workspace.option(1)
        for i in 0..<workspace.rows {
            var plus = 0.0, minus = 0.0
            for j in 0..<m {
                let v = r[i * m + j] * w[j]
                plus += (v - ideal[j]) * (v - ideal[j])
                minus += (v - antiIdeal[j]) * (v - antiIdeal[j])
            }
            dPlus[i] = plus.squareRoot()
            dMinus[i] = minus.squareRoot()
            scores[i] = dPlus[i] + dMinus[i] == 0 ? 0.5 : dMinus[i] / (dPlus[i] + dMinus[i])
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        // Per criterion, the term `explain` compares: how much farther from the anti-ideal
        // than from the ideal (squared).
        let ideal = workspace.column(0), antiIdeal = workspace.column(1)
        let terms = workspace.matrix { i, j in
            let v = workspace.normalized[i * workspace.columns + j] * matrix.columns[j].weight
            return (v - antiIdeal[j]) * (v - antiIdeal[j]) - (v - ideal[j]) * (v - ideal[j])
        }
        return MethodOutput(
            scores: scores, details: [MethodDetail("d_plus", workspace.optionValues(0)), MethodDetail("d_minus", workspace.optionValues(1))],
            terms: terms)
    }
}
