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

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let normalized = matrix.normalized(normalization)
        let n = normalized.optionCount, m = normalized.criterionCount
        let shapes = matrix.columns.map(\.preference)
        // Column-major copy in one pass over the rows; a cost column becomes a benefit
        // column of negated values.
        let sign = normalized.orientation.map { $0 == .benefit ? 1.0 : -1.0 }
        var columns = [Double](repeating: 0, count: n * m)
        for (i, row) in normalized.values.enumerated() {
            for j in 0..<m { columns[j * n + i] = sign[j] * row[j] }
        }
        // Flows for every criterion, column-major; workers take criteria in turn with their own
        // scratch buffers and write disjoint columns, so the result does not depend on threads.
        var outgoing = [Double](repeating: 0, count: n * m), incoming = outgoing
        columns.withUnsafeBufferPointer { columns in
            outgoing.withUnsafeMutableBufferPointer { outgoing in
                incoming.withUnsafeMutableBufferPointer { incoming in
                    nonisolated(unsafe) let (source, out, into) = (columns, outgoing, incoming)
                    let workers = n >= 5_000 ? min(m, ProcessInfo.processInfo.activeProcessorCount) : 1
                    DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { worker in
                        let scratch = FlowScratch(count: n)
                        for j in stride(from: worker, to: m, by: max(workers, 1)) {
                            let range = (j * n)..<((j + 1) * n)
                            PreferenceFlows.sums(UnsafeBufferPointer(rebasing: source[range]), shape: shapes[j], scratch: scratch,
                                                 outgoing: UnsafeMutableBufferPointer(rebasing: out[range]),
                                                 incoming: UnsafeMutableBufferPointer(rebasing: into[range]))
                        }
                    }
                }
            }
        }
        let divisor = n > 1 ? Double(n - 1) : 1
        let scale = normalized.weights.map { $0 / divisor }
        var plus = [Double](repeating: 0, count: n), minus = plus
        for j in 0..<m {
            for i in 0..<n {
                plus[i] += scale[j] * outgoing[j * n + i]
                minus[i] += scale[j] * incoming[j * n + i]
            }
        }
        var perCriterion = [[Double]]()
        perCriterion.reserveCapacity(n)
        for i in 0..<n {
            var row = [Double](repeating: 0, count: m)
            for j in 0..<m { row[j] = scale[j] * (outgoing[j * n + i] - incoming[j * n + i]) }
            perCriterion.append(row)
        }
        return MethodOutput(
            scores: zip(plus, minus).map { $0 - $1 },
            contributions: perCriterion,
            details: (0..<n).map { [("phi_plus", plus[$0]), ("phi_minus", minus[$0])] })
    }
}
