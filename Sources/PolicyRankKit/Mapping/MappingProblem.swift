/// The participants of a study, resolved for multicriteria mapping (DESIGN §4.2): for each
/// participant, their criteria with normalized weights, and for each option they score a
/// pessimistic and an optimistic value per criterion, on their own scale, higher is better.
///
/// A shared criterion (a leaf of the value tree, in a study whose policies carry scores)
/// takes each policy's score, or the participant's override, through the leaf's value
/// function or, without one, negated for a cost: MCM's normalization is affine, so any
/// increasing transform of the leaf's units to "higher is better" gives the same totals.
/// A point score is an interval of width 0; a range `{low, [likely,] high}` is its ends.
public struct MappingProblem: Sendable {
    public struct Criterion: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Normalized over the participant's criteria: they sum to 1.
        public var weight: Double
        /// A leaf of the shared value tree rather than the participant's own.
        public var shared: Bool
    }

    /// One option on one criterion: the participant's pessimistic and optimistic values.
    public struct Interval: Sendable, Equatable {
        public var low: Double
        public var high: Double

        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }
    }

    public struct Participant: Sendable {
        public var id: String
        public var name: String
        public var group: String?
        public var criteria: [Criterion]
        /// `intervals[i]`: option i on each criterion, in criteria order; nil when the
        /// participant does not score option i.
        public var intervals: [[Interval]?]
    }

    public var options: [DecisionProblem.Option]
    public var participants: [Participant]

    public init(options: [DecisionProblem.Option], participants: [Participant]) {
        self.options = options
        self.participants = participants
    }

    /// The groups participants belong to, each once, sorted.
    public var groups: [String] { Array(Set(participants.compactMap(\.group))).sorted() }
}

extension MappingProblem {
    /// Resolves a study that validation found free of errors; nil without participants.
    public init?(validated study: Study) {
        guard !study.participants.isEmpty else { return nil }
        let shared = ParticipantRules.sharedLeaves(study)
        let options = study.policies.map { DecisionProblem.Option(id: $0.id.value, name: $0.displayName) }
        self.init(
            options: options,
            participants: study.participants.map { participant in
                Self.resolve(participant, policies: study.policies, shared: shared)
            })
    }

    private static func resolve(_ participant: PolicyRankKit.Participant, policies: [Policy], shared: [String: PolicyRankKit.Criterion]) -> Participant {
        let weights = EffectiveWeights.normalized(participant.criteria.map { $0.weight?.value ?? 0 })
        let criteria = zip(participant.criteria, weights).map { criterion, weight in
            Criterion(id: criterion.id.value, name: criterion.displayName, weight: weight, shared: shared[criterion.id.value] != nil)
        }
        let own = Dictionary(
            participant.scores.map { ("\($0.option.value)\u{0}\($0.criterion.value)", $0.value.value) }, uniquingKeysWith: { first, _ in first })
        let scoredOnOwn = Set(participant.scores.filter { shared[$0.criterion.value] == nil }.map(\.option.value))
        let hasOwnCriteria = criteria.contains { !$0.shared }
        let intervals: [[Interval]?] = policies.map { policy in
            let option = policy.id.value
            // Scored when it is scored on the participant's own criteria, or when every
            // criterion is shared (the policies then score every option).
            guard !hasOwnCriteria || scoredOnOwn.contains(option) else { return nil }
            return criteria.map { criterion in
                let written = own["\(option)\u{0}\(criterion.id)"]
                if let leaf = shared[criterion.id] {
                    return sharedInterval(written ?? policy.score(for: criterion.id)?.value.value, on: leaf)
                }
                return ownInterval(written)
            }
        }
        return Participant(
            id: participant.id.value, name: participant.displayName, group: participant.group?.value, criteria: criteria, intervals: intervals)
    }

    private static func ownInterval(_ score: Score?) -> Interval {
        func number(_ value: ScoreValue) -> Double { if case .number(let x) = value { x } else { 0 } }
        switch score {
        case .point(let value)?: return Interval(low: number(value), high: number(value))
        case .uniform(let low, let high)?, .triangular(let low, _, let high)?: return Interval(low: number(low), high: number(high))
        case nil: return Interval(low: 0, high: 0)
        }
    }

    /// A shared leaf's score as "higher is better" values: the value function, or the raw
    /// number (negated for a cost); the worse end is the pessimistic one.
    private static func sharedInterval(_ score: Score?, on leaf: PolicyRankKit.Criterion) -> Interval {
        let ends: [ScoreValue]
        switch score {
        case .point(let value)?: ends = [value]
        case .uniform(let low, let high)?, .triangular(let low, _, let high)?: ends = [low, high]
        case nil: ends = []
        }
        let valueFunction = leaf.valueFunction.map { ValueFunction($0.value) }
        let values = ends.map { end -> Double in
            let raw = ScoreResolver.number(end, on: leaf) ?? 0
            if let valueFunction { return valueFunction(raw) }
            return leaf.direction?.value == .cost ? -raw : raw
        }
        return Interval(low: values.min() ?? 0, high: values.max() ?? 0)
    }
}
