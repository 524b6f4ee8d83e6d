/// One MCDA aggregation method. Each method lives in its own file, cites its paper, and is
/// tested against that paper's worked example.
public protocol AggregationMethod: Sendable {
    /// The name used by `--method` and `study.yaml`.
    var name: String { get }
    /// The normalization its original paper uses.
    var defaultNormalization: Normalization { get }
    /// The normalizations it accepts; methods that normalize in their own way accept only
    /// `none` (their own), so that a choice that would be ignored is refused instead.
    var normalizations: [Normalization] { get }
    /// One line for `--help` and the README: the paper and how its normalization works.
    var summary: String { get }
    /// Parameters it accepts with `--param K=V`, with defaults.
    var parameters: [MethodParameter] { get }
    /// Whether a higher or a lower score is better.
    var better: ScoreOrder { get }

    func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput
}

extension AggregationMethod {
    public var normalizations: [Normalization] { Normalization.allCases }
}

public enum ScoreOrder: String, Sendable {
    case higher, lower
}

public struct MethodParameter: Sendable {
    public var name: String
    public var defaultValue: Double
    public var range: ClosedRange<Double>
    public var summary: String
}

/// Per-option results, in the matrix's option order.
public struct MethodOutput: Sendable {
    public var scores: [Double]
    /// For additive methods: each criterion's share of each option's score.
    public var contributions: [[Double]]?
    /// Method-specific values per option (VIKOR's S, R, Q; PROMETHEE's flows).
    public var details: [[(String, Double)]]?
    /// The method's own per-criterion terms, oriented so that higher favours the option;
    /// `explain` compares two options with them. Defaults to the contributions.
    public var terms: [[Double]]?
    /// VIKOR's compromise set, as option indices.
    public var compromise: [Int]?

    public init(scores: [Double], contributions: [[Double]]? = nil, details: [[(String, Double)]]? = nil,
                terms: [[Double]]? = nil, compromise: [Int]? = nil) {
        self.scores = scores
        self.contributions = contributions
        self.details = details
        self.terms = terms ?? contributions
        self.compromise = compromise
    }
}

/// The methods policyrank implements, by name.
public enum Methods {
    public static let all: [any AggregationMethod] = [
        WeightedSum(), WeightedProduct(), WASPAS(), TOPSIS(), VIKOR(), PrometheeII(), COPRAS(), EDAS(), MOORA(), SPOTIS(),
    ]

    public static var names: [String] { all.map(\.name) }

    public static func named(_ name: String) -> (any AggregationMethod)? {
        all.first { $0.name == name }
    }
}
