/// A decision matrix after normalization: every column oriented so that higher is better,
/// except under `none`, where each column keeps its declared direction for the method.
public struct NormalizedMatrix: Sendable {
    /// `values[i][j]`: option i on criterion j.
    public var values: [[Double]]
    /// How to read each column: `.benefit` means higher is better.
    public var orientation: [Direction]
    public var weights: [Double]

    public var optionCount: Int { values.count }
    public var criterionCount: Int { weights.count }

    /// The best and worst value of column j, given its orientation.
    public func idealAndAntiIdeal(_ j: Int) -> (ideal: Double, antiIdeal: Double) {
        let column = values.map { $0[j] }
        let high = column.max() ?? 0, low = column.min() ?? 0
        return orientation[j] == .benefit ? (high, low) : (low, high)
    }
}

extension DecisionMatrix {
    /// The matrix with each column normalized.
    public func normalized(_ normalization: Normalization) -> NormalizedMatrix {
        let columnsNormalized = columns.indices.map { j in
            normalization.apply(column(j), direction: columns[j].direction, bounds: columns[j].bounds)
        }
        return NormalizedMatrix(
            values: options.indices.map { i in columns.indices.map { j in columnsNormalized[j][i] } },
            orientation: columns.map { normalization == .none ? $0.direction : .benefit },
            weights: columns.map(\.weight))
    }
}
