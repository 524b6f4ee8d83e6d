import Foundation

/// The analytic hierarchy process (Saaty 1977; 1990, EJOR 48(1)): weights as the principal
/// eigenvector of a reciprocal pairwise-comparison matrix (or, on request, the row geometric
/// means), with the consistency index CI = (λmax − n)/(n − 1) and ratio CR = CI/RI.
public enum AHP {
    /// Saaty's random consistency index RI by matrix size (Saaty 1980, Table 1.7; n = 11–15
    /// from the same simulations as reprinted in Saaty 2012).
    public static let randomIndex: [Int: Double] = [
        1: 0, 2: 0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49,
        11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59,
    ]

    public static let acceptableRatio = 0.1

    public static func weights(criteria: [String], matrix: [[Double]], geometricMean: Bool = false) -> WeightingResult {
        let n = matrix.count
        let w = geometricMean ? rowGeometricMeans(matrix) : principalEigenvector(matrix)
        // λmax as the mean of (A w)_i / w_i, which equals the eigenvalue for the eigenvector.
        let product = matrix.map { row in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } }
        let lambda = n > 0 ? zip(product, w).reduce(0) { $0 + $1.0 / $1.1 } / Double(n) : 0
        let ci = n > 1 ? (lambda - Double(n)) / Double(n - 1) : 0
        let ri = randomIndex[n] ?? 1.59
        let cr = ri > 0 ? ci / ri : 0
        var worst: (row: String, column: String, given: Double, implied: Double)?
        var worstError = 0.0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let implied = w[i] / w[j], error = abs(log(matrix[i][j] / implied))
                if error > worstError {
                    worstError = error
                    worst = (criteria[i], criteria[j], matrix[i][j], implied)
                }
            }
        }
        var result = WeightingResult(
            method: "ahp", criteria: criteria, weights: w,
            consistency: .init(lambdaMax: lambda, ci: ci, ri: ri, cr: cr, worstJudgement: worst))
        if cr > acceptableRatio, let worst {
            result.notes.append(
                "CR \(NumberFormat.fixed(cr, 3)) > 0.1: the judgements are inconsistent. The most inconsistent is \(worst.row) vs \(worst.column): given \(fraction(worst.given)), the weights imply \(NumberFormat.fixed(worst.implied, 2))."
            )
        }
        return result
    }

    /// Power iteration from the uniform vector; converges for positive reciprocal matrices
    /// (Perron–Frobenius). Stops when successive vectors differ by less than 1e-14.
    static func principalEigenvector(_ matrix: [[Double]]) -> [Double] {
        let n = matrix.count
        var w = [Double](repeating: 1 / Double(max(n, 1)), count: n)
        for _ in 0..<1000 {
            var next = matrix.map { row in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } }
            let total = next.reduce(0, +)
            guard total > 0 else { return w }
            next = next.map { $0 / total }
            let change = zip(next, w).map { abs($0 - $1) }.max() ?? 0
            w = next
            if change < 1e-14 { break }
        }
        return w
    }

    static func rowGeometricMeans(_ matrix: [[Double]]) -> [Double] {
        let means = matrix.map { row in exp(row.map(log).reduce(0, +) / Double(max(row.count, 1))) }
        let total = means.reduce(0, +)
        return means.map { $0 / total }
    }

    static func fraction(_ value: Double) -> String {
        if value < 1, (1 / value).rounded() == 1 / value { return "1/\(NumberFormat.plain(1 / value))" }
        return NumberFormat.plain((value * 1000).rounded() / 1000)
    }
}
