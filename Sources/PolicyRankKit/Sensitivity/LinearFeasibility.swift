/// Whether a small system of linear constraints on variables in boxes has a solution, and one
/// solution: phase I of the simplex method (Dantzig; Chvátal, Linear Programming, ch. 8) on a
/// dense tableau with Bland's rule, which cannot cycle. `flip` asks it, for one distance, whether
/// some weights within that distance of the study's put the target first; a study has a few
/// dozen criteria and options at most, so a dense tableau is the simple, exact tool.
enum LinearFeasibility {
    /// A constraint Σ_j coefficients[j] · x_j (≥, =) bound.
    struct Constraint {
        var coefficients: [Double]
        var bound: Double
        var isEquality: Bool
    }

    /// Up to this many constraints the tableau holds them all.
    static let directLimit = 64
    /// Inequalities in the first round of constraint generation, and added per later round.
    static let generationBatch = 16

    /// `solve` for systems of any size. Up to `directLimit` constraints it is `solve` itself.
    /// Above, by constraint generation (the cutting-plane idea of Dantzig, Fulkerson & Johnson
    /// 1954): solve with the equalities and the `generationBatch` inequalities of lowest
    /// `priority` (those most likely to bind), add the most violated of the rest, and repeat.
    /// The answer is exact either way: a subsystem without a solution proves the whole one has
    /// none, and a point is returned only when it meets every constraint. A 300-option study
    /// asks for 299 inequalities, whose dense tableau made one `flip` take seconds.
    static func solveGenerating(lower: [Double], upper: [Double], constraints: [Constraint], priority: [Double]) -> [Double]? {
        guard constraints.count > directLimit else { return solve(lower: lower, upper: upper, constraints: constraints) }
        let inequalities = constraints.indices.filter { !constraints[$0].isEquality }
        var working = Set(constraints.indices.filter { constraints[$0].isEquality })
        working.formUnion(inequalities.sorted { priority[$0] != priority[$1] ? priority[$0] < priority[$1] : $0 < $1 }.prefix(generationBatch))
        while true {
            // In the constraints' own order, so the tableau (and the point found) is reproducible.
            guard let x = solve(lower: lower, upper: upper, constraints: working.sorted().map { constraints[$0] }) else { return nil }
            let violated = inequalities.filter { !working.contains($0) }.compactMap { k -> (index: Int, shortfall: Double)? in
                let value = zip(constraints[k].coefficients, x).reduce(0) { $0 + $1.0 * $1.1 }
                return value < constraints[k].bound - 1e-7 ? (k, constraints[k].bound - value) : nil
            }
            if violated.isEmpty { return x }
            let worst = violated.sorted { $0.shortfall != $1.shortfall ? $0.shortfall > $1.shortfall : $0.index < $1.index }.prefix(generationBatch)
            working.formUnion(worst.map(\.index))
        }
    }

    /// A point with lower[j] ≤ x_j ≤ upper[j] meeting every constraint (within 1e-9), or nil.
    static func solve(lower: [Double], upper: [Double], constraints: [Constraint]) -> [Double]? {
        let m = lower.count
        // x = lower + y, 0 ≤ y ≤ upper − lower; each upper bound becomes y_j + u_j = span_j.
        var rows: [(coefficients: [Double], rhs: Double, slack: Double)] = []  // slack: −1 for "≥", 0 for "="
        for constraint in constraints {
            let shift = zip(constraint.coefficients, lower).reduce(0) { $0 + $1.0 * $1.1 }
            rows.append((constraint.coefficients, constraint.bound - shift, constraint.isEquality ? 0 : -1))
        }
        let spans = zip(upper, lower).map { max($0 - $1, 0) }
        let inequalities = rows.filter { $0.slack != 0 }.count
        // Columns: y (m), u (m), surplus of each inequality, then one artificial per row.
        let rowCount = rows.count + m
        let structural = 2 * m + inequalities
        let columns = structural + rowCount
        var tableau = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rowCount)
        var surplus = 2 * m
        for (r, row) in rows.enumerated() {
            for j in 0..<m { tableau[r][j] = row.coefficients[j] }
            if row.slack != 0 {
                tableau[r][surplus] = -1
                surplus += 1
            }
            tableau[r][columns] = row.rhs
        }
        for j in 0..<m {
            let r = rows.count + j
            tableau[r][j] = 1
            tableau[r][m + j] = 1
            tableau[r][columns] = spans[j]
        }
        for r in 0..<rowCount {
            if tableau[r][columns] < 0 { for c in 0...columns { tableau[r][c] = -tableau[r][c] } }
            tableau[r][structural + r] = 1
        }
        var basis = (0..<rowCount).map { structural + $0 }
        // Phase I objective: minimise the sum of the artificials, i.e. maximise −Σ a.
        var cost = [Double](repeating: 0, count: columns + 1)
        for r in 0..<rowCount { for c in 0...columns { cost[c] -= tableau[r][c] } }
        for c in structural..<columns { cost[c] = 0 }
        for _ in 0..<(50 * (rowCount + columns)) {
            guard let entering = (0..<columns).first(where: { cost[$0] < -1e-12 }) else { break }
            var leaving: Int?
            var best = Double.infinity
            for r in 0..<rowCount where tableau[r][entering] > 1e-12 {
                let ratio = tableau[r][columns] / tableau[r][entering]
                if ratio < best - 1e-15 || (abs(ratio - best) <= 1e-15 && basis[r] < basis[leaving ?? r]) {
                    best = ratio
                    leaving = r
                }
            }
            guard let pivotRow = leaving else { break }
            let pivot = tableau[pivotRow][entering]
            for c in 0...columns { tableau[pivotRow][c] /= pivot }
            for r in 0..<rowCount where r != pivotRow && tableau[r][entering] != 0 {
                let factor = tableau[r][entering]
                for c in 0...columns { tableau[r][c] -= factor * tableau[pivotRow][c] }
            }
            let factor = cost[entering]
            for c in 0...columns { cost[c] -= factor * tableau[pivotRow][c] }
            basis[pivotRow] = entering
        }
        var y = [Double](repeating: 0, count: columns)
        for (r, column) in basis.enumerated() { y[column] = tableau[r][columns] }
        let infeasibility = (structural..<columns).reduce(0) { $0 + y[$1] }
        guard infeasibility <= 1e-9 else { return nil }
        let x = (0..<m).map { lower[$0] + min(max(y[$0], 0), spans[$0]) }
        // Check in the original terms: the tableau's rounding must not hide a violation.
        for constraint in constraints {
            let value = zip(constraint.coefficients, x).reduce(0) { $0 + $1.0 * $1.1 }
            if constraint.isEquality ? abs(value - constraint.bound) > 1e-7 : value < constraint.bound - 1e-7 { return nil }
        }
        return x
    }
}
