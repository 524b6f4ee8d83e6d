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
    /// The share of the score that is a weighted product of normalized values, in which one
    /// value of 0 zeroes the whole (`Degeneracy` looks for such values): 1 for WPM, 1 − λ for
    /// WASPAS, 0 unless a method says otherwise.
    func productShare(_ parameters: [String: Double]) -> Double
    /// Whether an option's score depends on its own values alone under `normalization` (not
    /// on the other options'): only such a method can score a package of measures that is
    /// not among the options (docs/DESIGN.md §4.1). False unless a method says otherwise.
    func scoresEachOptionAlone(_ normalization: Normalization) -> Bool
    /// For a method whose ranking can be partial (PROMETHEE I, ELECTRE III): after `score`
    /// has run on `workspace`, how every pair compares, written into `relations` (row-major
    /// n × n). Returns false for a method that ranks completely by score. SMAA ranks a
    /// sample by these relations: an option's rank is 1 + the options preferred to it.
    func relations(workspace: ScoringWorkspace, input: ScoringInput, into relations: UnsafeMutableBufferPointer<OutrankingRelation>) -> Bool
    /// For a method whose ranking can be partial: after `score` has run on `workspace`, whether
    /// option i ranks first (no option preferred to it), when the method can say so more
    /// cheaply than through every pair's `relations`; nil otherwise.
    func leads(_ i: Int, workspace: ScoringWorkspace, input: ScoringInput) -> Bool?
    /// The most options the method ranks (it compares every pair); nil for no limit.
    var maximumOptions: Int? { get }
    /// Whether `relations` gives the ranking (PROMETHEE I, ELECTRE III).
    var ranksPartially: Bool { get }
    /// Whether the method can rank a cost criterion under `normalization`: under `none` the
    /// weighted sum and products add or multiply raw values, so a cost would count as a
    /// benefit; they refuse that instead of answering wrongly.
    func ranksCosts(under normalization: Normalization) -> Bool

    /// The scores of every option, through `workspace`'s buffers and nothing else: the one
    /// path from numbers to scores, taken by `evaluate` (so by `rank`) and by every SMAA
    /// sample. It allocates nothing, and leaves in the workspace what `evaluate` reports
    /// besides the scores (normalized values, per-option details).
    func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>)

    /// The scores and everything `rank` and `explain` show with them: `score`, then the
    /// method's per-criterion terms and details read off the workspace.
    func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput
}

extension AggregationMethod {
    public var normalizations: [Normalization] { Normalization.allCases }
    public func scoresEachOptionAlone(_ normalization: Normalization) -> Bool { false }
    public func relations(workspace: ScoringWorkspace, input: ScoringInput, into relations: UnsafeMutableBufferPointer<OutrankingRelation>) -> Bool {
        false
    }
    public func leads(_ i: Int, workspace: ScoringWorkspace, input: ScoringInput) -> Bool? { nil }
    public var maximumOptions: Int? { nil }
    public var ranksPartially: Bool { false }
    public func ranksCosts(under normalization: Normalization) -> Bool { true }
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

/// Per-option results, in the matrix's option order. Per-criterion results are matrices
/// (option × criterion) and method-specific values are columns, so a result for 100,000
/// options is a handful of buffers, not 100,000 small arrays.
public struct MethodOutput: Sendable {
    public var scores: [Double]
    /// For additive methods: each criterion's share of each option's score.
    public var contributions: Matrix?
    /// Method-specific values per option (VIKOR's S, R, Q; PROMETHEE's flows).
    public var details: [MethodDetail]?
    /// The method's own per-criterion terms, oriented so that higher favours the option;
    /// `explain` compares two options with them. Defaults to the contributions.
    public var terms: Matrix?
    /// VIKOR's compromise set, as option indices.
    public var compromise: [Int]?
    /// For a partial ranking: how every pair compares (then ranks come from it, not the scores).
    public var relations: [OutrankingRelation]?
    /// ELECTRE III's credibility σ(a, b), row-major.
    public var credibility: Matrix?

    public init(
        scores: [Double], contributions: Matrix? = nil, details: [MethodDetail]? = nil,
        terms: Matrix? = nil, compromise: [Int]? = nil
    ) {
        self.scores = scores
        self.contributions = contributions
        self.details = details
        self.terms = terms ?? contributions
        self.compromise = compromise
    }

    /// Option i's method-specific values, in the method's order.
    public func details(of i: Int) -> [(String, Double)]? {
        details?.map { ($0.name, $0.values[i]) }
    }
}

/// One method-specific value (such as VIKOR's S) for every option.
public struct MethodDetail: Sendable {
    public var name: String
    public var values: [Double]

    public init(_ name: String, _ values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// The methods policyrank implements, by name.
public enum Methods {
    public static let all: [any AggregationMethod] = [
        WeightedSum(), WeightedProduct(), WASPAS(), TOPSIS(), VIKOR(), PrometheeII(), COPRAS(), EDAS(), MOORA(), SPOTIS(), PrometheeI(),
        ElectreIII(),
    ]

    public static var names: [String] { all.map(\.name) }

    /// The methods that can rank `count` options: the default list of every method comparison
    /// (the pairwise methods stop at their `maximumOptions`).
    public static func names(ranking count: Int) -> [String] {
        all.filter { method in method.maximumOptions.map { count <= $0 } ?? true }.map(\.name)
    }

    public static func named(_ name: String) -> (any AggregationMethod)? {
        all.first { $0.name == name }
    }
}
