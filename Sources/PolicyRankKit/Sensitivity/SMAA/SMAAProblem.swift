/// What one SMAA sample needs: the matrix at its likely values, the cells that are uncertain
/// and how to draw them, and a scorer for the study's method. Flat arrays throughout: the
/// sampling loop reads them through pointers, with no reference counting per sample (which
/// would also make two threads fight over the same cache lines).
struct SMAAProblem: Sendable {
    struct UncertainCell: Sendable {
        var index: Int
        var triangular: Bool
        var low: Double
        var mode: Double
        var high: Double
        /// Index into `valueFunctions`, or −1.
        var valueFunction: Int
        var column: Int
        // Inverse-CDF constants of the triangular distribution, computed once, not per draw:
        // x = low + √(u·lowArea) for u ≤ split, else high − √((1 − u)·highArea).
        var split = 0.0
        var lowArea = 0.0
        var highArea = 0.0

        init(index: Int, triangular: Bool, low: Double, mode: Double, high: Double, valueFunction: Int, column: Int) {
            self.index = index
            self.triangular = triangular
            self.low = low
            self.mode = mode
            self.high = high
            self.valueFunction = valueFunction
            self.column = column
            if high > low {
                split = (mode - low) / (high - low)
                lowArea = (high - low) * (mode - low)
                highArea = (high - low) * (high - mode)
            }
        }
    }

    let optionCount: Int
    let criterionCount: Int
    /// Row-major option × criterion values at their likely values (value functions applied).
    let base: [Double]
    let uncertain: [UncertainCell]
    /// Each value function as interleaved (x, v) pairs.
    let valueFunctions: [[Double]]
    let stated: [Double]
    let scorer: SampleScorer
    let better: ScoreOrder

    init(study: Study, evaluator: WeightedEvaluator) {
        let matrix = evaluator.matrix
        optionCount = matrix.options.count
        criterionCount = matrix.columns.count
        base = matrix.values.storage
        stated = evaluator.weights
        better = evaluator.method.better
        scorer = SampleScorer(evaluator)
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var functions: [[Double]] = []
        var functionIndex: [String: Int] = [:]
        var cells: [UncertainCell] = []
        for (i, policy) in study.policies.enumerated() {
            for (j, column) in matrix.columns.enumerated() {
                guard let leaf = leaves[column.id], let score = policy.score(for: column.id)?.value.value else { continue }
                let number = { (value: ScoreValue) in ScoreResolver.number(value, on: leaf) ?? 0 }
                var function = -1
                if let points = leaf.valueFunction?.value {
                    function = functionIndex[column.id] ?? functions.count
                    if functionIndex[column.id] == nil {
                        functionIndex[column.id] = function
                        functions.append(points.flatMap { [$0.x, $0.v] })
                    }
                }
                let index = i * matrix.columns.count + j
                switch score {
                case .point: continue
                case .triangular(let low, let likely, let high):
                    cells.append(.init(index: index, triangular: true, low: number(low), mode: number(likely), high: number(high), valueFunction: function, column: j))
                case .uniform(let low, let high):
                    cells.append(.init(index: index, triangular: false, low: number(low), mode: number(low), high: number(high), valueFunction: function, column: j))
                }
            }
        }
        uncertain = cells.filter { $0.high > $0.low }
        valueFunctions = functions
    }

    /// Calls `body` with the uncertain cells copied into a buffer of the caller's own and
    /// pinned once, so drawing them per sample touches no shared reference count.
    func withLocalCells<R>(_ body: (UnsafeBufferPointer<UncertainCell>) -> R) -> R {
        uncertain.map { $0 }.withUnsafeBufferPointer(body)
    }

