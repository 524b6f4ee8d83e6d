/// The options × criteria table: what each policy file wrote, shown the way it was written.
extension ComparisonTables {
    /// The leaves in value-tree order (the ranking's columns), with what a reader needs to
    /// read a score: its weight, direction, unit and group.
    static func criterionColumns(_ study: Study, _ problem: DecisionProblem, _ baseline: Ranking) -> [CriterionColumn] {
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(problem.leaves.map { ($0.id, $0.group) }, uniquingKeysWith: { first, _ in first })
        return baseline.criteria.map { criterion in
            let leaf = leaves[criterion.id]
            let qualitative = if case .levels = leaf?.scale?.value { true } else { false }
            // A top-level leaf is its own group; the table shows no group for it.
            let group = groups[criterion.id].flatMap { $0.id == criterion.id ? nil : $0 }
            return CriterionColumn(
                id: criterion.id, name: criterion.name, groupID: group?.id, groupName: group?.name,
                weight: criterion.weight, direction: criterion.direction, unit: leaf?.unit, qualitative: qualitative)
        }
    }

    static func scoreCells(_ study: Study, order: [String], criteria: [String]) -> [[ScoreCell?]] {
        let policies = Dictionary(study.policies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return order.map { id in
            criteria.map { criterion -> ScoreCell? in
                guard let score = policies[id]?.score(for: criterion)?.value.value, let leaf = leaves[criterion] else { return nil }
                return ScoreCell(score: score, text: text(score), value: ScoreResolver.likely(score, on: leaf))
            }
        }
    }

    /// "8", "none", "3 (2–5)" (likely, then low–high), "50–150" (low–high): `Score.written`.
    public static func text(_ score: Score) -> String { score.written }
}
