/// PROMETHEE I (Brans & Vincke 1985, Management Science 31(6), §4; Brans, Vincke & Mareschal
/// 1986, EJOR 24): the partial preorder of the leaving flow φ⁺ and the entering flow φ⁻, each
/// computed as in PROMETHEE II. a is preferred to b when it is at least as good on both flows
/// and better on one (φ⁺(a) ≥ φ⁺(b), φ⁻(a) ≤ φ⁻(b), not both equal); indifferent when both
/// are equal; incomparable when each is better on one flow. Flows within 1e-9 count as equal,
/// as scores do everywhere (docs/DESIGN.md §5).
///
/// The score it reports is the net flow φ = φ⁺ − φ⁻ (what PROMETHEE II ranks by), for display
/// and order within a rank; the ranks come from the relations.
public struct PrometheeI: AggregationMethod {
    public init() {}

    public let name = "promethee1"
    public let defaultNormalization = Normalization.none
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let ranksPartially = true
    public let summary = "partial preorder of the leaving and entering flows (Brans & Vincke 1985); incomparable pairs stated"

    /// Its relations list every ordered pair (n² of them, in `rank --format json` too).
    public let maximumOptions: Int? = 2_000

    private let flows = PrometheeII()

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        flows.score(input, workspace: workspace, into: scores)
    }

    public func relations(workspace: ScoringWorkspace, input: ScoringInput, into relations: UnsafeMutableBufferPointer<OutrankingRelation>) -> Bool {
        Self.fill(relations, n: workspace.rows, plus: workspace.option(0), minus: workspace.option(1))
        return true
    }

    /// Every pair's relation from the flows a scoring left in the workspace.
    static func fill(
        _ relations: UnsafeMutableBufferPointer<OutrankingRelation>, n: Int, plus: UnsafeMutableBufferPointer<Double>,
        minus: UnsafeMutableBufferPointer<Double>
    ) {
        for a in 0..<n {
            relations[a * n + a] = .indifferent
            for b in (a + 1)..<max(n, a + 1) {
                let r = Self.relation(plus: (plus[a], plus[b]), minus: (minus[a], minus[b]))
                relations[a * n + b] = r
                relations[b * n + a] = r.converse
            }
        }
    }

    /// How a stands against b from their leaving (plus) and entering (minus) flows.
    static func relation(plus: (Double, Double), minus: (Double, Double)) -> OutrankingRelation {
        let tolerance = CompetitionRanking.tolerance
        // +1: a is better on this flow, −1: b is, 0: equal within the tolerance.
        let leaving = plus.0 - plus.1 > tolerance ? 1 : (plus.1 - plus.0 > tolerance ? -1 : 0)
        let entering = minus.1 - minus.0 > tolerance ? 1 : (minus.0 - minus.1 > tolerance ? -1 : 0)
        switch (leaving, entering) {
        case (0, 0): return .indifferent
        case (1, 1), (1, 0), (0, 1): return .preferred
        case (-1, -1), (-1, 0), (0, -1): return .preferredBy
        default: return .incomparable
        }
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        // One scoring: PROMETHEE II's output through this workspace, whose flows give the relations.
        let workspace = ScoringWorkspace(for: matrix)
        var output = flows.evaluate(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let n = matrix.options.count
        var relations = [OutrankingRelation](repeating: .indifferent, count: n * n)
        relations.withUnsafeMutableBufferPointer { relations in
            Self.fill(relations, n: n, plus: workspace.option(0), minus: workspace.option(1))
        }
        output.relations = relations
        return output
    }
}
