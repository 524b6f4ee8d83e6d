/// A participant whose criteria are all leaves of the shared value tree: they can be ranked
/// like the study itself, with their own weights (a leaf they do not name weighs 0) and the
/// policies' scores except where they believe otherwise (DESIGN §4.2, "participants meet the
/// rest of policyrank"). Participants with criteria of their own appear only in `mapping`.
public struct ParticipantView: Sendable {
    /// One score the participant overrides, resolved as the study resolves a policy's.
    public struct Override: Sendable {
        public var option: Int
        public var leaf: Int
        /// At its likely value, value function applied.
        public var likely: Double
        /// The range in raw units, when the override is one with a positive width.
        public var distribution: DecisionProblem.UncertainScore.Distribution?
    }

    public var id: String
    public var name: String
    public var group: String?
    /// One per leaf, in leaf order, summing to 1.
    public var weights: [Double]
    public var overrides: [Override]
}

extension DecisionProblem {
    /// The rankable participants of a validated study, in file order.
    static func participantViews(_ study: Study, leaves: [Leaf], sources: [Criterion]) -> [ParticipantView] {
        let leafIndex = Dictionary(leaves.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let optionIndex = Dictionary(study.policies.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return study.participants.compactMap { participant in
            guard !participant.criteria.isEmpty, participant.criteria.allSatisfy({ leafIndex[$0.id.value] != nil }) else { return nil }
            // Validation refuses a criterion listed twice, so each leaf takes one weight.
            var given = [Double](repeating: 0, count: leaves.count)
            for criterion in participant.criteria { given[leafIndex[criterion.id.value]!] = criterion.weight?.value ?? 0 }
            let weights = EffectiveWeights.normalized(given)
            let overrides = participant.scores.compactMap { score -> ParticipantView.Override? in
                guard let i = optionIndex[score.option.value], let j = leafIndex[score.criterion.value] else { return nil }
                let source = sources[j]
                let raw = ScoreResolver.likely(score.value.value, on: source) ?? 0
                let number = { (value: ScoreValue) in ScoreResolver.number(value, on: source) ?? raw }
                var distribution: UncertainScore.Distribution?
                switch score.value.value {
                case .triangular(let low, let mode, let high):
                    if number(high) > number(low) { distribution = .triangular(low: number(low), mode: number(mode), high: number(high)) }
                case .uniform(let low, let high):
                    if number(high) > number(low) { distribution = .uniform(low: number(low), high: number(high)) }
                case .point:
                    break
                }
                return ParticipantView.Override(option: i, leaf: j, likely: leaves[j].methodValue(raw), distribution: distribution)
            }
            return ParticipantView(
                id: participant.id.value, name: participant.displayName, group: participant.group?.value, weights: weights, overrides: overrides)
        }
    }

    /// The problem as a participant sees it: their weights as the study's, their overrides in
    /// the matrix and among the uncertain scores; no perspectives, and no portfolio (packages
    /// are ranked on the study's scores only).
    public func viewed(by view: ParticipantView) -> DecisionProblem {
        var problem = self
        problem.weights = WeightSet(perspective: nil, name: view.name, weights: view.weights)
        problem.perspectives = []
        problem.participants = []
        problem.portfolio = nil
        let overridden = Set(view.overrides.map { $0.option * leaves.count + $0.leaf })
        problem.uncertain.removeAll { overridden.contains($0.option * leaves.count + $0.leaf) }
        var storage = likely.storage
        for override in view.overrides {
            storage[override.option * leaves.count + override.leaf] = override.likely
            if let distribution = override.distribution {
                problem.uncertain.append(UncertainScore(option: override.option, leaf: override.leaf, distribution: distribution))
            }
        }
        problem.likely = Matrix(rowCount: likely.rowCount, columnCount: likely.columnCount, storage: storage)
        problem.uncertain.sort { ($0.option, $0.leaf) < ($1.option, $1.leaf) }
        return problem
    }

    public func participant(_ id: String) -> ParticipantView? { participants.first { $0.id == id } }
}

extension RankedProblem {
    /// The plan's method and settings for each rankable participant, on the problem as they
    /// see it. The plan's normalization and parameters hold; the perspective does not.
    public func participantRankings() -> [(participant: ParticipantView, ranked: RankedProblem)] {
        problem.participants.map { view in
            let seen = problem.viewed(by: view)
            return (view, RankedProblem(problem: seen, plan: RankingPlan(plan, weights: view.weights, perspective: nil)))
        }
    }
}
