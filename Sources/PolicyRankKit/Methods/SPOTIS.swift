/// SPOTIS (Dezert, Tchamova, Han & Tacnet 2020, FUSION, eq. 1–3): with bounds [S_j^min,
/// S_j^max] per criterion — here the criteria's declared scales — and the ideal solution point
/// S*_j (the upper bound of a benefit, the lower bound of a cost), each option's score is
/// d_i = Σ_j w_j |x_ij − S*_j| / (S_j^max − S_j^min); lower is better. Because the bounds are
/// fixed, adding or removing an option never reorders the others (no rank reversal). It
/// normalizes by the bounds itself, so it takes only `none`.
public struct SPOTIS: AggregationMethod {
    public init() {}

    public let name = "spotis"
    /// Its ideal point and spans come from the declared bounds, never from the other options.
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { true }
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.lower
    public let summary = "distance to the ideal point of the declared scales (Dezert et al. 2020)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let x = input.values, m = workspace.columns
        let ideal = workspace.column(0), factor = workspace.column(1)
        for j in 0..<m {
            ideal[j] = workspace.benefit[j] ? workspace.upper[j] : workspace.lower[j]
            let span = workspace.upper[j] - workspace.lower[j]
            factor[j] = span > 0 ? input.weights[j] / span : 0
        }
        for i in 0..<workspace.rows {
            var total = 0.0
            for j in 0..<m { total += factor[j] * abs(x[i * m + j] - ideal[j]) }
            scores[i] = total
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let ideal = workspace.column(0), factor = workspace.column(1)
        let contributions = workspace.matrix { i, j in factor[j] * abs(matrix.values[i, j] - ideal[j]) }
        return MethodOutput(
            scores: scores, contributions: contributions,
            terms: contributions.mapRows { row, target in for j in row.indices { target[j] = -row[j] } })
    }
}
