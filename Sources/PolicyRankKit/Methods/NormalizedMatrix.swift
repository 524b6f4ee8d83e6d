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
}

extension DecisionMatrix {
    /// The matrix with each column normalized, by the same code every method scores with.
    public func normalized(_ normalization: Normalization) -> NormalizedMatrix {
        let workspace = ScoringWorkspace(for: self)
        values.storage.withUnsafeBufferPointer { workspace.normalize($0, normalization) }
        return NormalizedMatrix(
            values: workspace.normalizedMatrix, orientation: (0..<columns.count).map { workspace.orientation[$0] ? .benefit : .cost },
            weights: columns.map(\.weight))
    }
}
