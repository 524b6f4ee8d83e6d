/// MOORA, ratio system (Brauers & Zavadskas 2006, Control and Cybernetics 35(2), eq. 1–2):
/// r_ij = x_ij / √Σ_i x_ij², y_i = Σ_benefit w_j·r_ij − Σ_cost w_j·r_ij (the paper's
/// unweighted form is the case of equal weights, up to the factor 1/n).
/// With docs/DESIGN.md's vector normalization a cost column arrives as 1 − r_ij, so each cost term
/// is w_j·(1 − r_ij) − w_j: the per-criterion contributions still add up to the paper's y_i.
public struct MOORA: AggregationMethod {
    public init() {}

    public let name = "moora"
    public let defaultNormalization = Normalization.vector
    public let normalizations: [Normalization] = [.vector]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "MOORA ratio system, benefits minus costs (Brauers & Zavadskas 2006)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        workspace.normalize(input.values, .vector)
        let r = workspace.normalized, w = input.weights, m = workspace.columns
        for i in 0..<workspace.rows {
            var total = 0.0
            for j in 0..<m { total += w[j] * r[i * m + j] - (workspace.benefit[j] ? 0 : w[j]) }
            scores[i] = total
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let contributions = workspace.matrix { i, j in
            let w = matrix.columns[j].weight
            return w * workspace.normalized[i * workspace.columns + j] - (workspace.benefit[j] ? 0 : w)
        }
        return MethodOutput(scores: scores, contributions: contributions)
    }
}
