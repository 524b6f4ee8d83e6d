/// What to rank with: everything `rank`'s flags and `study.yaml` can choose.
public struct RankOptions: Sendable {
    public var method: String?
    public var normalization: String?
    public var parameters: [(String, Double)]
    public var perspective: String?

    public init(method: String? = nil, normalization: String? = nil,
                parameters: [(String, Double)] = [], perspective: String? = nil) {
        self.method = method
        self.normalization = normalization
        self.parameters = parameters
        self.perspective = perspective
    }
}

/// A choice that names something that does not exist: a usage error (exit 64).
public enum RankError: Error, Equatable, CustomStringConvertible {
    case unknownMethod(String)
    case unknownNormalization(String)
    case unsupportedNormalization(method: String, normalization: String, supported: [String])
    case unknownParameter(method: String, name: String, valid: [String])
    case parameterOutOfRange(name: String, value: Double, range: ClosedRange<Double>)
    case unknownPerspective(String, valid: [String])

    public var description: String {
        switch self {
        case .unknownMethod(let name):
            "unknown method '\(name)'\(Suggestion.hint(for: name, in: Methods.names)); valid methods: \(Methods.names.joined(separator: ", "))"
        case .unknownNormalization(let name):
            "unknown normalization '\(name)'\(Suggestion.hint(for: name, in: Normalization.allCases.map(\.rawValue))); valid: \(Normalization.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unsupportedNormalization(let method, let normalization, let supported):
            "method '\(method)' normalizes in its own way and does not take --normalization \(normalization); it accepts: \(supported.joined(separator: ", "))"
        case .unknownParameter(let method, let name, let valid):
            "method '\(method)' has no parameter '\(name)'; " + (valid.isEmpty ? "it takes none" : "valid parameters: \(valid.joined(separator: ", "))")
        case .parameterOutOfRange(let name, let value, let range):
            "parameter '\(name)' must be in [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))], got \(NumberFormat.plain(value))"
        case .unknownPerspective(let id, let valid):
            "unknown perspective '\(id)'\(Suggestion.hint(for: id, in: valid)); " + (valid.isEmpty ? "the study defines none" : "valid perspectives: \(valid.joined(separator: ", "))")
        }
    }
}

/// Ranks a validated study: resolves the method, normalization, parameters and perspective
/// (flags first, then `study.yaml`, then the method's defaults) and applies the method.
public enum RankingEngine {
    public static func rank(_ study: Study, options: RankOptions = RankOptions()) throws(RankError) -> Ranking {
        let settings = study.settings
        let methodName = options.method ?? settings?.method?.name.value ?? "wsm"
        guard let method = Methods.named(methodName) else { throw .unknownMethod(methodName) }
        let normalization = try resolveNormalization(options, settings: settings, method: method)
        let parameters = try resolveParameters(options, settings: settings, method: method)
        let perspective = try options.perspective.map { id throws(RankError) -> Perspective in
            guard let found = study.perspectives.first(where: { $0.id.value == id }) else {
                throw .unknownPerspective(id, valid: study.perspectives.map(\.id.value))
            }
            return found
        }

        let matrix = DecisionMatrix(study: study, perspective: perspective)
        let output = method.evaluate(matrix, normalization: normalization, parameters: Dictionary(parameters, uniquingKeysWith: { $1 }))
        let order = CompetitionRanking.rank(scores: output.scores, ids: matrix.options, better: method.better)
        let entries = order.map { index, rank in
            Ranking.Entry(
                rank: rank, id: matrix.options[index], name: matrix.optionNames[index], score: output.scores[index],
                contributions: output.contributions.map { zip(matrix.columns, $0.row(index)).map { ($0.id, $1) } },
                details: output.details(of: index),
                terms: output.terms.map { zip(matrix.columns, $0.row(index)).map { ($0.id, $1) } })
        }
        return Ranking(
            title: settings?.title, method: method.name, normalization: normalization, parameters: parameters,
            perspective: perspective?.id.value, better: method.better,
            criteria: matrix.columns.map { .init(id: $0.id, name: $0.name, weight: $0.weight, direction: $0.declaredDirection) },
            entries: entries,
            compromise: output.compromise.map { $0.map { matrix.options[$0] } })
    }

    private static func resolveNormalization(_ options: RankOptions, settings: StudySettings?, method: any AggregationMethod) throws(RankError) -> Normalization {
        // study.yaml's normalization applies only to the study's own method.
        let fromStudy = options.method == nil ? settings?.normalization?.value : nil
        guard let name = options.normalization ?? fromStudy else { return method.defaultNormalization }
        guard let normalization = Normalization(rawValue: name) else { throw .unknownNormalization(name) }
        guard method.normalizations.contains(normalization) else {
            throw .unsupportedNormalization(method: method.name, normalization: name, supported: method.normalizations.map(\.rawValue))
        }
        return normalization
    }

    /// The method's parameters with defaults filled in, in the method's declared order.
    private static func resolveParameters(_ options: RankOptions, settings: StudySettings?, method: any AggregationMethod) throws(RankError) -> [(String, Double)] {
        var chosen: [String: Double] = [:]
        if options.method == nil || options.method == settings?.method?.name.value {
            for parameter in settings?.method?.parameters ?? [] { chosen[parameter.name.value] = parameter.value.value }
        }
        for (name, value) in options.parameters { chosen[name] = value }
        for (name, value) in chosen.sorted(by: { $0.key < $1.key }) {
            guard let spec = method.parameters.first(where: { $0.name == name }) else {
                throw .unknownParameter(method: method.name, name: name, valid: method.parameters.map(\.name))
            }
            guard spec.range.contains(value) else { throw .parameterOutOfRange(name: name, value: value, range: spec.range) }
        }
        return method.parameters.map { ($0.name, chosen[$0.name] ?? $0.defaultValue) }
    }
}