    /// Draws every uncertain cell into `values` (raw units, value functions applied).
    func drawUncertain(_ cells: UnsafeBufferPointer<UncertainCell>, into values: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        do {
            for cell in cells {
                let u = random.unit()
                var x: Double
                if cell.triangular {
                    // Inverse CDF: low + √(u·lowArea) left of the mode, high − √((1 − u)·highArea)
                    // right of it. Which side u falls is a coin toss the branch predictor cannot
                    // learn, so the operands are selected without a jump and one root is taken.
                    let below = u <= cell.split
                    let root = (below ? u * cell.lowArea : (1 - u) * cell.highArea).squareRoot()
                    x = below ? cell.low + root : cell.high - root
                } else {
                    x = cell.low + (cell.high - cell.low) * (1 - u)
                }
                if cell.valueFunction >= 0 {
                    x = valueFunctions[cell.valueFunction].withUnsafeBufferPointer { Self.interpolate($0, at: x) }
                }
                values[cell.index] = x
            }
        }
    }

    /// `ValueFunction.evaluate` over interleaved (x, v) pairs.
    static func interpolate(_ pairs: UnsafeBufferPointer<Double>, at x: Double) -> Double {
        let count = pairs.count / 2
        guard count > 0 else { return x }
        if x <= pairs[0] { return pairs[1] }
        for k in 1..<count where x <= pairs[2 * k] {
            let x0 = pairs[2 * k - 2], v0 = pairs[2 * k - 1], x1 = pairs[2 * k], v1 = pairs[2 * k + 1]
            return x1 > x0 ? v0 + (v1 - v0) * (x - x0) / (x1 - x0) : v1
        }
        return pairs[2 * count - 1]
    }
}

/// Scores of one sample. The weighted sum under `scale` normalization, the default, has a
/// fast path with no allocation: each cell normalizes on its own as a + b·x. Every other
/// method goes through the method itself.
enum SampleScorer: Sendable {
    case weightedSumOnScale(offset: [Double], factor: [Double])
    case method(WeightedEvaluator)

    init(_ evaluator: WeightedEvaluator) {
        if evaluator.method is WeightedSum, evaluator.normalization == .scale {
            let columns = evaluator.matrix.columns
            let transforms = columns.map { Normalization.scale.transform(ColumnStatistics(), direction: $0.direction, bounds: $0.bounds) }
            let affine = transforms.map { transform -> (Double, Double) in
                if case .affine(let scale, let offset) = transform { return (offset, scale) }
                if case .constant(let value) = transform { return (value, 0) }
                return (0, 0)
            }
            self = .weightedSumOnScale(offset: affine.map(\.0), factor: affine.map(\.1))
        } else {
            self = .method(evaluator)
        }
    }

    typealias Score = (_ values: UnsafeBufferPointer<Double>, _ weights: UnsafeBufferPointer<Double>, _ scores: UnsafeMutableBufferPointer<Double>) -> Void

    /// Calls `body` with a scoring function whose arrays are pinned once, so that scoring a
    /// sample touches no reference counts.
    func withScore<R>(_ body: (Score) -> R) -> R {
        switch self {
        case .weightedSumOnScale(let offset, let factor):
            return offset.withUnsafeBufferPointer { offset in
                factor.withUnsafeBufferPointer { factor in
                    body { values, weights, scores in
                        // Σ_j w_j (a_j + b_j x_ij) = Σ_j w_j a_j + Σ_j (w_j b_j) x_ij: the weights fold
                        // into the normalization once per sample, not once per cell.
                        let m = weights.count
                        var constant = 0.0
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: m) { slope in
                            for j in 0..<m {
                                constant += weights[j] * offset[j]
                                slope[j] = weights[j] * factor[j]
                            }
                            for i in 0..<scores.count {
                                var total = constant
                                for j in 0..<m { total += slope[j] * values[i * m + j] }
                                scores[i] = total
                            }
                        }
                    }
                }
            }
        case .method(let evaluator):
            return body { values, weights, scores in
                let m = weights.count
                var matrix = evaluator.matrix
                matrix.values = Matrix(rowCount: matrix.values.rowCount, columnCount: m, storage: Array(values))
                for j in matrix.columns.indices { matrix.columns[j].weight = weights[j] }
                let result = evaluator.method.evaluate(matrix, normalization: evaluator.normalization, parameters: evaluator.parameters).scores
                for i in 0..<scores.count { scores[i] = result[i] }
            }
        }
    }
}
