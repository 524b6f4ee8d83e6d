/// `portfolio:` in `study.yaml` (docs/DESIGN.md §4.1): the options are measures that can be
/// combined into packages, within budgets and rules. As written, every field located.
public struct PortfolioSettings: Sendable {
    /// A limit on the combined score of a cost criterion.
    public struct Budget: Sendable {
        public var criterion: Located<String>
        public var limit: Located<Double>
    }

    /// `requires: {x: [y, z]}`: x only in a package that also has y and z.
    public struct Requirement: Sendable {
        public var measure: Located<String>
        public var needs: [Located<String>]
    }

    /// What a combination adds beyond its parts, on some criteria, once all members are in.
    public struct Interaction: Sendable {
        public var members: Located<[Located<String>]>
        public var scores: [(criterion: Located<String>, delta: Located<Double>)]
        public var note: String?
        public var sources: [Source]
        public var location: SourceLocation
    }

    public var budgets: [Budget] = []
    public var maxSize: Located<Int>?
    public var exclusive: [Located<[Located<String>]>] = []
    public var requires: [Requirement] = []
    public var interactions: [Interaction] = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// `combine:` on a leaf: how a package's members' scores make the package's score.
public enum CombineRule: String, Sendable, CaseIterable {
    /// Costs and additive effects.
    case sum
    /// The best member decides (for a cost, the largest cost: `max` means the largest number).
    case max
    case min
    case mean

    /// Folds the members' raw scores, in member order (id order), so that every caller that
    /// combines the same members gets the same bits.
    func combine(_ values: some Sequence<Double>) -> Double {
        var count = 0
        var result = 0.0
        for value in values {
            switch self {
            case .sum, .mean: result = count == 0 ? value : result + value
            case .max: result = count == 0 ? value : Swift.max(result, value)
            case .min: result = count == 0 ? value : Swift.min(result, value)
            }
            count += 1
        }
        return self == .mean && count > 0 ? result / Double(count) : result
    }
}
