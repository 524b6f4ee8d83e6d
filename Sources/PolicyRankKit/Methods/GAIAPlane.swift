/// The GAIA plane (Mareschal & Brans 1988, "Geometrical representations for MCDA", EJOR 34;
/// Brans & Mareschal 1994, DSS 12): the options' unweighted per-criterion PROMETHEE net flows
/// φ_j(a) = Σ_b [P_j(a, b) − P_j(b, a)]/(n − 1), projected on the first two principal
/// components of their covariance C = ΦᵀΦ/n (the columns of Φ have mean 0). δ, the share of
/// the variance the plane keeps, is (λ₁ + λ₂)/Σλ; each criterion is drawn as the projection
/// of its unit vector, and the decision axis ("stick") as the projection of the weights.
///
/// Eigenvectors are fixed up to sign: each is turned so that its component of largest
/// magnitude is positive (the first such, on a tie), so the same study draws the same plane.
public struct GAIAPlane: Sendable {
    public var delta: Double
    /// The eigenvalues of C, largest first.
    public var eigenvalues: [Double]
    public var criteria: [(id: String, x: Double, y: Double)]
    public var options: [(id: String, x: Double, y: Double)]
    public var decisionAxis: (x: Double, y: Double)
    public var method: String
    public var perspective: String?

    /// The plane of the study under the plan's preference functions and normalization (a
    /// PROMETHEE plan; another method's plan is read as PROMETHEE II's flows).
    public init(_ problem: DecisionProblem, plan: RankingPlan) {
        let matrix = problem.matrix(weights: plan.weights)
        let n = matrix.options.count, m = matrix.columns.count
        let workspace = ScoringWorkspace(for: matrix)
        // PROMETHEE's own normalization when the plan is PROMETHEE's; raw values otherwise.
        let normalization = plan.method is PrometheeII || plan.method is PrometheeI ? plan.normalization : .none
        _ = PrometheeII().scores(matrix, normalization: normalization, parameters: [:], workspace: workspace)
        let flows = workspace.promethee().flows
        let divisor = n > 1 ? Double(n - 1) : 1
        var phi = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m { phi[i * m + j] = (flows[2 * (j * n + i)] - flows[2 * (j * n + i) + 1]) / divisor }
        }
        var covariance = [Double](repeating: 0, count: m * m)
        for a in 0..<m {
            for b in a..<m {
                var sum = 0.0
                for i in 0..<n { sum += phi[i * m + a] * phi[i * m + b] }
                covariance[a * m + b] = sum / Double(max(n, 1))
                covariance[b * m + a] = covariance[a * m + b]
            }
        }
        let (values, vectors) = SymmetricEigen.decompose(covariance, size: m)
        let total = values.reduce(0) { $0 + max($1, 0) }
        let u = m > 0 ? vectors[0] : [], v = m > 1 ? vectors[1] : [Double](repeating: 0, count: m)
        delta = total > 0 ? (max(values.first ?? 0, 0) + (m > 1 ? max(values[1], 0) : 0)) / total : 1
        eigenvalues = values
        criteria = matrix.columns.enumerated().map { j, column in (column.id, u.isEmpty ? 0 : u[j], v.isEmpty ? 0 : v[j]) }
        options = matrix.options.enumerated().map { i, id in
            var x = 0.0, y = 0.0
            for j in 0..<m {
                x += phi[i * m + j] * u[j]
                y += phi[i * m + j] * v[j]
            }
            return (id, x, y)
        }
        var stick = (x: 0.0, y: 0.0)
        for j in 0..<m {
            stick.x += plan.weights[j] * u[j]
            stick.y += plan.weights[j] * v[j]
        }
        decisionAxis = stick
        method = plan.method.name
        perspective = plan.perspective
    }
}

/// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, Matrix Computations, §8.5): exact to rounding for the m ≤ a few dozen
/// criteria of a study, and free of any dependency.
enum SymmetricEigen {
    /// Eigenvalues, largest first, and their unit eigenvectors, each turned so that its
    /// largest-magnitude component is positive.
    static func decompose(_ matrix: [Double], size m: Int) -> (values: [Double], vectors: [[Double]]) {
        var a = matrix
        var q = [Double](repeating: 0, count: m * m)
        for i in 0..<m { q[i * m + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<m { for j in 0..<m where i != j { off += a[i * m + j] * a[i * m + j] } }
            if off < 1e-30 { break }
            for p in 0..<m {
                for r in (p + 1)..<max(m, p + 1) where abs(a[p * m + r]) > 1e-300 {
                    // The rotation that zeroes a[p][r].
                    let theta = (a[r * m + r] - a[p * m + p]) / (2 * a[p * m + r])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<m {
                        let (akp, akr) = (a[k * m + p], a[k * m + r])
                        a[k * m + p] = c * akp - s * akr
                        a[k * m + r] = s * akp + c * akr
                    }
                    for k in 0..<m {
                        let (apk, ark) = (a[p * m + k], a[r * m + k])
                        a[p * m + k] = c * apk - s * ark
                        a[r * m + k] = s * apk + c * ark
                    }
                    for k in 0..<m {
                        let (qkp, qkr) = (q[k * m + p], q[k * m + r])
                        q[k * m + p] = c * qkp - s * qkr
                        q[k * m + r] = s * qkp + c * qkr
                    }
                }
            }
        }
        let order = (0..<m).sorted { a[$0 * m + $0] != a[$1 * m + $1] ? a[$0 * m + $0] > a[$1 * m + $1] : $0 < $1 }
        let values = order.map { a[$0 * m + $0] }
        let vectors = order.map { column -> [Double] in
            var vector = (0..<m).map { q[$0 * m + column] }
            if let largest = vector.indices.max(by: { abs(vector[$0]) < abs(vector[$1]) || (abs(vector[$0]) == abs(vector[$1]) && $0 > $1) }),
                vector[largest] < 0
            {
                vector = vector.map { -$0 }
            }
            return vector
        }
        return (values, vectors)
    }
}
