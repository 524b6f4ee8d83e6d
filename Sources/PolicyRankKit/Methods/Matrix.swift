/// A dense matrix of doubles, rows × columns, stored row-major in one array.
///
/// Why one array: at 100,000 options × 50 criteria an array of row arrays is 100,000 heap
/// allocations per intermediate (normalized values, contributions, terms), and allocating
/// and freeing them cost more than the arithmetic. One buffer per matrix keeps every method
/// at memory speed; `rowArrays` gives the nested form to code that wants it.
public struct Matrix: Sendable, Equatable {
    public let rowCount: Int
    public let columnCount: Int
    /// Cell (i, j) is at `i * columnCount + j`.
    public private(set) var storage: [Double]

    /// A matrix from its rows; every row must have `columnCount` values.
    public init(_ rows: [[Double]], columnCount: Int) {
        precondition(rows.allSatisfy { $0.count == columnCount }, "every row needs \(columnCount) values")
        self.rowCount = rows.count
        self.columnCount = columnCount
        self.storage = Array(rows.joined())
    }

    /// A matrix from its rows; the column count is the first row's.
    public init(_ rows: [[Double]]) {
        self.init(rows, columnCount: rows.first?.count ?? 0)
    }

    /// A matrix whose rows `fill` writes one at a time. The buffer starts uninitialized:
    /// `fill` must write every cell of the row it is given.
    public init(rowCount: Int, columnCount: Int, fill: (_ row: Int, _ cells: UnsafeMutableBufferPointer<Double>) -> Void) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.storage = [Double](unsafeUninitializedCapacity: rowCount * columnCount) { buffer, count in
            for i in 0..<rowCount {
                fill(i, UnsafeMutableBufferPointer(rebasing: buffer[(i * columnCount)..<((i + 1) * columnCount)]))
            }
            count = rowCount * columnCount
        }
    }

    /// A matrix over row-major storage built elsewhere (such as in parallel).
    init(rowCount: Int, columnCount: Int, storage: [Double]) {
        precondition(storage.count == rowCount * columnCount, "storage must hold rowCount × columnCount values")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.storage = storage
    }

    public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columnCount + column] }
        set { storage[row * columnCount + column] = newValue }
    }

    public func row(_ i: Int) -> ArraySlice<Double> {
        storage[(i * columnCount)..<((i + 1) * columnCount)]
    }

    public func column(_ j: Int) -> [Double] {
        (0..<rowCount).map { storage[$0 * columnCount + j] }
    }

    /// The rows as separate arrays (for small matrices: output, charts, tests).
    public var rowArrays: [[Double]] {
        (0..<rowCount).map { Array(row($0)) }
    }

    /// Calls `body` with each row in order, without copying.
    public func forEachRow(_ body: (_ row: Int, _ cells: UnsafeBufferPointer<Double>) -> Void) {
        storage.withUnsafeBufferPointer { buffer in
            for i in 0..<rowCount {
                body(i, UnsafeBufferPointer(rebasing: buffer[(i * columnCount)..<((i + 1) * columnCount)]))
            }
        }
    }

    /// A matrix of the same shape whose row i is `transform` of row i.
    public func mapRows(_ transform: (_ source: UnsafeBufferPointer<Double>, _ target: UnsafeMutableBufferPointer<Double>) -> Void) -> Matrix {
        storage.withUnsafeBufferPointer { buffer in
            Matrix(rowCount: rowCount, columnCount: columnCount) { i, target in
                transform(UnsafeBufferPointer(rebasing: buffer[(i * columnCount)..<((i + 1) * columnCount)]), target)
            }
        }
    }

    /// One number per row.
    public func reduceRows(_ reduce: (_ cells: UnsafeBufferPointer<Double>) -> Double) -> [Double] {
        [Double](unsafeUninitializedCapacity: rowCount) { result, count in
            forEachRow { i, cells in result[i] = reduce(cells) }
            count = rowCount
        }
    }

    /// Σ_j of each row, added left to right (the order the nested arrays used).
    public func rowSums() -> [Double] {
        reduceRows { cells in cells.reduce(0, +) }
    }
}
