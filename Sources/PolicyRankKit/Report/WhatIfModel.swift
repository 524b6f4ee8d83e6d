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
        /// The top-level group it belongs to, for grouping sliders.
        public var group: String
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

    /// The model for `ranking`'s perspective. Its normalization is the ranking's when that
    /// ranking is WSM, else WSM's default, since another method's normalization (TOPSIS's
    /// vector) is part of that method rather than a choice a weighted sum should inherit.
    public init(study: Study, ranking reference: Ranking) throws(RankError) {
        let normalization = reference.method == "wsm" ? reference.normalization : WeightedSum().defaultNormalization
        let ranking = try RankingEngine.rank(study, options: RankOptions(
            method: "wsm", normalization: normalization.rawValue, perspective: reference.perspective))
        let perspective = study.perspectives.first { $0.id.value == reference.perspective }
        let matrix = DecisionMatrix(study: study, perspective: perspective)
        let normalized = matrix.normalized(normalization)
        let groupOf = Dictionary(study.criteria.flatMap { root in root.subtree.map { ($0.id.value, root.displayName) } },
                                 uniquingKeysWith: { first, _ in first })
        self.normalization = normalization
        self.perspective = reference.perspective
        self.leaves = matrix.columns.map { Leaf(id: $0.id, name: $0.name, group: groupOf[$0.id] ?? $0.name, weight: $0.weight) }
        self.options = matrix.options.indices.map { Option(id: matrix.options[$0], name: matrix.optionNames[$0], values: Array(normalized.values.row($0))) }
        self.perspectives = study.perspectives.map { view in
            let weights = EffectiveWeights.leafWeights(study.criteria, overrides: view.overrideMap)
            return (view.id.value, view.displayName, matrix.columns.map { weights[$0.id] ?? 0 })
        }
        self.ranking = ranking
    }

    /// The model as JSON, safe inside `<script type="application/json">` (see `ScriptJSON`).
    /// Numbers keep full precision, so the page's dot products equal the Swift scores.
    public var json: String {
        ScriptJSON.object([
            ("method", ScriptJSON.string("wsm")),
            ("normalization", ScriptJSON.string(normalization.rawValue)),
            ("perspective", perspective.map(ScriptJSON.string) ?? "null"),
            ("tolerance", ScriptJSON.number(CompetitionRanking.tolerance)),
            ("leaves", ScriptJSON.array(leaves.map { leaf in
                ScriptJSON.object([("id", ScriptJSON.string(leaf.id)), ("name", ScriptJSON.string(leaf.name)),
                                   ("group", ScriptJSON.string(leaf.group)), ("weight", ScriptJSON.number(leaf.weight))])
            })),
            ("options", ScriptJSON.array(options.map { option in
                ScriptJSON.object([("id", ScriptJSON.string(option.id)), ("name", ScriptJSON.string(option.name)),
                                   ("values", ScriptJSON.array(option.values.map(ScriptJSON.number)))])
            })),
            ("perspectives", ScriptJSON.array(perspectives.map { view in
                ScriptJSON.object([("id", ScriptJSON.string(view.id)), ("name", ScriptJSON.string(view.name)),
                                   ("weights", ScriptJSON.array(view.weights.map(ScriptJSON.number)))])
            })),
        ]) + "\n"
    }
}
