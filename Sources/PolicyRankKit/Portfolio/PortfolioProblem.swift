/// A study's portfolio, resolved (docs/DESIGN.md §4.1): which options are measures, in the
/// order packages list them (by id), how each leaf combines, and the constraints as indices.
///
/// A package is a set of measures, written as a bit mask over `measures` positions, so the
/// search can hold and compare packages as integers. The baseline (the status quo) is not a
/// measure: it is what a government does when it funds no package.
public struct PortfolioProblem: Sendable {
    public struct Budget: Sendable, Equatable {
        public var leaf: Int
        public var limit: Double

        public init(leaf: Int, limit: Double) {
            self.leaf = leaf
            self.limit = limit
        }
    }

    public struct Interaction: Sendable {
        /// The positions of its members in `measures`.
        public var members: [Int]
        public var deltas: [(leaf: Int, delta: Double)]
        public var note: String?
        public var mask: UInt64 { members.reduce(0) { $0 | (1 << UInt64($1)) } }
    }

    /// The most measures a portfolio may have: a package is a 64-bit mask.
    public static let measureLimit = 64

    /// Option indices (into `DecisionProblem.options`) by measure id.
    public var measures: [Int]
    /// `raw[option * leaves + leaf]`: the likely score in the criterion's own units.
    public var raw: [Double]
    public var combine: [CombineRule]
    public var budgets: [Budget]
    public var maxSize: Int?
    /// `exclusive[k]`: positions of measures at most one of which a package may contain.
    public var exclusive: [[Int]]
    /// `requires[p]`: positions the measure at position p needs.
    public var requires: [[Int]]
    public var interactions: [Interaction]

    public var measureCount: Int { measures.count }

    /// The mask of one member.
    static func bit(_ position: Int) -> UInt64 { 1 << UInt64(position) }

    /// The positions in a mask, ascending (so members in id order).
    static func positions(_ mask: UInt64) -> [Int] {
        var positions: [Int] = []
        var rest = mask
        while rest != 0 {
            positions.append(rest.trailingZeroBitCount)
            rest &= rest - 1
        }
        return positions
    }

    /// The same portfolio with `--budget` and `--max-size` applied; a budget flag replaces the
    /// study's budget on the same criterion.
    public func overriding(budgets flags: [Budget], maxSize flag: Int?) -> PortfolioProblem {
        var copy = self
        for budget in flags {
            // In place, so that the first budget (the frontier's sort key) stays first.
            if let index = copy.budgets.firstIndex(where: { $0.leaf == budget.leaf }) {
                copy.budgets[index] = budget
            } else {
                copy.budgets.append(budget)
            }
        }
        copy.maxSize = flag ?? maxSize
        return copy
    }
}

extension DecisionProblem {
    /// The leaves a budget may limit: costs that a package combines by sum.
    public var budgetCriteria: [Int] {
        leaves.indices.filter { leaves[$0].direction == .cost && portfolio?.combine[$0] == .sum }
    }
}

extension PortfolioProblem {
    /// Resolves `study.yaml`'s portfolio for a study validation found free of errors.
    init?(settings: PortfolioSettings?, study: Study, options: [DecisionProblem.Option], leaves: [DecisionProblem.Leaf], raw: [Double]) {
        guard let settings else { return nil }
        let baseline = study.policies.first { $0.baseline?.value == true }?.id.value
        let measures = options.indices.filter { options[$0].id != baseline }.sorted { options[$0].id < options[$1].id }
        guard measures.count <= Self.measureLimit else { return nil }
        let position = Dictionary(measures.enumerated().map { (options[$1].id, $0) }, uniquingKeysWith: { first, _ in first })
        let leafIndex = Dictionary(leaves.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceLeaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        self.measures = measures
        self.raw = raw
        combine = leaves.map { sourceLeaves[$0.id]?.combine?.value ?? .sum }
        budgets = settings.budgets.compactMap { budget in leafIndex[budget.criterion.value].map { Budget(leaf: $0, limit: budget.limit.value) } }
        maxSize = settings.maxSize?.value
        exclusive = settings.exclusive.map { group in Array(Set(group.value.compactMap { position[$0.value] })).sorted() }
        var requires = Array(repeating: [Int](), count: measures.count)
        for requirement in settings.requires {
            guard let measure = position[requirement.measure.value] else { continue }
            requires[measure] = Array(Set(requires[measure] + requirement.needs.compactMap { position[$0.value] })).sorted()
        }
        self.requires = requires
        interactions = settings.interactions.map { interaction in
            Interaction(
                members: Array(Set(interaction.members.value.compactMap { position[$0.value] })).sorted(),
                deltas: interaction.scores.compactMap { score in leafIndex[score.criterion.value].map { ($0, score.delta.value) } },
                note: interaction.note)
        }
    }
}
