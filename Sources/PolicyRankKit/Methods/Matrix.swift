import Dispatch
import Foundation

/// A dense matrix of doubles, rows × columns, stored row-major in one array.
///
/// Why one array: at 100,000 options × 50 criteria an array of row arrays is 100,000 heap
/// allocations per intermediate (normalized values, contributions, terms), and allocating
/// and freeing them cost more than the arithmetic. One buffer per matrix keeps every method
/// at memory speed; `rowArrays` gives the nested form to code that wants it.
///
/// `mapRows` and `reduceRows` work on every core once a matrix is large enough to repay
/// starting threads; rows are independent, so the result is the same on any number of cores.
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

    /// A matrix over row-major storage built elsewhere (such as in parallel).
    init(rowCount: Int, columnCount: Int, storage: [Double]) {
        precondition(storage.count == rowCount * columnCount, "storage must hold rowCount × columnCount values")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.storage = storage
    }

    public subscript(row: Int, column: Int) -> Double {
        storage[row * columnCount + column]
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

    /// Matrices with at least this many cells are mapped and reduced on every core.
    static let parallelCells = 1 << 18

    /// A matrix of the same shape whose row i is `transform` of row i.
    public func mapRows(_ transform: @Sendable (_ source: UnsafeBufferPointer<Double>, _ target: UnsafeMutableBufferPointer<Double>) -> Void) -> Matrix {
        let m = columnCount
        let mapped = [Double](unsafeUninitializedCapacity: rowCount * m) { buffer, count in
            storage.withUnsafeBufferPointer { source in
                nonisolated(unsafe) let (source, target) = (source, buffer)
                inRowChunks { rows in
                    for i in rows {
                        transform(
                            UnsafeBufferPointer(rebasing: source[(i * m)..<((i + 1) * m)]),
                            UnsafeMutableBufferPointer(rebasing: target[(i * m)..<((i + 1) * m)]))
                    }
                }
            }
            count = rowCount * m
        }
        return Matrix(rowCount: rowCount, columnCount: m, storage: mapped)
    }

    /// One number per row.
    public func reduceRows(_ reduce: @Sendable (_ cells: UnsafeBufferPointer<Double>) -> Double) -> [Double] {
        let m = columnCount
        return [Double](unsafeUninitializedCapacity: rowCount) { result, count in
            storage.withUnsafeBufferPointer { source in
                nonisolated(unsafe) let (source, target) = (source, result)
                inRowChunks { rows in
                    for i in rows { target[i] = reduce(UnsafeBufferPointer(rebasing: source[(i * m)..<((i + 1) * m)])) }
                }
            }
            count = rowCount
        }
    }

    /// Calls `body` with contiguous ranges of rows that together cover every row once: one
    /// range per core for a large matrix, all rows at once for a small one.
    private func inRowChunks(_ body: @Sendable (Range<Int>) -> Void) {
        let workers = rowCount * columnCount >= Self.parallelCells ? min(rowCount, ProcessInfo.processInfo.activeProcessorCount) : 1
        guard workers > 1 else { return body(0..<rowCount) }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            body(Self.chunk(worker, of: workers, count: rowCount))
        }
    }

    /// Worker `worker`'s share of `count` items split into `workers` contiguous ranges whose
    /// sizes differ by at most one (so no range is empty or inverted, whatever the core count).
    static func chunk(_ worker: Int, of workers: Int, count: Int) -> Range<Int> {
        (worker * count / workers)..<((worker + 1) * count / workers)
    }

    /// Σ_j of each row, added left to right (the order the nested arrays used).
    public func rowSums() -> [Double] {
        reduceRows { cells in cells.reduce(0, +) }
    }
}
