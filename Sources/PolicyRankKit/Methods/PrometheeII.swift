import Dispatch
import Foundation

/// PROMETHEE II (Brans & Vincke 1985, Management Science 31(6); Brans, Vincke & Mareschal
/// 1986): π(a, b) = Σ_j w_j P_j(g_j(a) − g_j(b)), φ⁺(a) = Σ_b π(a, b)/(n − 1),
/// φ⁻(a) = Σ_b π(b, a)/(n − 1), net flow φ = φ⁺ − φ⁻; higher is better. Preference functions
/// are set per criterion (`preference:`; `usual` when not set) with thresholds in the
/// criterion's own units, so the default normalization is `none`.
///
/// No n × n matrix is built. For the piecewise-linear functions each criterion's flows come
/// from its sorted values and prefix sums (`PreferenceFlows`); only the Gaussian needs the
/// O(n²) double sum, in O(n) memory. Criteria run in parallel and are added up in criterion
/// order, so the result does not depend on the number of cores.
public struct PrometheeII: AggregationMethod {
    public init() {}

    public let name = "promethee2"
    public let defaultNormalization = Normalization.none
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let summary = "net outranking flow (Brans & Vincke 1985)"

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        // Under `none` (the default) the raw values are read directly: no normalized copy, 40 MB
        // at 100,000 × 50 that would only be copied again below.
        let raw = input.normalization == .none
        if !raw { workspace.normalize(input.values, input.normalization) }
        let (columns, flows) = workspace.promethee()
        // Each criterion's unweighted flows read the values only: when SMAA's confidence pass
        // scores one draw again under other weights, the previous call's flows still hold.
        if !workspace.reuse.unchanged { Self.criterionFlows(input, workspace: workspace, raw: raw, columns: columns, flows: flows) }
        accumulate(input, workspace: workspace, flows: flows, into: scores)
    }

    /// Threads for a matrix of n options: one below 5,000 options, where they would cost more
    /// than they save.
    private static func workers(_ n: Int, _ m: Int) -> Int {
        n >= 5_000 ? max(1, min(m, ProcessInfo.processInfo.activeProcessorCount)) : 1
    }

    /// Per criterion, every option's unweighted (outgoing, incoming) flow sums, into `flows`.
    private static func criterionFlows(
        _ input: ScoringInput, workspace: ScoringWorkspace, raw: Bool, columns: UnsafeMutableBufferPointer<Double>,
        flows: UnsafeMutableBufferPointer<Double>
    ) {
        let n = workspace.rows, m = workspace.columns
        let source = raw ? input.values : UnsafeBufferPointer(workspace.normalized)
        // Column-major copy; a cost column becomes a benefit column of negated values. Rows
        // outer: each row is read once, in order, and m sequential streams are written.
        let sign = workspace.column(1)
        for j in 0..<m { sign[j] = (raw ? workspace.benefit[j] : workspace.orientation[j]) ? 1 : -1 }
        for i in 0..<n {
            for j in 0..<m { columns[j * n + i] = sign[j] * source[i * m + j] }
        }
        // Flows for every criterion, column-major, (outgoing, incoming) pairs. On a large
        // matrix workers take criteria in turn with their own sort buffers and write disjoint
        // columns, so the result does not depend on the number of threads.
        let workers = Self.workers(n, m)
        nonisolated(unsafe) let scratch = workspace.flowScratch(workers: workers)
        let shapes = workspace.shapes
        nonisolated(unsafe) let (columnValues, target) = (columns, flows)
        let flowsOfColumns = { @Sendable (worker: Int) in
            for j in stride(from: worker, to: m, by: workers) {
                PreferenceFlows.sums(
                    UnsafeBufferPointer(rebasing: columnValues[(j * n)..<((j + 1) * n)]), shape: shapes[j], scratch: scratch[worker],
                    flows: UnsafeMutableBufferPointer(rebasing: target[(2 * j * n)..<(2 * (j + 1) * n)]))
            }
        }
        if workers == 1 {
            flowsOfColumns(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: flowsOfColumns)
        }
    }

    /// φ⁺, φ⁻ and the net flow per option: the criteria's flows weighted and added in
    /// criterion order.
    private func accumulate(
        _ input: ScoringInput, workspace: ScoringWorkspace, flows: UnsafeMutableBufferPointer<Double>, into scores: UnsafeMutableBufferPointer<Double>
    ) {
        let n = workspace.rows, m = workspace.columns
        let workers = Self.workers(n, m)
        let scale = workspace.column(0)
        let divisor = n > 1 ? Double(n - 1) : 1
        for j in 0..<m { scale[j] = input.weights[j] / divisor }
        let plus = workspace.option(0), minus = workspace.option(1)
        // Per option, in criterion order (the same bytes on any number of threads); a large
        // matrix splits the options between workers.
        nonisolated(unsafe) let (flowPairs, weightsOverN, positives, negatives, out) = (
            UnsafeBufferPointer(flows), UnsafeBufferPointer(scale), plus, minus, scores
        )
        let accumulate = { @Sendable (worker: Int) in
            for i in Matrix.chunk(worker, of: workers, count: n) {
                var positive = 0.0, negative = 0.0
                for j in 0..<m {
                    positive += weightsOverN[j] * flowPairs[2 * (j * n + i)]
                    negative += weightsOverN[j] * flowPairs[2 * (j * n + i) + 1]
                }
                (positives[i], negatives[i]) = (positive, negative)
                out[i] = positive - negative
            }
        }
        if workers == 1 {
            accumulate(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: accumulate)
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        evaluate(matrix, normalization: normalization, parameters: parameters, workspace: ScoringWorkspace(for: matrix))
    }

    /// `evaluate` through a given workspace, which keeps the flows afterwards (PROMETHEE I
    /// reads its relations from them).
    func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double], workspace: ScoringWorkspace) -> MethodOutput {
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let n = workspace.rows, flows = workspace.promethee().flows, scale = workspace.column(0)
        // Each criterion's net flow, weighted: the per-criterion contributions `explain` compares.
        let perCriterion = workspace.matrix { i, j in scale[j] * (flows[2 * (j * n + i)] - flows[2 * (j * n + i) + 1]) }
        return MethodOutput(
            scores: scores, contributions: perCriterion,
            details: [MethodDetail("phi_plus", workspace.optionValues(0)), MethodDetail("phi_minus", workspace.optionValues(1))])
    }
}
