/// What to rank with: everything `rank`'s flags and `study.yaml` can choose.
public struct RankOptions: Sendable {
    public var method: String?
    public var normalization: String?
    public var parameters: [(String, Double)]
    public var perspective: String?

    public init(
        method: String? = nil, normalization: String? = nil,
        parameters: [(String, Double)] = [], perspective: String? = nil
    ) {
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
    case methodCannotRankPackages(method: String, normalization: String, methods: [String])
    case noPortfolio
    case unknownBudgetCriterion(String, valid: [String])
    case unknownPackage(String)
    case tooManyOptions(method: String, limit: Int, count: Int)
    case costsUnderNone(method: String, criteria: [String])

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
            "unknown perspective '\(id)'\(Suggestion.hint(for: id, in: valid)); "
                + (valid.isEmpty ? "the study defines none" : "valid perspectives: \(valid.joined(separator: ", "))")
        case .methodCannotRankPackages(let method, let normalization, let methods):
            "method '\(method)' under \(normalization) normalization scores an option against the others, so it cannot score a package on its own; "
                + "methods that can: \(methods.joined(separator: ", ")) (wsm, wpm and waspas with normalization scale)"
        case .noPortfolio:
            "the study declares no 'portfolio:' in study.yaml, so there are no packages to search; see docs/DESIGN.md §4.1"
        case .unknownPackage(let message): message
        case .costsUnderNone(let method, let criteria):
            "method '\(method)' under --normalization none combines raw values, so the cost criteria \(criteria.joined(separator: ", ")) would count as benefits; use scale, minmax or another normalization that orients costs"
        case .tooManyOptions(let method, let limit, let count):
            "method '\(method)' compares every pair of options, so it ranks at most \(NumberFormat.grouped(limit)) of them; this study has \(NumberFormat.grouped(count))"
        case .unknownBudgetCriterion(let id, let valid):
            "--budget names '\(id)', which is not a cost criterion combined by sum\(Suggestion.hint(for: id, in: valid)); "
                + (valid.isEmpty ? "the study has none" : "budgets can limit: \(valid.joined(separator: ", "))")
        }
    }
}

/// Ranks a resolved problem under a resolved plan; nothing here can fail, because every
/// choice was checked when the plan was made.
public enum RankingEngine {
    public static func rank(_ problem: DecisionProblem, plan: RankingPlan) -> Ranking {
        let matrix = problem.matrix(weights: plan.weights)
        let method = plan.method
        let output = method.evaluate(matrix, normalization: plan.normalization, parameters: plan.parameterMap)
        let n = matrix.options.count
        let relations = output.relations.map { cells in OutrankingRelations(ids: matrix.options) { a, b in cells[a * n + b] } }
        // A partial ranking's ranks come from its relations (1 + the options preferred to each),
        // listed by rank, then score, then id; a complete one's from the scores.
        let order: [(index: Int, rank: Int)] =
            relations.map { relations in
                let sign = method.better == .higher ? 1.0 : -1.0
                return matrix.options.indices.map { ($0, relations.rank($0)) }.sorted { x, y in
                    if x.1 != y.1 { return x.1 < y.1 }
                    let (a, b) = (sign * output.scores[x.0], sign * output.scores[y.0])
                    return a != b ? a > b : matrix.options[x.0] < matrix.options[y.0]
                }
            } ?? CompetitionRanking.rank(scores: output.scores, ids: matrix.options, better: method.better)
        let entries = order.map { index, rank in
            Ranking.Entry(
                rank: rank, id: matrix.options[index], name: matrix.optionNames[index], score: output.scores[index],
                contributions: output.contributions.map { zip(matrix.columns, $0.row(index)).map { ($0.id, $1) } },
                details: output.details(of: index),
                terms: output.terms.map { zip(matrix.columns, $0.row(index)).map { ($0.id, $1) } })
        }
        var ranking = Ranking(
            title: problem.title, method: method.name, normalization: plan.normalization, parameters: plan.parameters,
            perspective: plan.perspective, better: method.better,
            criteria: matrix.columns.map { .init(id: $0.id, name: $0.name, weight: $0.weight, direction: $0.declaredDirection) },
            entries: entries,
            compromise: output.compromise.map { $0.map { matrix.options[$0] } })
        ranking.relations = relations
        ranking.credibility = output.credibility
        ranking.degeneracy = Degeneracy.detect(
            method: method, matrix: matrix, normalization: plan.normalization, parameters: plan.parameterMap, scores: output.scores,
            locations: Dictionary(problem.leaves.compactMap { leaf in leaf.location.map { (leaf.id, $0) } }, uniquingKeysWith: { first, _ in first }))
        return ranking.withBaseline(problem.baseline)
    }

    /// Resolves the study and the choices, then ranks: for callers that rank once.
    public static func rank(_ study: Study, options: RankOptions = RankOptions()) throws(RankError) -> Ranking {
        let problem = DecisionProblem(validated: study)
        return rank(problem, plan: try RankingPlan(options, for: problem))
    }
}
