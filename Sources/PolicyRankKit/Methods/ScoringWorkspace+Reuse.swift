/// What SMAA's sampling loops tell a workspace about the values they score, so that
/// `normalize` redoes only what changed since its last call. Every normalized value stays bit
/// for bit what a full pass would write:
/// - between samples only the uncertain cells change, and under `scale` (its transforms
///   prepared) and `none` each cell maps on its own, so only those cells are mapped again;
/// - the confidence pass scores one draw under several options' central weights, and no
///   normalization reads the weights, so after the first call nothing is mapped at all; the
///   methods keep what else reads the values alone (ELECTRE III its partial concordances,
///   PROMETHEE its criteria's unweighted flows).
///
/// It applies only to the buffer the caller declared and to the normalization of the last full
/// pass over it; a method that writes into the normalized matrix itself (VIKOR) withdraws it.
struct NormalizationReuse {
    /// The buffer SMAA scores, whose cells outside `cells` never change.
    var buffer: UnsafePointer<Double>?
    /// The row-major cells that may change between calls, and each one's column.
    var cells: UnsafeMutableBufferPointer<Int>?
    var cellColumns: UnsafeMutableBufferPointer<Int>?
    /// The normalization of the last full pass over `buffer`; nil when the normalized matrix
    /// no longer holds that pass (none yet, another buffer since, or overwritten).
    var lastFullPass: Normalization?
    /// Whether the call in progress is the same method on exactly the values of the previous
    /// call on this workspace: set by SMAA's scorer before every call (`SampleScorer.rank`),
    /// whose workspace serves one method; false for every other caller.
    var unchanged = false

    func deallocate() {
        cells?.deallocate()
        cellColumns?.deallocate()
    }
}

extension ScoringWorkspace {
    /// Declares that the values scored from now on live at `buffer` and that only `cells`
    /// (row-major indices) change between calls.
    func expectValues(at buffer: UnsafePointer<Double>, changingOnly cells: [Int]) {
        reuse.deallocate()
        let indices = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(cells.count, 1))
        let columns = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(cells.count, 1))
        for (k, cell) in cells.enumerated() {
            indices[k] = cell
            columns[k] = cell % self.columns
        }
        reuse = NormalizationReuse(
            buffer: buffer, cells: UnsafeMutableBufferPointer(rebasing: indices[0..<cells.count]),
            cellColumns: UnsafeMutableBufferPointer(rebasing: columns[0..<cells.count]))
    }

    /// Says whether the next call reads exactly the values of the previous one.
    func valuesUnchanged(_ unchanged: Bool) { reuse.unchanged = unchanged }

    /// For a method that overwrites the normalized matrix: the next `normalize` is a full pass.
    func normalizedOverwritten() { reuse.lastFullPass = nil }

    /// Brings `normalized` up to date without a full pass when the declared buffer is read
    /// again under the last full pass's normalization; false when a full pass is needed.
    func reusePreviousPass(_ values: UnsafeBufferPointer<Double>, _ normalization: Normalization) -> Bool {
        guard let buffer = reuse.buffer, values.baseAddress == buffer, reuse.lastFullPass == normalization,
            let cells = reuse.cells, let cellColumns = reuse.cellColumns
        else { return false }
        if reuse.unchanged { return true }
        switch normalization {
        case .none:
            for k in cells.indices { normalized[cells[k]] = values[cells[k]] }
            return true
        case .scale where preparedScale:
            let scale = column(4), offset = column(5)
            for k in cells.indices {
                let j = cellColumns[k]
                normalized[cells[k]] = scale[j] * values[cells[k]] + offset[j]
            }
            return true
        default:
            return false
        }
    }

    /// Records a full pass, so that the next call on the declared buffer may reuse it.
    func finishedFullPass(_ values: UnsafeBufferPointer<Double>, _ normalization: Normalization) {
        reuse.lastFullPass = values.baseAddress != nil && values.baseAddress == reuse.buffer ? normalization : nil
    }
}
