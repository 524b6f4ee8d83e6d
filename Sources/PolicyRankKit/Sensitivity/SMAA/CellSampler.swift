/// Draws a sample's uncertain cells for one worker block. The cells' constants are laid out as
/// columns (one buffer per constant, the block's own), triangular and uniform cells apart, so
/// that each inverse CDF is one plain loop: no jump on the kind of cell or on which side of the
/// mode a draw falls, and a square root only where a triangular cell needs one.
///
/// The random stream is read exactly as a cell-by-cell draw would read it, one uniform per
/// cell in cell order, and every value is the same to the bit: only the arithmetic after the
/// draws is regrouped.
final class CellSampler {
    let count: Int
    /// Row-major index of each cell into the values.
    let index: UnsafeMutableBufferPointer<Int>
    /// One uniform per cell, then, in place, the cell's drawn value.
    let draws: UnsafeMutableBufferPointer<Double>
    /// Triangular cells (their places in `draws`): x = low + √(u·lowArea) for u ≤ split, else
    /// high − √((1 − u)·highArea).
    let triangles: Columns
    /// Uniform cells: x = low + (high − low)·(1 − u).
    let uniforms: Columns
    /// The cells whose leaf has a value function, and where its pairs are in `curves`.
    let curved: [(cell: Int, start: Int, count: Int)]
    let curves: UnsafeMutableBufferPointer<Double>

    /// One kind of cell's constants, a buffer per constant.
    struct Columns {
        let count: Int
        let place: UnsafeMutableBufferPointer<Int>
        let split, lowArea, highArea, low, high: UnsafeMutableBufferPointer<Double>

        /// The cells of one kind, filled straight from the list: no intermediate arrays, which
        /// for a study of 100,000 options and 300,000 uncertain cells cost half a second.
        init(_ cells: [SMAAProblem.UncertainCell], triangular: Bool) {
            let count = cells.reduce(0) { $0 + ($1.triangular == triangular ? 1 : 0) }
            func buffer<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
                UnsafeMutableBufferPointer(rebasing: UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))[0..<count])
            }
            self.count = count
            place = buffer(Int.self)
            (split, lowArea, highArea) = (buffer(Double.self), buffer(Double.self), buffer(Double.self))
            (low, high) = (buffer(Double.self), buffer(Double.self))
            var k = 0
            for (position, cell) in cells.enumerated() where cell.triangular == triangular {
                place[k] = position
                (split[k], lowArea[k], highArea[k]) = (cell.split, cell.lowArea, cell.highArea)
                (low[k], high[k]) = (cell.low, cell.high)
                k += 1
            }
        }

        func deallocate() {
            place.baseAddress?.deallocate()
            for buffer in [split, lowArea, highArea, low, high] { buffer.baseAddress?.deallocate() }
        }
    }

    init(cells: [SMAAProblem.UncertainCell], curves: [Double]) {
        count = cells.count
        index = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(cells.count, 1))
        draws = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(cells.count, 1))
        for (k, cell) in cells.enumerated() { (index[k], draws[k]) = (cell.index, 0) }
        triangles = Columns(cells, triangular: true)
        uniforms = Columns(cells, triangular: false)
        curved = cells.enumerated().compactMap { k, cell in cell.curveStart >= 0 ? (k, cell.curveStart, cell.curveCount) : nil }
        let local = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(curves.count, 1))
        _ = local.initialize(from: curves)
        self.curves = UnsafeMutableBufferPointer(rebasing: local[0..<curves.count])
    }

    deinit {
        index.baseAddress?.deallocate()
        draws.baseAddress?.deallocate()
        curves.baseAddress?.deallocate()
        triangles.deallocate()
        uniforms.deallocate()
    }

    /// The row-major indices of the cells, for `SampleScorer.expect`.
    var indices: [Int] { Array(index[0..<count]) }

    /// Draws every cell into `values`: raw units, then the leaf's value function.
    func draw(into values: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        for k in 0..<count { draws[k] = random.unit() }
        let t = triangles
        for k in 0..<t.count {
            let u = draws[t.place[k]]
            // Which side of the mode u falls is a coin toss the branch predictor cannot learn:
            // both sides are computed and one is kept by masks (`blend`), one root per cell.
            let below = u <= t.split[k]
            let root = blend(below, u * t.lowArea[k], (1 - u) * t.highArea[k]).squareRoot()
            draws[t.place[k]] = blend(below, t.low[k] + root, t.high[k] - root)
        }
        let f = uniforms
        for k in 0..<f.count {
            let u = draws[f.place[k]]
            draws[f.place[k]] = f.low[k] + (f.high[k] - f.low[k]) * (1 - u)
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
    let mask = 0 &- UInt64(condition ? 1 : 0)
    return Double(bitPattern: (a.bitPattern & mask) | (b.bitPattern & ~mask))
}
