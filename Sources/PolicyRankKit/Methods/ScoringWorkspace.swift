import Dispatch
import Foundation

/// The buffers a method needs to score matrices of one shape (rows × columns) over one set of
/// criteria (their directions, bounds and preference functions are copied in), allocated once
/// and reused for every evaluation: `rank` makes one for its single evaluation, and each of
/// SMAA's worker blocks makes one and scores thousands of samples through it without
/// allocating. It is the one path from numbers to scores for both (docs/DESIGN.md §2), so a
/// sample is scored by exactly the code that ranks the study.
///
/// Not shared between threads: each worker owns its own, so nothing in the sampling loop
/// touches a reference count another core also writes.
public final class ScoringWorkspace {
    public let rows: Int
    public let columns: Int
    /// Per column: whether higher is better to the methods, the scale's bounds, the
    /// PROMETHEE preference function.
    let benefit: UnsafeMutableBufferPointer<Bool>
    let lower: UnsafeMutableBufferPointer<Double>
    let upper: UnsafeMutableBufferPointer<Double>
    let shapes: [PreferenceShape]
    /// Row-major normalized values; methods that normalize in their own way leave it alone.
    let normalized: UnsafeMutableBufferPointer<Double>
    /// Whether each normalized column reads "higher is better" (all of them, except under `none`).
    let orientation: UnsafeMutableBufferPointer<Bool>
    /// Per-option intermediates a method keeps for its output (TOPSIS's D⁺ and D⁻, VIKOR's S and R…).
    let optionSlots: UnsafeMutableBufferPointer<Double>
    static let optionSlotCount = 4
    /// Per-column intermediates (ideal points, factors, totals…).
    let columnSlots: UnsafeMutableBufferPointer<Double>
    static let columnSlotCount = 6
    let statistics: UnsafeMutableBufferPointer<ColumnStatistics>
    let transforms: UnsafeMutableBufferPointer<ColumnTransform>
    /// Whether column slots 4 and 5 hold `scale` normalization's a·x + b, which depends only on
    /// the bounds and so is computed once per workspace.
    var preparedScale = false
    /// What SMAA declared about the values it scores (`ScoringWorkspace+Reuse.swift`).
    var reuse = NormalizationReuse()
    /// PROMETHEE's column-major values and (outgoing, incoming) flow pairs, made on first use.
    private var flowBuffers: (columns: UnsafeMutableBufferPointer<Double>, flows: UnsafeMutableBufferPointer<Double>)?
    private var flowScratch: [FlowScratch] = []
    /// ELECTRE III's n × n credibilities, made on first use.
    private var pairBuffer: UnsafeMutableBufferPointer<Double>?
    private var partialBuffer: (buffer: UnsafeMutableBufferPointer<Double>, width: Int, kept: Bool)?
    /// ELECTRE III's distillation buffers and the two preorders' classes, made on first use.
    private var distillationBuffers: (scratch: Distillation.Scratch, descending: UnsafeMutableBufferPointer<Int>, ascending: UnsafeMutableBufferPointer<Int>)?
    /// Each column's (q, p, v) for ELECTRE III, read once from its preference shape.
    private(set) lazy var outrankingThresholds = OutrankingThresholds(shapes)

    public init(rows: Int, columns spec: [DecisionMatrix.Column]) {
        self.rows = rows
        self.columns = spec.count
        let m = spec.count
        benefit = Self.allocate(Bool.self, m, false)
        lower = Self.allocate(Double.self, m, 0)
        upper = Self.allocate(Double.self, m, 0)
        for (j, column) in spec.enumerated() {
            benefit[j] = column.direction == .benefit
            lower[j] = column.bounds.lowerBound
            upper[j] = column.bounds.upperBound
        }
        shapes = spec.map(\.preference)
        normalized = Self.uninitialized(rows * m)
        orientation = Self.allocate(Bool.self, m, true)
        optionSlots = Self.allocate(Double.self, Self.optionSlotCount * rows, 0)
        columnSlots = Self.allocate(Double.self, Self.columnSlotCount * m, 0)
        statistics = Self.allocate(ColumnStatistics.self, m, ColumnStatistics())
        transforms = Self.allocate(ColumnTransform.self, m, .constant(0))
    }

    public convenience init(for matrix: DecisionMatrix) {
        self.init(rows: matrix.options.count, columns: matrix.columns)
    }

