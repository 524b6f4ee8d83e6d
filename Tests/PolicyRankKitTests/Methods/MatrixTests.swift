import Testing

@testable import PolicyRankKit

@Suite struct MatrixTests {
    let matrix = Matrix([[1, 2, 3], [4, 5, 6]])

    @Test func storesRowsOneAfterAnother() {
        #expect(matrix.rowCount == 2 && matrix.columnCount == 3)
        #expect(matrix.storage == [1, 2, 3, 4, 5, 6])
        #expect(matrix[1, 0] == 4 && matrix[0, 2] == 3)
        #expect(Array(matrix.row(1)) == [4, 5, 6])
        #expect(matrix.column(1) == [2, 5])
        #expect(matrix.rowArrays == [[1, 2, 3], [4, 5, 6]])
    }

    @Test func mapsAndReducesRowByRow() {
        let doubled = matrix.mapRows { row, target in for j in row.indices { target[j] = 2 * row[j] + Double(j) } }
        #expect(doubled.rowArrays == [[2, 5, 8], [8, 11, 14]])
        #expect(matrix.rowSums() == [6, 15])
        #expect(matrix.reduceRows { $0.max() ?? 0 } == [3, 6])
        var visited: [Int] = []
        matrix.forEachRow { i, row in visited.append(i * 10 + Int(row[0])) }
        #expect(visited == [1, 14])
    }

    /// Every item in exactly one chunk, in order, for any number of workers, including more
    /// workers than items and counts where a rounded-up chunk size would overshoot.
    @Test func chunksCoverEveryRowOnceForAnyWorkerCount() {
        for count in [0, 1, 5, 64, 3_905, 10_000] {
            for workers in [1, 2, 3, 7, 64, 128] {
                let chunks = (0..<workers).map { Matrix.chunk($0, of: workers, count: count) }
                #expect(chunks.flatMap { Array($0) } == Array(0..<count), "count \(count), workers \(workers)")
                #expect(chunks.allSatisfy { $0.count <= count / workers + 1 })
            }
        }
    }

    @Test func anEmptyMatrixKeepsItsColumnCount() {
        let empty = Matrix([], columnCount: 4)
        #expect(empty.rowCount == 0 && empty.columnCount == 4)
        #expect(empty.rowSums().isEmpty && empty.column(2).isEmpty)
    }
}
