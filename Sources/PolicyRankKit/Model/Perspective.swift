/// A stakeholder's view: weights that override the defaults of the criteria it names.
public struct Perspective: Sendable {
    public var id: Located<String>
    public var name: String?
    public var description: String?
    public var weights: [WeightOverride]
    public var location: SourceLocation

    public struct WeightOverride: Sendable {
        public var criterion: Located<String>
        public var weight: Located<Double>
    }

    public var displayName: String { name ?? id.value }
}
