/// SPOTIS (Dezert, Tchamova, Han & Tacnet 2020, FUSION, eq. 1–3): with bounds [S_j^min,
/// S_j^max] per criterion — here the criteria's declared scales — and the ideal solution point
/// S*_j (the upper bound of a benefit, the lower bound of a cost), each option's score is
/// d_i = Σ_j w_j |x_ij − S*_j| / (S_j^max − S_j^min); lower is better. Because the bounds are
/// fixed, adding or removing an option never reorders the others (no rank reversal). It
/// normalizes by the bounds itself, so it takes only `none`.
public struct SPOTIS: AggregationMethod {
    public init() {}

    public let name = "spotis"
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.lower
    public let summary = "distance to the ideal point of the declared scales (Dezert et al. 2020)"

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let ideal = matrix.columns.map { $0.direction == .benefit ? $0.bounds.upperBound : $0.bounds.lowerBound }
        let factor = matrix.columns.map { column in
            let span = column.bounds.upperBound - column.bounds.lowerBound
            return span > 0 ? column.weight / span : 0
        }
        let contributions = matrix.values.mapRows { row, target in
            for j in row.indices { target[j] = factor[j] * abs(row[j] - ideal[j]) }
        }
        return MethodOutput(scores: contributions.rowSums(), contributions: contributions,
                            terms: contributions.mapRows { row, target in for j in row.indices { target[j] = -row[j] } })
    }
}
