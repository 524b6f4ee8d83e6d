/// A decision matrix after normalization: every column oriented so that higher is better,
/// except under `none`, where each column keeps its declared direction for the method.
public struct NormalizedMatrix: Sendable {
    /// `values[i][j]`: option i on criterion j.
    public var values: [[Double]]
    /// How to read each column: `.benefit` means higher is better.
    public var orientation: [Direction]
    public var weights: [Double]
    /// Per column, the best and the worst value given its orientation.
    public var ideal: [Double]
    public var antiIdeal: [Double]

    public var optionCount: Int { values.count }
    public var criterionCount: Int { weights.count }
}

extension DecisionMatrix {
    /// The matrix with each column normalized: one pass for column statistics, one to map.
    public func normalized(_ normalization: Normalization) -> NormalizedMatrix {
        let m = columns.count
        var statistics = [ColumnStatistics](repeating: ColumnStatistics(), count: m)
        if normalization != .none && normalization != .scale {
            for row in values {
                for j in 0..<m { statistics[j].add(row[j]) }
            }
        }
        let transforms = (0..<m).map { j in
            normalization.transform(statistics[j], direction: columns[j].direction, bounds: columns[j].bounds)
        }
        let rows = normalization == .none ? values : values.map { row in
            (0..<m).map { transforms[$0].apply(row[$0]) }
        }
        let orientation = columns.map { normalization == .none ? $0.direction : .benefit }
        var low = [Double](repeating: .infinity, count: m), high = [Double](repeating: -.infinity, count: m)
        for row in rows {
            for j in 0..<m {
                low[j] = Swift.min(low[j], row[j])
                high[j] = Swift.max(high[j], row[j])
            }
        }
        if rows.isEmpty { (low, high) = (Array(repeating: 0, count: m), Array(repeating: 0, count: m)) }
        return NormalizedMatrix(
            values: rows, orientation: orientation, weights: columns.map(\.weight),
            ideal: (0..<m).map { orientation[$0] == .benefit ? high[$0] : low[$0] },
            antiIdeal: (0..<m).map { orientation[$0] == .benefit ? low[$0] : high[$0] })
    }
}
