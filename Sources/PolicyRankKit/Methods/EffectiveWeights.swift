/// Weights down the value tree: each node's weight is normalized among its siblings, and a
/// leaf's effective weight is the product along its path (docs/DESIGN.md §1), so the leaves sum to 1.
enum EffectiveWeights {
    /// Leaf id → effective weight. `overrides` (a perspective) replaces named nodes' weights.
    static func leafWeights(_ roots: [Criterion], overrides: [String: Double] = [:]) -> [String: Double] {
        var result: [String: Double] = [:]
        var stack: [(siblings: [Criterion], share: Double)] = [(roots, 1)]
        while let (siblings, share) = stack.popLast() {
            var raw = siblings.map { max(0, overrides[$0.id.value] ?? $0.weightValue) }
            var total = raw.reduce(0, +)
            // Weights of 1e308 add up to inf, and w/inf would make every share 0: relative
            // weights can be scaled down first without changing their ratios.
            if !total.isFinite, let largest = raw.max(), largest.isFinite, largest > 0 {
                raw = raw.map { $0 / largest }
                total = raw.reduce(0, +)
            }
            for (node, weight) in zip(siblings, raw) {
                let nodeShare = total > 0 ? share * weight / total : 0
                if let children = node.children {
                    stack.append((children, nodeShare))
                } else {
                    result[node.id.value] = nodeShare
                }
            }
        }
        return result
    }

    /// Relative weights (0 or more) scaled to sum to 1, all 0 when they are; as above, weights
    /// whose sum overflows are scaled down by the largest first.
    static func normalized(_ weights: [Double]) -> [Double] {
        var raw = weights.map { max(0, $0) }
        var total = raw.reduce(0, +)
        if !total.isFinite, let largest = raw.max(), largest.isFinite, largest > 0 {
            raw = raw.map { $0 / largest }
            total = raw.reduce(0, +)
        }
        return total > 0 ? raw.map { $0 / total } : raw.map { _ in 0 }
    }

    /// Every node's effective weight (internal nodes: the sum of their leaves).
    static func nodeWeights(_ roots: [Criterion], overrides: [String: Double] = [:]) -> [String: Double] {
        let leaves = leafWeights(roots, overrides: overrides)
        var result: [String: Double] = [:]
        for root in roots {
            for node in root.subtree {
                result[node.id.value] = node.subtree.filter(\.isLeaf).reduce(0) { $0 + (leaves[$1.id.value] ?? 0) }
            }
        }
        return result
    }
}
