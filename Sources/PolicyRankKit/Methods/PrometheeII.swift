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
        let workers = n >= 5_000 ? max(1, min(m, ProcessInfo.processInfo.activeProcessorCount)) : 1
        // Column-major copy; a cost column becomes a benefit column of negated values. The large
        // buffers are left uninitialized: every cell is written, and zero-filling 3 × n × m
        // doubles first cost more than the sort.
        let sign = normalized.orientation.map { $0 == .benefit ? 1.0 : -1.0 }
        // Workers take contiguous ranges of rows: each reads its rows once, in order, and
        // writes m sequential streams (taking columns instead would read the whole matrix per column).
        var columns = [Double](unsafeUninitializedCapacity: n * m) { buffer, count in
            normalized.values.storage.withUnsafeBufferPointer { rows in
                nonisolated(unsafe) let (source, target) = (rows, buffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for i in Matrix.chunk(worker, of: workers, count: n) {
                        for j in 0..<m { target[j * n + i] = sign[j] * source[i * m + j] }
                    }
                }
            }
            count = n * m
        }
        // Flows for every criterion, column-major, (outgoing, incoming) pairs; workers take
        // criteria in turn with their own scratch buffers and write disjoint columns, so the
        // result does not depend on threads.
        let flows = [Double](unsafeUninitializedCapacity: 2 * n * m) { buffer, count in
            columns.withUnsafeBufferPointer { columns in
                nonisolated(unsafe) let (source, target) = (columns, buffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let scratch = FlowScratch(count: n)
                    for j in stride(from: worker, to: m, by: workers) {
                        PreferenceFlows.sums(UnsafeBufferPointer(rebasing: source[(j * n)..<((j + 1) * n)]), shape: shapes[j], scratch: scratch,
                                             flows: UnsafeMutableBufferPointer(rebasing: target[(2 * j * n)..<(2 * (j + 1) * n)]))
                    }
                }
            }
            count = 2 * n * m
        }
        // Per option, in criterion order (so sums are the same bytes on any number of threads):
        // φ⁺, φ⁻ and the per-criterion net flows. Workers take contiguous ranges of options.
        let divisor = n > 1 ? Double(n - 1) : 1
        let scale = normalized.weights.map { $0 / divisor }
        var plus = [Double](repeating: 0, count: n), minus = plus
        // The per-criterion net flows go into the column-major copy's buffer, free once the
        // flows exist: 40 MB at 100,000 × 50 that is not allocated and faulted in again.
        var perCriterion = columns
        columns = []
        perCriterion.withUnsafeMutableBufferPointer { netBuffer in
            nonisolated(unsafe) let netTarget = netBuffer
            plus.withUnsafeMutableBufferPointer { plusBuffer in
                minus.withUnsafeMutableBufferPointer { minusBuffer in
                    flows.withUnsafeBufferPointer { flows in
                        nonisolated(unsafe) let (plusTarget, minusTarget, source) = (plusBuffer, minusBuffer, flows)
                        DispatchQueue.concurrentPerform(iterations: workers) { worker in
                            for i in Matrix.chunk(worker, of: workers, count: n) {
                                var positive = 0.0, negative = 0.0
                                for j in 0..<m {
                                    let o = source[2 * (j * n + i)], d = source[2 * (j * n + i) + 1]
                                    positive += scale[j] * o
                                    negative += scale[j] * d
                                    netTarget[i * m + j] = scale[j] * (o - d)
                                }
                                plusTarget[i] = positive
                                minusTarget[i] = negative
                            }
                        }
                    }
                }
            }
        }
        return MethodOutput(
            scores: zip(plus, minus).map { $0 - $1 },
            contributions: Matrix(rowCount: n, columnCount: m, storage: perCriterion),
            details: [MethodDetail("phi_plus", plus), MethodDetail("phi_minus", minus)])
    }
}
