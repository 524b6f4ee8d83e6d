/// Why a method's result on a study is not a ranking: it cannot tell the options apart, so
/// showing it as one (a five-way tie at rank 1, or a "winner" that is an artefact) would
/// mislead. `rank` says so at the line that causes it; method tables and expectations do not
/// count it as a ranking.
public struct Degeneracy: Sendable {
    /// A criterion that zeroes products: its positively weighted normalized values of 0 or
    /// below make those options' weighted products 0 (WPM, and WASPAS's product part).
    public struct Cause: Sendable {
        public var criterion: String
        public var options: [String]
        public var location: SourceLocation?
    }

    public var method: String
    /// One sentence: what happened, and why the result cannot be read as a ranking.
    public var reason: String
    public var causes: [Cause]
    /// What would work instead.
    public var suggestion: String

    /// The degeneracy of a finished evaluation, or nil when the result discriminates.
    /// Every option scoring the same (within 1e-9) is degenerate under any method; for a
    /// product, so is an option zeroed by one criterion whatever its other scores.
    static func detect(
        method: any AggregationMethod, matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double],
        scores: [Double], locations: [String: SourceLocation]
    ) -> Degeneracy? {
        guard matrix.options.count >= 2 else { return nil }
        var causes: [Cause] = []
        // Only a method that is all product is ranked by its products alone (WASPAS keeps its
        // weighted sum when the product part is 0, so it still ranks).
        if method.productShare(parameters) >= 1 {
            let normalized = matrix.normalized(normalization)
            for (j, column) in matrix.columns.enumerated() where column.weight > 0 {
                let zeroed = matrix.options.indices.filter { normalized.values[$0, j] <= 0 }.map { matrix.options[$0] }
                if !zeroed.isEmpty { causes.append(Cause(criterion: column.id, options: zeroed, location: locations[column.id])) }
            }
        }
        let spread = (scores.max() ?? 0) - (scores.min() ?? 0)
        // A score that is not a finite number (NaN, or an overflow to inf) ranks nothing.
        let allTied = spread <= CompetitionRanking.tolerance || scores.contains { !$0.isFinite }
        // Two or more zeroed options tie at 0 whatever else they score; one zeroed option is
        // WPM's veto at work and still ranks last, which is a ranking.
        let zeroedOptions = Set(causes.flatMap(\.options))
        guard allTied || zeroedOptions.count >= 2 else { return nil }
        var reason: String
        if allTied {
            reason = "\(method.name) gives every option the same score (\(NumberFormat.fixed(scores.first ?? 0))), so it cannot rank them"
        } else {
            reason =
                "\(method.name) scores \(zeroedOptions.count) of \(matrix.options.count) options 0 whatever their other scores, so its order among them is an artefact"
        }
        if !causes.isEmpty {
            let listed = causes.map { "'\($0.criterion)' (\($0.options.count) option\($0.options.count == 1 ? "" : "s"))" }.joined(separator: ", ")
            reason += ": under \(normalization.rawValue) normalization a normalized value of 0 or below on \(listed) makes the weighted product 0"
        }
        let suggestion =
            causes.isEmpty
            ? "the scores do not separate the options at these weights; check the weights and scores, or compare with another method"
            : "rank with another method (wsm, topsis, promethee2), or with --normalization scale, which maps the declared scale to [0, 1] without zeroing interior values (a product still zeroes an option at the worst end of a scale)"
        return Degeneracy(method: method.name, reason: reason, causes: causes, suggestion: suggestion)
    }

    /// One line for a table: "Not a ranking: …".
    public var summary: String { "Not a ranking: \(reason). Instead, \(suggestion)." }

    /// Warnings at the lines that cause it (each criterion's definition), or one unlocated.
    public var diagnostics: [Diagnostic] {
        let located = causes.compactMap { cause in
            cause.location.map {
                Diagnostic.warning(
                    .degenerateMethod,
                    "under \(method), '\(cause.criterion)' zeroes the weighted product of \(cause.options.map { "'\($0)'" }.joined(separator: ", ")); \(suggestion)",
                    at: $0)
            }
        }
        return located.isEmpty ? [] : located
    }
}

extension AggregationMethod {
    public func productShare(_ parameters: [String: Double]) -> Double { 0 }
}
