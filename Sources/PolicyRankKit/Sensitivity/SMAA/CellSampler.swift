/// Draws a sample's uncertain cells for one worker block: the cells' constants laid out as
/// columns (one buffer per constant, the block's own), so that the inverse CDFs run as one
/// loop over all cells that the compiler vectorizes, square roots included.
///
/// The random stream is read exactly as a cell-by-cell draw would read it, one uniform per
/// cell in cell order, and every value is the same to the bit: only the arithmetic after the
/// draws is regrouped.
final class CellSampler {
    let count: Int
    /// Row-major index of each cell into the values.
    let index: UnsafeMutableBufferPointer<Int>
    /// Triangular inverse CDF: x = low + √(u·lowArea) for u ≤ split, else high − √((1 − u)·highArea).
    /// Uniform: x = low + span·(1 − u).
    let split: UnsafeMutableBufferPointer<Double>
    let lowArea: UnsafeMutableBufferPointer<Double>
    let highArea: UnsafeMutableBufferPointer<Double>
    let low: UnsafeMutableBufferPointer<Double>
    let high: UnsafeMutableBufferPointer<Double>
    let span: UnsafeMutableBufferPointer<Double>
    /// All ones for a triangular cell, zero for a uniform one.
    let triangular: UnsafeMutableBufferPointer<UInt64>
    /// One uniform per cell, then, in place, the cell's drawn value.
    let draws: UnsafeMutableBufferPointer<Double>
    /// The cells whose leaf has a value function, and where its pairs are in `curves`.
    let curved: [(cell: Int, start: Int, count: Int)]
    let curves: UnsafeMutableBufferPointer<Double>

    init(cells: [SMAAProblem.UncertainCell], curves: [Double]) {
        count = cells.count
        func column<T>(_ value: (SMAAProblem.UncertainCell) -> T) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(cells.count, 1))
            for (k, cell) in cells.enumerated() { (buffer.baseAddress! + k).initialize(to: value(cell)) }
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<cells.count])
        }
        index = column(\.index)
        split = column(\.split)
        lowArea = column(\.lowArea)
        highArea = column(\.highArea)
        low = column(\.low)
        high = column(\.high)
        span = column { $0.high - $0.low }
        triangular = column { $0.triangular ? UInt64.max : 0 }
        draws = column { _ in 0.0 }
        curved = cells.enumerated().compactMap { k, cell in cell.curveStart >= 0 ? (k, cell.curveStart, cell.curveCount) : nil }
        let local = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(curves.count, 1))
        _ = local.initialize(from: curves)
        self.curves = UnsafeMutableBufferPointer(rebasing: local[0..<curves.count])
    }

    deinit {
        for buffer in [split, lowArea, highArea, low, high, span, draws, curves] { buffer.baseAddress?.deallocate() }
        index.baseAddress?.deallocate()
        triangular.baseAddress?.deallocate()
    }

    /// The row-major indices of the cells, for `SampleScorer.expect`.
    var indices: [Int] { Array(index) }

    /// Draws every cell into `values`: raw units, then the leaf's value function.
    func draw(into values: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        let count = self.count
        for k in 0..<count { draws[k] = random.unit() }
        for k in 0..<count {
            let u = draws[k]
            // Which side of the mode u falls is a coin toss the branch predictor cannot learn:
            // both sides are computed and one is kept by masks (`blend`), one root per cell.
            let below = u <= split[k]
            let root = blend(below, u * lowArea[k], (1 - u) * highArea[k]).squareRoot()
            let fromTriangle = blend(below, low[k] + root, high[k] - root)
            let fromUniform = low[k] + span[k] * (1 - u)
            draws[k] = blend(mask: triangular[k], fromTriangle, fromUniform)
        }
        for (cell, start, length) in curved {
            draws[cell] = ValueFunction.interpolate(UnsafeBufferPointer(rebasing: curves[start..<(start + length)]), at: draws[cell])
        }
        for k in 0..<count { values[index[k]] = draws[k] }
    }
}

/// `condition ? a : b` through masks on the bit patterns. Written as `?:`, the optimizer turned
/// the triangular draw's choice into a jump, mispredicted on half the draws (a fifth of SMAA's
/// first pass); masks leave it nothing to branch on. Exact: one of the two values, bit for bit.
@inline(__always)
func blend(_ condition: Bool, _ a: Double, _ b: Double) -> Double {
    blend(mask: 0 &- UInt64(condition ? 1 : 0), a, b)
}

/// `a` where `mask` is all ones, `b` where it is zero.
@inline(__always)
func blend(mask: UInt64, _ a: Double, _ b: Double) -> Double {
    Double(bitPattern: (a.bitPattern & mask) | (b.bitPattern & ~mask))
}
