/// How to rank a problem: method, normalization, parameters and weights, settled once.
///
/// One precedence rule, used by every command: a flag first, then `study.yaml`, then the
/// method's defaults. `study.yaml`'s normalization and parameters belong to the study's own
/// method, so they apply whenever that method is used, whether or not `--method` names it;
/// under any other method they do not apply (a VIKOR `v` means nothing to TOPSIS).
public struct RankingPlan: Sendable {
    /// The method when neither a flag nor `study.yaml` names one.
    public static let defaultMethod = "wsm"

    public let method: any AggregationMethod
    public let normalization: Normalization
    /// Every parameter of the method, defaults filled in, in the method's declared order.
    public let parameters: [(String, Double)]
    /// The perspective whose weights rank, or nil for the study's own.
    public let perspective: String?
    /// The effective leaf weights that rank.
    public let weights: [Double]

    public var parameterMap: [String: Double] { Dictionary(parameters, uniquingKeysWith: { $1 }) }

    /// Whether two plans rank alike: the same method, normalization, parameters, perspective
    /// and weights (compared exactly).
    public func ranksAlike(_ other: RankingPlan) -> Bool {
        method.name == other.method.name && normalization == other.normalization && perspective == other.perspective
            && weights == other.weights && parameters.elementsEqual(other.parameters, by: ==)
    }

    public init(_ choices: RankOptions = RankOptions(), for problem: DecisionProblem) throws(RankError) {
        let studyMethod = problem.defaults.method ?? Self.defaultMethod
        let name = choices.method ?? studyMethod
        guard let method = Methods.named(name) else { throw .unknownMethod(name) }
        if let limit = method.maximumOptions, problem.options.count > limit {
            throw .tooManyOptions(method: name, limit: limit, count: problem.options.count)
        }
        let isStudyMethod = name == studyMethod
        let normalization = try Self.normalization(choices.normalization ?? (isStudyMethod ? problem.defaults.normalization : nil), for: method)
        let costs = problem.leaves.filter { $0.methodDirection == .cost }.map(\.id)
        if !costs.isEmpty, !method.ranksCosts(under: normalization) { throw .costsUnderNone(method: name, criteria: costs) }
        let parameters = try Self.parameters((isStudyMethod ? problem.defaults.parameters : []) + choices.parameters, for: method)
        guard let weights = problem.weightSet(choices.perspective) else {
            throw .unknownPerspective(choices.perspective ?? "", valid: problem.perspectives.compactMap(\.perspective))
        }
        self.method = method
        self.normalization = normalization
        self.parameters = parameters
        self.perspective = choices.perspective
        self.weights = weights.weights
    }

    /// The same choices under another method, as the method comparison ranks: the method's
    /// own defaults, or the study's settings when it is the study's method; same perspective.
    public func withMethod(_ name: String, for problem: DecisionProblem) throws(RankError) -> RankingPlan {
        try RankingPlan(RankOptions(method: name, perspective: perspective), for: problem)
    }

    /// The same method and settings under another perspective (nil: the study's weights).
    public func withPerspective(_ id: String?, for problem: DecisionProblem) throws(RankError) -> RankingPlan {
        guard let weights = problem.weightSet(id) else {
            throw .unknownPerspective(id ?? "", valid: problem.perspectives.compactMap(\.perspective))
        }
        return RankingPlan(method: method, normalization: normalization, parameters: parameters, perspective: id, weights: weights.weights)
    }

    /// The same plan with other leaf weights (a sample's, a sweep's).
    init(_ plan: RankingPlan, weights: [Double]) {
        self.init(method: plan.method, normalization: plan.normalization, parameters: plan.parameters, perspective: plan.perspective, weights: weights)
    }

    /// The same method and settings with other weights that belong to no perspective (a participant's).
    init(_ plan: RankingPlan, weights: [Double], perspective: String?) {
        self.init(method: plan.method, normalization: plan.normalization, parameters: plan.parameters, perspective: perspective, weights: weights)
    }

    private init(method: any AggregationMethod, normalization: Normalization, parameters: [(String, Double)], perspective: String?, weights: [Double]) {
        self.method = method
        self.normalization = normalization
        self.parameters = parameters
        self.perspective = perspective
        self.weights = weights
    }

    private static func normalization(_ name: String?, for method: any AggregationMethod) throws(RankError) -> Normalization {
        guard let name else { return method.defaultNormalization }
        guard let normalization = Normalization(rawValue: name) else { throw .unknownNormalization(name) }
        guard method.normalizations.contains(normalization) else {
            throw .unsupportedNormalization(method: method.name, normalization: name, supported: method.normalizations.map(\.rawValue))
        }
        return normalization
    }

    /// Later entries win (flags come after `study.yaml`).
    private static func parameters(_ chosen: [(String, Double)], for method: any AggregationMethod) throws(RankError) -> [(String, Double)] {
        var values: [String: Double] = [:]
        for (name, value) in chosen { values[name] = value }
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let spec = method.parameters.first(where: { $0.name == name }) else {
                throw .unknownParameter(method: method.name, name: name, valid: method.parameters.map(\.name))
            }
            guard spec.range.contains(value) else { throw .parameterOutOfRange(name: name, value: value, range: spec.range) }
        }
        return method.parameters.map { ($0.name, values[$0.name] ?? $0.defaultValue) }
    }
}
