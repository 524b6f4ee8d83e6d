/// The tables a workshop facilitator pastes into a handout: the options against the criteria
/// (scores as written), against the methods (rank and score) and against the stakeholder
/// perspectives (rank).
///
/// Computed once and rendered by five renderers, so every format shows the same numbers in the
/// same order. Options follow the base ranking (the study's method, or `--method`; ties by id)
/// in every table, so a reader's eye can follow one option's row from table to table;
/// criteria are the leaves in value-tree order. The same study and options give the same
/// value, so two runs diff cleanly.
public struct ComparisonTables: Sendable {
    /// Which methods and perspectives to compare.
    public struct Options: Sendable {
        /// Methods to compare, in this order; nil for all of them.
        public var methods: [String]?
        /// Perspective ids to compare, in this order; nil for every perspective of the study.
        public var perspectives: [String]?
        /// Packages ("a+b") to show beside single measures, besides the best ones.
        public var packages: [String]

        public init(methods: [String]? = nil, perspectives: [String]? = nil, packages: [String] = []) {
            self.methods = methods
            self.perspectives = perspectives
            self.packages = packages
        }
    }

    public struct Option: Sendable {
        public var id: String
        public var name: String
    }

    public struct CriterionColumn: Sendable {
        public var id: String
        public var name: String
        /// The top-level node of the value tree this leaf sits under; nil for a top-level leaf.
        public var groupID: String?
        public var groupName: String?
        /// Effective weight under the base ranking's weights (its perspective, if any).
        public var weight: Double
        public var direction: Direction
        public var unit: String?
        /// A `levels` scale: its scores are labels.
        public var qualitative: Bool
    }

    /// A score as the policy file wrote it.
    public struct ScoreCell: Sendable {
        public var score: Score
        /// Levels as their label, numbers in shortest form, ranges as likely (low–high) or low–high.
        public var text: String
        /// The number it is ranked at: a level's number, `likely`, or the midpoint of `{low, high}`.
        public var value: Double?
    }

    public struct RankCell: Sendable {
        public var rank: Int
        public var score: Double
    }

    public struct MethodColumn: Sendable {
        public var method: String
        public var normalization: Normalization
        public var parameters: [(String, Double)]
        public var better: ScoreOrder
        /// One per option, in `options` order; rank 0 when the method cannot rank the study.
        public var cells: [RankCell]
        /// Why this method's result is not a ranking, if it is not.
        public var degeneracy: Degeneracy?
        /// For a partial ranking: the pairs it cannot compare (ids).
        public var incomparable: [(String, String)] = []
    }

    public struct PerspectiveColumn: Sendable {
        /// nil for the weights the criteria files state.
        public var id: String?
        public var name: String
        /// One per option, in `options` order.
        public var ranks: [Int]
        /// A participant's ranking (their weights and score overrides), not a perspective's.
        public var participant = false
    }

    /// The ranking that orders the options and sets the criteria weights.
    public var baseline: Ranking
    public var options: [Option]
    public var criteria: [CriterionColumn]
    /// `scores[i][j]`: option i on criterion j; nil only for a score the study lacks.
    public var scores: [[ScoreCell?]]
    public var methods: [MethodColumn]
    /// The study's own weights first, then each chosen perspective.
    public var perspectives: [PerspectiveColumn]
    /// Each rankable participant's ranking, under the base ranking's method and settings.
    public var participants: [PerspectiveColumn] = []
    /// Packages beside single measures, for a study with a portfolio (`ComparisonTables+Packages`).
    public var packages: [PackageRow]? = nil

    public var title: String? { baseline.title }

    /// The columns of the stakeholder table: perspectives, then participants.
    public var rankColumns: [PerspectiveColumn] { perspectives + participants }

    /// The tables for a base ranking: the same ranking `rank` prints for these choices, every
    /// chosen method and every chosen perspective by `RankedProblem`'s one rule. `study` is
    /// read only for the scores as written. Names are checked before anything is computed; an
    /// unknown one is a usage error with a suggestion, as with `rank`.
    public init(_ base: RankedProblem, study: Study, options: Options = Options()) throws(RankError) {
        let methodNames = try Self.methodNames(options.methods, options: base.problem.options.count)
        let valid = base.problem.perspectives.compactMap(\.perspective)
        let perspectiveIDs = try Self.perspectiveIDs(options.perspectives, valid: valid)
        let baseline = base.ranking
        let order = baseline.entries.map(\.id)
        self.baseline = baseline
        self.options = baseline.entries.map { Option(id: $0.id, name: $0.name) }
        self.criteria = Self.criterionColumns(study, base.problem, baseline)
        self.scores = Self.scoreCells(study, order: order, criteria: criteria.map(\.id))
        self.methods = try base.rankings(methods: methodNames).map { _, ranking in
            let entries = Self.entries(ranking)
            let degenerate = ranking.degeneracy != nil
            return MethodColumn(
                method: ranking.method, normalization: ranking.normalization, parameters: ranking.parameters, better: ranking.better,
                cells: order.map { id in
                    entries[id].map { RankCell(rank: degenerate ? 0 : $0.rank, score: $0.score) } ?? RankCell(rank: 0, score: .nan)
                }, degeneracy: ranking.degeneracy, incomparable: ranking.relations?.incomparablePairs ?? [])
        }
        self.perspectives = try base.rankings(perspectives: [nil] + perspectiveIDs.map(Optional.some)).map { id, ranking in
            let entries = Self.entries(ranking)
            let name = base.problem.weightSet(id)?.name ?? "study weights"
            return PerspectiveColumn(id: id, name: name, ranks: order.map { entries[$0]?.rank ?? 0 })
        }
        self.participants = base.participantRankings().map { view, ranked in
            let entries = Self.entries(ranked.ranking)
            return PerspectiveColumn(id: view.id, name: view.name, ranks: order.map { entries[$0]?.rank ?? 0 }, participant: true)
        }
        if !options.packages.isEmpty {
            guard base.problem.portfolio != nil else { throw .noPortfolio }
            guard base.plan.method.scoresEachOptionAlone(base.plan.normalization) else {
                throw .methodCannotRankPackages(
                    method: base.plan.method.name, normalization: base.plan.normalization.rawValue, methods: PortfolioAnalysis.methodsThatScoreAlone())
            }
        }
        do {
            self.packages = try Self.packageRows(base, named: options.packages)
        } catch {
            throw .unknownPackage(error.description)
        }
    }

    private static func methodNames(_ requested: [String]?, options count: Int) throws(RankError) -> [String] {
        guard let requested else { return Methods.names(ranking: count) }
        for name in requested where Methods.named(name) == nil { throw .unknownMethod(name) }
        return requested.uniqued()
    }

    private static func perspectiveIDs(_ requested: [String]?, valid: [String]) throws(RankError) -> [String] {
        guard let requested else { return valid }
        for id in requested where !valid.contains(id) { throw .unknownPerspective(id, valid: valid) }
        return requested.uniqued()
    }

    private static func entries(_ ranking: Ranking) -> [String: Ranking.Entry] {
        Dictionary(ranking.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Array where Element == String {
    /// The elements in order, each once.
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
