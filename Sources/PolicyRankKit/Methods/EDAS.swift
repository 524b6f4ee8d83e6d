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

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let n = matrix.options.count, m = matrix.columns.count
        var totals = [Double](repeating: 0, count: m)
        matrix.values.forEachRow { _, row in for j in 0..<m { totals[j] += row[j] } }
        let averages = totals.map { $0 / Double(max(n, 1)) }
        // w_j (x − AV_j)/|AV_j|, signed so that positive is better: w·PDA − w·NDA.
        let factor = (0..<m).map { j -> Double in
            guard averages[j] != 0 else { return 0 }
            let scale = matrix.columns[j].weight / abs(averages[j])
            return matrix.columns[j].direction == .benefit ? scale : -scale
        }
        let terms = matrix.values.mapRows { row, target in
            for j in 0..<m { target[j] = factor[j] * (row[j] - averages[j]) }
        }
        let positive = terms.reduceRows { $0.reduce(0) { $0 + max($1, 0) } }
        let negative = terms.reduceRows { $0.reduce(0) { $0 - min($1, 0) } }
        let maxPositive = positive.max() ?? 0, maxNegative = negative.max() ?? 0
        let nsp = positive.map { maxPositive == 0 ? 1 : $0 / maxPositive }
        let nsn = negative.map { maxNegative == 0 ? 1 : 1 - $0 / maxNegative }
        let appraisal = zip(nsp, nsn).map { ($0 + $1) / 2 }
        return MethodOutput(scores: appraisal, details: [
            MethodDetail("SP", positive), MethodDetail("SN", negative), MethodDetail("NSP", nsp), MethodDetail("NSN", nsn),
        ], terms: terms)
    }
}
