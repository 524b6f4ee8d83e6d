/// EDAS (Keshavarz Ghorabaee, Zavadskas, Olfat & Turskis 2015, Informatica 26(3), eq. 1–11):
/// distances from the average solution AV_j: PDA_ij = max(0, x_ij − AV_j)/AV_j and
/// NDA_ij = max(0, AV_j − x_ij)/AV_j for a benefit (mirrored for a cost), SP_i = Σ w_j PDA_ij,
/// SN_i = Σ w_j NDA_ij, NSP_i = SP_i/max SP, NSN_i = 1 − SN_i/max SN, AS_i = (NSP_i + NSN_i)/2;
/// higher is better. It normalizes by the average itself, so it takes only `none`. A column
/// whose average is 0 contributes 0; when no option is above (below) average NSP (NSN) is 1.
public struct EDAS: AggregationMethod {
    public init() {}

    public let name = "edas"
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "distance from the average solution (Keshavarz Ghorabaee et al. 2015)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let n = workspace.rows, m = workspace.columns, x = input.values
        let averages = workspace.column(0), factor = workspace.column(1)
        for j in 0..<m { averages[j] = 0 }
        for i in 0..<n {
            for j in 0..<m { averages[j] += x[i * m + j] }
        }
        // w_j (x − AV_j)/|AV_j|, signed so that positive is better: w·PDA − w·NDA.
        for j in 0..<m {
            averages[j] /= Double(max(n, 1))
            let scale = averages[j] == 0 ? 0 : input.weights[j] / abs(averages[j])
            factor[j] = workspace.benefit[j] ? scale : -scale
        }
        let positive = workspace.option(0), negative = workspace.option(1)
        var maxPositive = 0.0, maxNegative = 0.0
        for i in 0..<n {
            var sp = 0.0, sn = 0.0
            for j in 0..<m {
                let term = factor[j] * (x[i * m + j] - averages[j])
                sp += max(term, 0)
                sn -= min(term, 0)
            }
            (positive[i], negative[i]) = (sp, sn)
            maxPositive = i == 0 ? sp : max(maxPositive, sp)
            maxNegative = i == 0 ? sn : max(maxNegative, sn)
        }
        let nsp = workspace.option(2), nsn = workspace.option(3)
        for i in 0..<n {
            nsp[i] = maxPositive == 0 ? 1 : positive[i] / maxPositive
            nsn[i] = maxNegative == 0 ? 1 : 1 - negative[i] / maxNegative
            scores[i] = (nsp[i] + nsn[i]) / 2
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let averages = workspace.column(0), factor = workspace.column(1)
        let terms = workspace.matrix { i, j in factor[j] * (matrix.values[i, j] - averages[j]) }
        return MethodOutput(
            scores: scores, details: ["SP", "SN", "NSP", "NSN"].enumerated().map { MethodDetail($1, workspace.optionValues($0)) },
            terms: terms)
    }
}
