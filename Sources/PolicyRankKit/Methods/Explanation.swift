import Foundation

/// Why option A ranks where it does against option B: the per-criterion terms of the method
/// (contributions for additive methods), A's minus B's, largest first.
public struct Explanation: Sendable {
    public struct Difference: Sendable {
        public var criterion: String
        public var name: String
        /// Positive: the criterion favours A.
        public var value: Double
    }

    public var method: String
    public var first: Ranking.Entry
    public var second: Ranking.Entry
    public var better: ScoreOrder
    public var additive: Bool
    public var differences: [Difference]
    /// What each option's file says on each criterion: the score as written and its note.
    public var evidence: [String: (first: Evidence, second: Evidence)] = [:]
    /// The titles (else addresses) of each option's sources.
    public var sources: (first: [String], second: [String]) = ([], [])
    /// Under a method that ranks partially: the relation and the outranking evidence.
    public var outranking: OutrankingExplanation? = nil

    /// One option's case on one criterion, as its policy file states it.
    public struct Evidence: Sendable {
        public var score: String?
        public var note: String?
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unknownOption(String, valid: [String])

        public var description: String {
            switch self {
            case .unknownOption(let id, let valid):
                "unknown option '\(id)'\(Suggestion.hint(for: id, in: valid)); options: \(valid.joined(separator: ", "))"
            }
        }
    }

    public init(ranking: Ranking, _ a: String, _ b: String) throws(Failure) {
        let ids = ranking.entries.map(\.id)
        guard let first = ranking.entry(a) else { throw .unknownOption(a, valid: ids) }
        guard let second = ranking.entry(b) else { throw .unknownOption(b, valid: ids) }
        let names = Dictionary(uniqueKeysWithValues: ranking.criteria.map { ($0.id, $0.name) })
        let theirs = Dictionary(uniqueKeysWithValues: (second.terms ?? []).map { ($0.criterion, $0.value) })
        self.method = ranking.method
        self.first = first
        self.second = second
        self.better = ranking.better
        self.additive = first.contributions != nil && ranking.better == .higher
        self.differences = (first.terms ?? [])
            .map { Difference(criterion: $0.criterion, name: names[$0.criterion] ?? $0.criterion, value: $0.value - (theirs[$0.criterion] ?? 0)) }
            .filter { abs($0.value) > CompetitionRanking.tolerance }
            .sorted { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.criterion < $1.criterion }
    }

    /// The explanation with the evidence behind each deciding criterion: both options'
    /// scores as written (point, range or level), their notes, and their sources' titles.
    public func withEvidence(from study: Study) -> Explanation {
        var explained = self
        let policies = Dictionary(study.policies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let a = policies[first.id], b = policies[second.id]
        func evidence(_ policy: Policy?, _ criterion: String) -> Evidence {
            Evidence(
                score: policy?.score(for: criterion)?.value.value.written,
                note: policy?.notes[criterion]?.value.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        for difference in differences {
            explained.evidence[difference.criterion] = (evidence(a, difference.criterion), evidence(b, difference.criterion))
        }
        func titles(_ policy: Policy?) -> [String] { (policy?.sources ?? []).compactMap { $0.title ?? $0.url } }
        explained.sources = (titles(a), titles(b))
        return explained
    }
}
