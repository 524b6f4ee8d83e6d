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
        // Distances, and per criterion the term `explain` compares: how much farther from the
        // anti-ideal than from the ideal (squared). Three parallel passes over the matrix.
        let dPlus = normalized.values.reduceRows { row in
            var total = 0.0
            for j in row.indices { total += (row[j] * weights[j] - points[j].ideal) * (row[j] * weights[j] - points[j].ideal) }
            return total.squareRoot()
        }
        let dMinus = normalized.values.reduceRows { row in
            var total = 0.0
            for j in row.indices { total += (row[j] * weights[j] - points[j].antiIdeal) * (row[j] * weights[j] - points[j].antiIdeal) }
            return total.squareRoot()
        }
        let terms = normalized.values.mapRows { row, target in
            for j in row.indices {
                let value = row[j] * weights[j]
                target[j] = (value - points[j].antiIdeal) * (value - points[j].antiIdeal) - (value - points[j].ideal) * (value - points[j].ideal)
            }
        }
        let scores = zip(dPlus, dMinus).map { plus, minus in plus + minus == 0 ? 0.5 : minus / (plus + minus) }
        return MethodOutput(scores: scores, details: [MethodDetail("d_plus", dPlus), MethodDetail("d_minus", dMinus)], terms: terms)
    }
}
