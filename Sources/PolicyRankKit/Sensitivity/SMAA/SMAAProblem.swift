/// What one SMAA sample needs: the matrix at its likely values, the cells that are uncertain
/// and how to draw them, and a scorer for the study's method.
struct SMAAProblem: Sendable {
    struct UncertainCell: Sendable {
        enum Shape: Sendable { case triangular, uniform }
        var index: Int
        var shape: Shape
        var low: Double
        var mode: Double
        var high: Double
        var valueFunction: [ValueFunctionPoint]?

        func draw(_ random: inout RandomStream) -> Double {
            let raw = shape == .triangular ? random.triangular(low: low, mode: mode, high: high) : low + (high - low) * (1 - random.unit())
            return valueFunction.map { ValueFunction.evaluate($0, at: raw) } ?? raw
        }
    }

    let optionCount: Int
    let criterionCount: Int
    /// Row-major option × criterion values at their likely values (value functions applied).
    let base: [Double]
    let uncertain: [UncertainCell]
    let stated: [Double]
    let scorer: SampleScorer
    let better: ScoreOrder

    init(study: Study, evaluator: WeightedEvaluator) {
        let matrix = evaluator.matrix
        optionCount = matrix.options.count
        criterionCount = matrix.columns.count
        base = matrix.values.flatMap { $0 }
        stated = evaluator.weights
        better = evaluator.method.better
        scorer = SampleScorer(evaluator)
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var cells: [UncertainCell] = []
        for (i, policy) in study.policies.enumerated() {
            for (j, column) in matrix.columns.enumerated() {
                guard let leaf = leaves[column.id], let score = policy.score(for: column.id)?.value.value else { continue }
                let number = { (value: ScoreValue) in ScoreResolver.number(value, on: leaf) ?? 0 }
                let index = i * matrix.columns.count + j
                let function = leaf.valueFunction?.value
                switch score {
                case .point: continue
                case .triangular(let low, let likely, let high):
                    cells.append(.init(index: index, shape: .triangular, low: number(low), mode: number(likely), high: number(high), valueFunction: function))
                case .uniform(let low, let high):
                    cells.append(.init(index: index, shape: .uniform, low: number(low), mode: number(low), high: number(high), valueFunction: function))
                }
            }
        }
        uncertain = cells.filter { $0.high > $0.low }
    }
}

/// Scores of one sample. The weighted sum under `scale` normalization, the default, has a
/// fast path with no allocation: each cell normalizes on its own. Every other method goes
/// through the method itself.
enum SampleScorer: Sendable {
    case weightedSumOnScale(low: [Double], span: [Double], benefit: [Bool])
    case method(WeightedEvaluator)

    init(_ evaluator: WeightedEvaluator) {
        if evaluator.method is WeightedSum, evaluator.normalization == .scale {
            let columns = evaluator.matrix.columns
            self = .weightedSumOnScale(
                low: columns.map(\.bounds.lowerBound),
                span: columns.map { $0.bounds.upperBound - $0.bounds.lowerBound },
                benefit: columns.map { $0.direction == .benefit })
        } else {
            self = .method(evaluator)
        }
    }

    func scores(values: [Double], weights: [Double], into scores: inout [Double]) {
        let m = weights.count
        switch self {
        case .weightedSumOnScale(let low, let span, let benefit):
            for i in scores.indices {
                var total = 0.0
                for j in 0..<m where span[j] > 0 {
                    let r = (values[i * m + j] - low[j]) / span[j]
                    total += weights[j] * (benefit[j] ? r : 1 - r)
                }
                scores[i] = total
            }
        case .method(let evaluator):
            var matrix = evaluator.matrix
            for i in matrix.values.indices { matrix.values[i] = Array(values[(i * m)..<((i + 1) * m)]) }
            for j in matrix.columns.indices { matrix.columns[j].weight = weights[j] }
            let result = evaluator.method.evaluate(matrix, normalization: evaluator.normalization, parameters: evaluator.parameters).scores
            for i in scores.indices { scores[i] = result[i] }
        }
    }
}