    deinit {
        for buffer in [lower, upper, normalized, optionSlots, columnSlots] { buffer.deallocate() }
        benefit.deallocate()
        orientation.deallocate()
        statistics.deallocate()
        transforms.deallocate()
        pairBuffer?.deallocate()
        partialBuffer?.buffer.deallocate()
        distillationBuffers?.descending.deallocate()
        distillationBuffers?.ascending.deallocate()
        flowBuffers?.columns.deallocate()
        flowBuffers?.flows.deallocate()
        reuse.deallocate()
    }

    /// Per-option slot k (0 ≤ k < 4), `rows` values.
    func option(_ k: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(rebasing: optionSlots[(k * rows)..<((k + 1) * rows)])
    }

    /// Per-column slot k, `columns` values: 0–3 for methods, 4 and 5 for normalization.
    func column(_ k: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(rebasing: columnSlots[(k * columns)..<((k + 1) * columns)])
    }

    /// Row i of the normalized matrix.
    func normalizedRow(_ i: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(rebasing: normalized[(i * columns)..<((i + 1) * columns)])
    }

    /// PROMETHEE's column-major copy (rows × columns) and flow pairs (2 × rows × columns).
    func promethee() -> (columns: UnsafeMutableBufferPointer<Double>, flows: UnsafeMutableBufferPointer<Double>) {
        if let flowBuffers { return flowBuffers }
        let made = (Self.uninitialized(rows * columns), Self.uninitialized(2 * rows * columns))
        flowBuffers = made
        return made
    }

    /// A rows × rows buffer for methods that compare every pair (ELECTRE III).
    func pairs() -> UnsafeMutableBufferPointer<Double> {
        if let pairBuffer { return pairBuffer }
        let made = Self.uninitialized(rows * rows)
        pairBuffer = made
        return made
    }

    /// ELECTRE III's partial concordances and discordances (2 × (columns + vetoes) per pair):
    /// one slot per unordered pair while the table stays within `partialOutrankingLimit`
    /// doubles (`kept`), so that a second scoring of the same values can reuse them; above
    /// that, one slot that every pair overwrites.
    func partialOutranking(vetoes: Int) -> (buffer: UnsafeMutableBufferPointer<Double>, width: Int, kept: Bool) {
        let width = 2 * (columns + vetoes)
        if let partialBuffer, partialBuffer.width == width { return partialBuffer }
        partialBuffer?.buffer.deallocate()
        let pairs = rows * (rows - 1) / 2
        let kept = pairs * width <= Self.partialOutrankingLimit
        let made = (Self.uninitialized(kept ? pairs * width : width), width, kept)
        partialBuffer = made
        return made
    }
    /// 8 MB: a 200-option study with 12 criteria keeps its table; 500 options do not.
    static let partialOutrankingLimit = 1 << 20

    /// ELECTRE III's distillation scratch and a class per row for each of the two preorders.
    func distillation() -> (scratch: Distillation.Scratch, descending: UnsafeMutableBufferPointer<Int>, ascending: UnsafeMutableBufferPointer<Int>) {
        if let distillationBuffers { return distillationBuffers }
        let made = (Distillation.Scratch(n: rows), Self.allocate(Int.self, rows, 0), Self.allocate(Int.self, rows, 0))
        distillationBuffers = made
        return made
    }

    /// Sort buffers for `PreferenceFlows`, one per worker, made on first use.
    func flowScratch(workers: Int) -> [FlowScratch] {
        if flowScratch.count < workers {
            flowScratch += (flowScratch.count..<workers).map { _ in FlowScratch(count: rows) }
        }
        return flowScratch
    }

    /// Doubles that every method writes before it reads them: left untouched, the pages of a
    /// 100,000 × 50 buffer are not faulted in until the method fills them (and a method that
    /// does not use the buffer, such as PROMETHEE II under `none`, never pays for it).
    private static func uninitialized(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer<Double>.allocate(capacity: max(count, 1))
    }

    /// Room for at least one element, so that an empty study's buffers are still real ones;
    /// code reads only the first `count`.
    private static func allocate<T>(_ type: T.Type, _ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))
        buffer.initialize(repeating: value)
        return buffer
    }
}

/// What one evaluation reads: row-major values (rows × columns of the workspace), one weight
/// per column, and the method's choices. Pointers valid for the duration of the call.
public struct ScoringInput {
    public var values: UnsafeBufferPointer<Double>
    public var weights: UnsafeBufferPointer<Double>
    public var normalization: Normalization
    public var parameters: [String: Double]

    public init(
        values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
        normalization: Normalization, parameters: [String: Double]
    ) {
        self.values = values
        self.weights = weights
        self.normalization = normalization
        self.parameters = parameters
    }
}
