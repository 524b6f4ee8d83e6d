/// The range a leaf criterion's scores live in.
public enum Scale: Sendable {
    /// A numeric scale [min, max].
    case numeric(min: Double, max: Double)
    /// A qualitative scale: labels mapped to numbers, in the order written.
    case levels([Level])

    public struct Level: Sendable {
        public var label: String
        public var value: Double
        public var location: SourceLocation
    }

    /// The numeric bounds: the declared range, or the lowest and highest level.
    public var bounds: ClosedRange<Double>? {
        switch self {
        case .numeric(let min, let max):
            return min <= max ? min...max : nil
        case .levels(let levels):
            guard let low = levels.map(\.value).min(), let high = levels.map(\.value).max() else { return nil }
            return low...high
        }
    }

    public func level(named label: String) -> Level? {
        if case .levels(let levels) = self { return levels.first { $0.label == label } }
        return nil
    }
}
