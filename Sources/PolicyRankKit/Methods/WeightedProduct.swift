import Foundation

/// Weighted product model (WPM; Bridgman 1922, Miller & Starr 1969): score_i = Π_j r_ij^w_j
/// on the normalized matrix r. Default normalization `linear` (x/max, cost min/x), as in
/// WASPAS (Zavadskas et al. 2012), so that scores are ratios to the best value. A zero
/// normalized value with positive weight makes the product 0: WPM is non-compensatory there.
public struct WeightedProduct: AggregationMethod {
    public init() {}

    public let name = "wpm"
    public let defaultNormalization = Normalization.linear
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "weighted product (Bridgman 1922; Miller & Starr 1969)"

    public func productShare(_ parameters: [String: Double]) -> Double { 1 }
    /// Under `scale` a value is normalized by the declared bounds alone.
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { normalization == .scale }
    /// Under `none` raw values are combined as they are, so a cost would count as a benefit.
    public func ranksCosts(under normalization: Normalization) -> Bool { normalization != .none }

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        workspace.normalize(input.values, input.normalization)
        for i in 0..<workspace.rows {
            scores[i] = Self.product(workspace.normalizedRow(i), weights: input.weights)
        }
    }

    /// Π r^w = exp(Σ w ln r) over the positively weighted values, or 0 as soon as one of
    /// them is 0 or below.
    static func product(_ row: UnsafeMutableBufferPointer<Double>, weights: UnsafeBufferPointer<Double>) -> Double {
        var logSum = 0.0
        for j in row.indices where weights[j] > 0 {
            if row[j] <= 0 { return 0 }
            logSum += weights[j] * log(row[j])
        }
        return exp(logSum)
    }

    /// w_j · ln r_ij per cell, the terms `explain` compares (a zero value counts as ln 1e-12).
    static func logTerms(_ matrix: DecisionMatrix, _ workspace: ScoringWorkspace) -> Matrix {
        workspace.matrix { i, j in
            let w = matrix.columns[j].weight
            return w == 0 ? 0 : w * log(max(workspace.normalized[i * workspace.columns + j], 1e-12))
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        return MethodOutput(scores: scores, terms: Self.logTerms(matrix, workspace))
    }
}
