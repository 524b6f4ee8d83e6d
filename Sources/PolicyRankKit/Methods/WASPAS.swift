/// WASPAS (Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012, Elektronika ir
/// Elektrotechnika 122(6), eq. 1–5): Q_i = λ·Σ_j w_j r_ij + (1 − λ)·Π_j r_ij^w_j with linear
/// normalization (x/max; cost min/x). λ = 0 is WPM, λ = 1 is WSM; the paper uses 0.5.
public struct WASPAS: AggregationMethod {
    public init() {}

    public let name = "waspas"
    public let defaultNormalization = Normalization.linear
    public let parameters = [
        MethodParameter(name: "lambda", defaultValue: 0.5, range: 0...1, summary: "weight of the weighted sum against the weighted product")
    ]
    public let better = ScoreOrder.higher
    public let summary = "WASPAS, λ·WSM + (1 − λ)·WPM (Zavadskas et al. 2012)"

    /// λ·WSM + (1 − λ)·WPM: the product is 1 − λ of the score (λ = 0 is WPM itself).
    public func productShare(_ parameters: [String: Double]) -> Double { 1 - (parameters["lambda"] ?? 0.5) }
    /// Under `scale` a value is normalized by the declared bounds alone.
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { normalization == .scale }
    /// Under `none` raw values are combined as they are, so a cost would count as a benefit.
    public func ranksCosts(under normalization: Normalization) -> Bool { normalization != .none }

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let lambda = input.parameters["lambda"] ?? 0.5
        workspace.normalize(input.values, input.normalization)
        let r = workspace.normalized, w = input.weights, m = workspace.columns
        let sums = workspace.option(0), products = workspace.option(1)
        for i in 0..<workspace.rows {
            var total = 0.0
            for j in 0..<m { total += w[j] * r[i * m + j] }
            sums[i] = total
            products[i] = WeightedProduct.product(workspace.normalizedRow(i), weights: w)
            scores[i] = lambda * total + (1 - lambda) * products[i]
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let sumTerms = workspace.matrix { i, j in matrix.columns[j].weight * workspace.normalized[i * workspace.columns + j] }
        return MethodOutput(
            scores: scores, details: [MethodDetail("wsm", workspace.optionValues(0)), MethodDetail("wpm", workspace.optionValues(1))],
            terms: sumTerms)
    }
}
