extension ScoringWorkspace {
    /// Normalizes row-major `values` into `normalized` with the formulas of docs/DESIGN.md §2,
    /// and records each column's orientation: one pass for column statistics (none for
    /// `scale` and `none`), one to map. Every normalized matrix in policyrank comes from here.
    func normalize(_ values: UnsafeBufferPointer<Double>, _ normalization: Normalization) {
        if reusePreviousPass(values, normalization) { return }
        defer { finishedFullPass(values, normalization) }
        let n = rows, m = columns
        if normalization == .none {
            for k in 0..<(n * m) { normalized[k] = values[k] }
            for j in 0..<m { orientation[j] = benefit[j] }
            preparedScale = false
            return
        }
        let scale = column(4), offset = column(5)
        if normalization == .scale && preparedScale {
            // `scale` reads only the declared bounds: its transforms, made once, still hold.
            affineMap(values, scale: scale, offset: offset)
            return
        }
        for j in 0..<m {
            statistics[j] = ColumnStatistics(reciprocals: normalization == .sum)
            orientation[j] = true
        }
        if normalization != .scale {
            for i in 0..<n {
                for j in 0..<m { statistics[j].add(values[i * m + j]) }
            }
        }
        var affine = true
        for j in 0..<m {
            let transform = normalization.transform(statistics[j], direction: benefit[j] ? .benefit : .cost, bounds: lower[j]...upper[j])
            transforms[j] = transform
            switch transform {
            case .affine(let a, let b): (scale[j], offset[j]) = (a, b)
            case .constant(let value): (scale[j], offset[j]) = (0, value)
            default: affine = false
            }
        }
        preparedScale = normalization == .scale && affine
        if affine {
            affineMap(values, scale: scale, offset: offset)
        } else {
            for i in 0..<n {
                for j in 0..<m { normalized[i * m + j] = transforms[j].apply(values[i * m + j]) }
            }
        }
    }

    /// The common case: every column is a·x + b, a plain loop with no per-cell dispatch.
    private func affineMap(_ values: UnsafeBufferPointer<Double>, scale: UnsafeMutableBufferPointer<Double>, offset: UnsafeMutableBufferPointer<Double>) {
        let n = rows, m = columns
        for i in 0..<n {
            for j in 0..<m { normalized[i * m + j] = scale[j] * values[i * m + j] + offset[j] }
        }
    }

    /// Per column, the best and the worst normalized value given its orientation, into column
    /// slots `ideal` and `antiIdeal` (TOPSIS and VIKOR).
    func extremes(ideal: Int, antiIdeal: Int) {
        let n = rows, m = columns
        let best = column(ideal), worst = column(antiIdeal)
        for j in 0..<m {
            var low = Double.infinity, high = -Double.infinity
            for i in 0..<n {
                low = Swift.min(low, normalized[i * m + j])
                high = Swift.max(high, normalized[i * m + j])
            }
            if n == 0 { (low, high) = (0, 0) }
            (best[j], worst[j]) = orientation[j] ? (high, low) : (low, high)
        }
    }

    /// Copies `rows` values of an option slot out, for a method's detail column.
    func optionValues(_ k: Int) -> [Double] { Array(option(k)[0..<rows]) }

    /// The normalized matrix as a value, for output.
    var normalizedMatrix: Matrix {
        Matrix(rowCount: rows, columnCount: columns, storage: Array(normalized[0..<(rows * columns)]))
    }

    /// A rows × columns matrix with cell (i, j) = `cell(i, j)`.
    func matrix(_ cell: (Int, Int) -> Double) -> Matrix {
        var storage: [Double] = []
        storage.reserveCapacity(rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { storage.append(cell(i, j)) }
        }
        return Matrix(rowCount: rows, columnCount: columns, storage: storage)
    }
}

extension AggregationMethod {
    /// Scores a whole matrix through a fresh workspace: `evaluate`'s first step, and the
    /// reference the sampling path is tested against.
    func scores(
        _ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double],
        workspace: ScoringWorkspace
    ) -> [Double] {
        let weights = matrix.columns.map(\.weight)
        return [Double](unsafeUninitializedCapacity: matrix.options.count) { buffer, count in
            matrix.values.storage.withUnsafeBufferPointer { values in
                weights.withUnsafeBufferPointer { weights in
                    let input = ScoringInput(values: values, weights: weights, normalization: normalization, parameters: parameters)
                    score(input, workspace: workspace, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<matrix.options.count]))
                }
            }
            count = matrix.options.count
        }
    }
}
