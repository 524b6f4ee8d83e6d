/// A decision matrix after normalization: every column oriented so that higher is better,
/// except under `none`, where each column keeps its declared direction for the method.
public struct NormalizedMatrix: Sendable {
    /// `values[i, j]`: option i on criterion j.
    public var values: Matrix
    /// How to read each column: `.benefit` means higher is better.
    public var orientation: [Direction]
    public var weights: [Double]

    public var optionCount: Int { values.rowCount }
    public var criterionCount: Int { weights.count }

    /// Per column, the best and the worst value given its orientation (for TOPSIS and VIKOR;
    /// one pass over the matrix, so computed only when asked).
    public func extremes() -> (ideal: [Double], antiIdeal: [Double]) {
        let m = criterionCount
        guard optionCount > 0 else { return (Array(repeating: 0, count: m), Array(repeating: 0, count: m)) }
        var low = [Double](repeating: .infinity, count: m), high = [Double](repeating: -.infinity, count: m)
        values.forEachRow { _, row in
            for j in 0..<m {
                low[j] = Swift.min(low[j], row[j])
                high[j] = Swift.max(high[j], row[j])
            }
        }
        return ((0..<m).map { orientation[$0] == .benefit ? high[$0] : low[$0] },
                (0..<m).map { orientation[$0] == .benefit ? low[$0] : high[$0] })
    }
}

extension DecisionMatrix {
    /// Scale and offset per column when every column's transform is affine (or constant).
    static func affineParts(_ transforms: [ColumnTransform]) -> (scale: [Double], offset: [Double])? {
        var scale: [Double] = [], offset: [Double] = []
        for transform in transforms {
            switch transform {
            case .affine(let a, let b): scale.append(a); offset.append(b)
            case .constant(let value): scale.append(0); offset.append(value)
            default: return nil
            }
        }
        return (scale, offset)
    }

    /// The matrix with each column normalized: one pass for column statistics, one to map.
    public func normalized(_ normalization: Normalization) -> NormalizedMatrix {
        let m = columns.count
        var statistics = [ColumnStatistics](repeating: ColumnStatistics(reciprocals: normalization == .sum), count: m)
        if normalization != .none && normalization != .scale {
            values.forEachRow { _, row in
                for j in 0..<m { statistics[j].add(row[j]) }
            }
        }
        let transforms = (0..<m).map { j in
            normalization.transform(statistics[j], direction: columns[j].direction, bounds: columns[j].bounds)
        }
        let rows: Matrix
        if normalization == .none {
            rows = values
        } else if let affine = Self.affineParts(transforms) {
            // The common case: every column is a·x + b; a plain loop, no per-cell dispatch.
            let (scale, offset) = affine
            rows = values.mapRows { row, target in
                for j in 0..<m { target[j] = scale[j] * row[j] + offset[j] }
            }
        } else {
            rows = values.mapRows { row, target in
                for j in 0..<m { target[j] = transforms[j].apply(row[j]) }
            }
        }
        return NormalizedMatrix(
            values: rows, orientation: columns.map { normalization == .none ? $0.direction : .benefit },
            weights: columns.map(\.weight))
    }
}
