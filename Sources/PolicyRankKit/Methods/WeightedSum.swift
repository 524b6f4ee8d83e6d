/// Weighted sum / additive value model (WSM): score_i = Σ_j w_j · r_ij, where r is the
/// normalized matrix (Fishburn 1967; Keeney & Raiffa 1976, additive value function).
/// Default normalization `scale`, so an option's score does not change when others are
/// added or removed. Each term w_j · r_ij is reported as that criterion's contribution.
public struct WeightedSum: AggregationMethod {
    public init() {}

    public let name = "wsm"
    /// Under `scale` a value is normalized by the declared bounds alone.
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { normalization == .scale }
    /// Under `none` raw values are combined as they are, so a cost would count as a benefit.
    public func ranksCosts(under normalization: Normalization) -> Bool { normalization != .none }
    public let defaultNormalization = Normalization.scale
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "weighted sum / additive value (Fishburn 1967)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        workspace.normalize(input.values, input.normalization)
        let r = workspace.normalized, w = input.weights, m = workspace.columns, n = workspace.rows
        guard let matrix = r.baseAddress, let weights = w.baseAddress, let out = scores.baseAddress else {
            for i in scores.indices { scores[i] = 0 }  // no terms to add
            return
        }
        // Five rows side by side: each row's sum is a chain of dependent additions, and
        // independent chains beside it keep the adders busy (with four, the fifth option of the
        // SMAA bench ran its chain alone). Each row still adds its terms in column order, so
        // every score is the same bits. Rows are read through pointers: `r[i * m + j]` paid an
        // overflow check per term.
        var i = 0
        while i < n {
            let rows = min(n - i, 5)
            Self.sums(rows: rows, from: matrix + i * m, columns: m, weights: weights, into: out + i)
            i += rows
        }
    }

    /// Σ_j w_j · r_ij for 1 to 5 consecutive rows, each in column order. Fewer than five rows
    /// repeat the last one in the spare chains, whose sums are not stored.
    @inline(__always)
    private static func sums(
        rows: Int, from a: UnsafePointer<Double>, columns m: Int, weights: UnsafePointer<Double>, into scores: UnsafeMutablePointer<Double>
    ) {
        let b = rows > 1 ? a + m : a, c = rows > 2 ? b + m : b, d = rows > 3 ? c + m : c, e = rows > 4 ? d + m : d
        var first = 0.0, second = 0.0, third = 0.0, fourth = 0.0, fifth = 0.0
        for j in 0..<m {
            let weight = weights[j]
            first += weight * a[j]
            second += weight * b[j]
            third += weight * c[j]
            fourth += weight * d[j]
            fifth += weight * e[j]
        }
        scores[0] = first
        if rows > 1 { scores[1] = second }
        if rows > 2 { scores[2] = third }
        if rows > 3 { scores[3] = fourth }
        if rows > 4 { scores[4] = fifth }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let contributions = workspace.matrix { i, j in matrix.columns[j].weight * workspace.normalized[i * workspace.columns + j] }
        return MethodOutput(scores: scores, contributions: contributions)
    }
}
