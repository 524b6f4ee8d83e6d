/// What the report's what-if panel needs to re-rank in the browser under the additive model:
/// score_i = Σ_j w_j · r_ij with r the WSM normalized matrix, so moving a slider changes only
/// w and the page needs no MCDA code beyond a dot product and the ranking convention.
///
/// Other methods are not linear in the weights (TOPSIS, VIKOR, PROMETHEE…), and porting each
/// to JavaScript would be a second implementation to keep in step; the page says so instead.
public struct WhatIfModel: Sendable {
    public struct Leaf: Sendable {
        public var id: String
        public var name: String
        /// The top-level group it belongs to, for grouping sliders: its name and id.
        public var group: String
        public var groupID: String
        public var weight: Double
    }

    public struct Option: Sendable {
        public var id: String
        public var name: String
        /// Normalized values r_ij, in leaf order.
        public var values: [Double]
    }

    public var normalization: Normalization
    public var perspective: String?
    public var leaves: [Leaf]
    public var options: [Option]
    /// Perspective id → leaf weights in leaf order, to start the sliders from a stakeholder's view.
    public var perspectives: [(id: String, name: String, weights: [Double])]
    /// The ranking these weights give, which the page shows before any slider moves.
    public var ranking: Ranking
    /// Each option's rank in the study's own ranking (its method), which the panel's arrows
    /// measure moves against.
    public var studyRanks: [(id: String, rank: Int)]

    /// The model for the base ranking's weights, computed before any rendering. Under `wsm`
    /// it is the base plan itself; under another method, `wsm` as the method comparison ranks
    /// it (its default normalization, or `study.yaml`'s when `wsm` is the study's method), since
    /// another method's normalization (TOPSIS's vector) is part of that method rather than a
    /// choice a weighted sum should inherit.
    public init(_ base: RankedProblem) {
        let problem = base.problem
        let additive =
            base.plan.method is WeightedSum
            ? base
            : (try? RankedProblem(
                problem: problem, plan: base.plan.withMethod(WeightedSum().name, for: problem))) ?? base
        let normalized = problem.matrix(weights: additive.plan.weights).normalized(additive.plan.normalization)
        self.normalization = additive.plan.normalization
        self.perspective = additive.plan.perspective
        self.leaves = zip(problem.leaves, additive.plan.weights).map { Leaf(id: $0.id, name: $0.name, group: $0.group.name, groupID: $0.group.id, weight: $1) }
        self.options = problem.options.indices.map {
            Option(id: problem.options[$0].id, name: problem.options[$0].name, values: Array(normalized.values.row($0)))
        }
        self.perspectives = problem.perspectives.map { ($0.perspective ?? "", $0.name, $0.weights) }
        self.ranking = additive.ranking
        self.studyRanks = base.ranking.entries.map { ($0.id, $0.rank) }
    }

    /// The model as JSON, safe inside `<script type="application/json">` (see `ScriptJSON`).
    /// Numbers keep full precision, so the page's dot products equal the Swift scores.
    public var json: String {
        ScriptJSON.object([
            ("method", ScriptJSON.string("wsm")),
            ("normalization", ScriptJSON.string(normalization.rawValue)),
            ("perspective", perspective.map(ScriptJSON.string) ?? "null"),
            ("tolerance", ScriptJSON.number(CompetitionRanking.tolerance)),
            (
                "leaves",
                ScriptJSON.array(
                    leaves.map { leaf in
                        ScriptJSON.object([
                            ("id", ScriptJSON.string(leaf.id)), ("name", ScriptJSON.string(leaf.name)),
                            ("group", ScriptJSON.string(leaf.group)), ("group_id", ScriptJSON.string(leaf.groupID)),
                            ("weight", ScriptJSON.number(leaf.weight)),
                        ])
                    })
            ),
            (
                "options",
                ScriptJSON.array(
                    options.map { option in
                        ScriptJSON.object([
                            ("id", ScriptJSON.string(option.id)), ("name", ScriptJSON.string(option.name)),
                            ("values", ScriptJSON.array(option.values.map(ScriptJSON.number))),
                        ])
                    })
            ),
            ("study_ranks", ScriptJSON.object(studyRanks.map { ($0.id, String($0.rank)) })),
            (
                "perspectives",
                ScriptJSON.array(
                    perspectives.map { view in
                        ScriptJSON.object([
                            ("id", ScriptJSON.string(view.id)), ("name", ScriptJSON.string(view.name)),
                            ("weights", ScriptJSON.array(view.weights.map(ScriptJSON.number))),
                        ])
                    })
            ),
        ]) + "\n"
    }
}
