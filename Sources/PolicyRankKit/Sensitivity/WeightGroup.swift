/// A criterion whose weight sensitivity analysis moves: a leaf, or an internal node of the
/// value tree standing for all the leaves below it.
public struct WeightGroup: Sendable {
    public var id: String
    public var name: String
    /// Indices of its leaves in the decision matrix's columns.
    public var leaves: [Int]
    public var isLeaf: Bool

    /// Every node of the tree that has leaves, depth first, over the problem's leaves.
    static func all(in study: Study, leaves: [DecisionProblem.Leaf]) -> [WeightGroup] {
        let columnIndex = Dictionary(leaves.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return study.allCriteria.compactMap { node in
            let leaves = node.subtree.filter(\.isLeaf).compactMap { columnIndex[$0.id.value] }
            guard !leaves.isEmpty else { return nil }
            return WeightGroup(id: node.id.value, name: node.displayName, leaves: leaves, isLeaf: node.isLeaf)
        }
    }

    public func weight(in weights: [Double]) -> Double {
        leaves.reduce(0) { $0 + weights[$1] }
    }

    /// The one-at-a-time change docs/DESIGN.md §2 pins: this group's total becomes `x`, its leaves
    /// keep their ratios among themselves, and every other weight is rescaled in proportion
    /// so the total stays 1. A group (or the rest) with zero weight shares its part equally.
    public func reweighted(_ weights: [Double], to x: Double) -> [Double] {
        let inside = Set(leaves)
        let current = weight(in: weights)
        let rest = 1 - current
        let outsideCount = weights.count - inside.count
        return weights.indices.map { j in
            if inside.contains(j) {
                return current > 0 ? weights[j] * x / current : x / Double(leaves.count)
            }
            return rest > 0 ? weights[j] * (1 - x) / rest : (1 - x) / Double(max(outsideCount, 1))
        }
    }
}
