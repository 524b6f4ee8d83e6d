/// Draws a sample's uncertain cells for one worker block. Each cell has a slot in one buffer,
/// triangular cells first and uniform ones after, and the cells' constants are columns in slot
/// order, so that each inverse CDF is one plain loop over consecutive slots: no jump on the
/// kind of cell or on which side of the mode a draw falls, and the square roots two at a time
/// (LLVM vectorizes the loop once nothing is gathered through an index and the root cannot
/// set errno).
///
/// The random stream is read exactly as a cell-by-cell draw would read it, one uniform per
/// cell in cell order, and every value is the same to the bit: only the arithmetic after the
/// draws is regrouped.
final class CellSampler {
    let count: Int
    /// The slot of each cell, in cell order: where its uniform goes.
    let slot: UnsafeMutableBufferPointer<Int>
    /// Row-major index into the values of the cell in each slot.
    let target: UnsafeMutableBufferPointer<Int>
    /// Per slot: the cell's uniform, then, in place, its drawn value.
    let draws: UnsafeMutableBufferPointer<Double>
    /// Triangular cells, slots 0..<triangles.count: x = low + √(u·lowArea) for u ≤ split, else
    /// high − √((1 − u)·highArea).
    let triangles: Columns
    /// Uniform cells, the slots after the triangular ones: x = low + (high − low)·(1 − u).
    let uniforms: Columns
    /// The slots whose leaf has a value function, and where its pairs are in `curves`.
    let curved: [(slot: Int, start: Int, count: Int)]
    let curves: UnsafeMutableBufferPointer<Double>

    /// One kind of cell's constants, a buffer per constant, in slot order.
    struct Columns {
        let count: Int
        /// Each slot's cell, its position in the list of cells.
        let cell: UnsafeMutableBufferPointer<Int>
        let split, lowArea, highArea, low, high: UnsafeMutableBufferPointer<Double>

        /// The cells of one kind, filled straight from the list: no intermediate arrays, which
        /// for a study of 100,000 options and 300,000 uncertain cells cost half a second.
        init(_ cells: [SMAAProblem.UncertainCell], triangular: Bool) {
            let count = cells.reduce(0) { $0 + ($1.triangular == triangular ? 1 : 0) }
            func buffer<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
                UnsafeMutableBufferPointer(rebasing: UnsafeMutableBufferPointer<T>.allocate(capacity: max(count, 1))[0..<count])
            }
            self.count = count
            cell = buffer(Int.self)
            (split, lowArea, highArea) = (buffer(Double.self), buffer(Double.self), buffer(Double.self))
            (low, high) = (buffer(Double.self), buffer(Double.self))
            var k = 0
            for (position, item) in cells.enumerated() where item.triangular == triangular {
                cell[k] = position
                (split[k], lowArea[k], highArea[k]) = (item.split, item.lowArea, item.highArea)
                (low[k], high[k]) = (item.low, item.high)
                k += 1
            }
        }

        func deallocate() {
            cell.baseAddress?.deallocate()
            for buffer in [split, lowArea, highArea, low, high] { buffer.baseAddress?.deallocate() }
        }
    }

    init(cells: [SMAAProblem.UncertainCell], curves: [Double]) {
        count = cells.count
        slot = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(cells.count, 1))
        target = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(cells.count, 1))
        draws = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(cells.count, 1))
        draws.initialize(repeating: 0)
        triangles = Columns(cells, triangular: true)
        uniforms = Columns(cells, triangular: false)
        for (first, kind) in [(0, triangles), (triangles.count, uniforms)] {
            for k in 0..<kind.count {
                slot[kind.cell[k]] = first + k
                target[first + k] = cells[kind.cell[k]].index
            }
        }
        let slotOf = slot
        curved = cells.enumerated().compactMap { k, cell in cell.curveStart >= 0 ? (slotOf[k], cell.curveStart, cell.curveCount) : nil }
        let local = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(curves.count, 1))
        _ = local.initialize(from: curves)
        self.curves = UnsafeMutableBufferPointer(rebasing: local[0..<curves.count])
    }

    deinit {
        slot.baseAddress?.deallocate()
        target.baseAddress?.deallocate()
        draws.baseAddress?.deallocate()
        curves.baseAddress?.deallocate()
        triangles.deallocate()
        uniforms.deallocate()
    }

    /// The row-major indices of the cells in cell order, for `SampleScorer.expect`.
    var indices: [Int] { (0..<count).map { target[slot[$0]] } }

    /// Draws every cell into `values`: raw units, then the leaf's value function.
    func draw(into values: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        // Two uniforms a turn, in cell order: the loop's own count and jump were a sixth of
        // each uniform's instructions.
        var k = 0
        while k &+ 1 < count {
            let u = random.unit(), v = random.unit()
            draws[slot[k]] = u
            draws[slot[k &+ 1]] = v
            k &+= 2
        }
        if k < count { draws[slot[k]] = random.unit() }
        let t = triangles
        for k in 0..<t.count {
            let u = draws[k]
            // Which side of the mode u falls is a coin toss the branch predictor cannot learn:
            // both sides are computed and one is kept by masks (`blend`), one root per cell.
            // The area is never negative, so `magnitude` changes no bit; it tells LLVM that the
            // root cannot set errno, which otherwise keeps the loop scalar.
            let below = u <= t.split[k]
            let root = blend(below, u * t.lowArea[k], (1 - u) * t.highArea[k]).magnitude.squareRoot()
            draws[k] = blend(below, t.low[k] + root, t.high[k] - root)
        }
        let f = uniforms, offset = t.count
        for k in 0..<f.count {
            let u = draws[offset + k]
            draws[offset + k] = f.low[k] + (f.high[k] - f.low[k]) * (1 - u)
        }
        for (slot, start, length) in curved {
            draws[slot] = ValueFunction.interpolate(UnsafeBufferPointer(rebasing: curves[start..<(start + length)]), at: draws[slot])
        }
        for k in 0..<count { values[target[k]] = draws[k] }
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
