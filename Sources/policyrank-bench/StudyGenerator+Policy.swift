/// One generated policy file: a score for every leaf, notes on a few of them, and sources.
extension StudyGenerator {
    static let adjectives = ["targeted", "regional", "phased", "community-led", "federal", "pilot", "joint", "long-term"]
    static let nouns = ["outreach", "policing reform", "border programme", "mediation", "investment plan", "training mission"]
    static let evidence = [
        "Rated from a synthetic evidence review; the range reflects disagreement between reviewers.",
        "Comparable programmes elsewhere reached about half of their stated goals within three years.",
        "Estimates come from a workshop with practitioners and were not independently checked.",
        "Past pledges of this kind lapsed after a change of government, hence the wide range.",
        "The figure assumes funding continues at the level announced in the first budget year.",
    ]

    /// Policy 1 scores the best value of every scale. Every other policy stays below the top
    /// of the first criterion, so policy 1 wins strictly under any positive weights.
    func policyYAML(number: Int, random: inout SplitMix64) -> String {
        let id = policyID(number)
        let name = "Option \(number), \(random.pick(Self.adjectives)) \(random.pick(Self.nouns))"
        var lines = [
            "# Synthetic policy option \(number) of \(policyCount), written by policyrank-bench (seed \(seed)).",
            "id: \(id)",
            "name: \(name)",
            "description: >",
            "  \(name). A synthetic option whose scores are drawn at random, for timing policyrank",
            "  on studies larger than any written by hand.",
            "scores:",
        ]
        for (index, leaf) in Self.leaves.enumerated() {
            let score =
                number == 1
                ? Self.bestScore(leaf)
                : Self.randomScore(leaf, top: index == 0 ? 9 : 10, random: &random)
            lines.append("  \(leaf.id): \(score)")
        }
        lines.append("notes:")
        var noted = Array(Self.leaves.indices)
        for _ in 0..<3 {
            let leaf = Self.leaves[noted.remove(at: random.int(in: 0...(noted.count - 1)))]
            lines += ["  \(leaf.id): >", "    \(random.pick(Self.evidence))"]
        }
        lines.append("sources:")
        for source in 1...random.int(in: 1...3) {
            lines += [
                "  - title: Synthetic evidence review \(source) for \(id)",
                "    url: https://example.org/policyrank-bench/\(id)/\(source)",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func bestScore(_ leaf: Leaf) -> String {
        switch leaf.kind {
        case .rating: leaf.isBenefit ? "10" : "0"
        case .budget: "0"
        case .levels: levels[0].label
        }
    }

    /// Roughly 40% point values, 35% `{low, likely, high}`, 25% `{low, high}`; level scales
    /// mostly get a single label, sometimes a range between two neighbouring labels.
    private static func randomScore(_ leaf: Leaf, top: Int, random: inout SplitMix64) -> String {
        let roll = random.int(in: 0...99)
        switch leaf.kind {
        case .rating:
            if roll < 40 { return "\(random.int(in: 0...top))" }
            if roll < 75 {
                let likely = random.int(in: 0...top)
                let low = max(0, likely - random.int(in: 0...3))
                let high = min(top, likely + random.int(in: 0...3))
                return "{low: \(low), likely: \(likely), high: \(high)}"
            }
            let low = random.int(in: 0...(top - 1))
            return "{low: \(low), high: \(min(top, low + random.int(in: 1...4)))}"
        case .budget:
            // Multiples of 5 USD million, as people write them.
            if roll < 40 { return "\(5 * random.int(in: 0...300))" }
            if roll < 75 {
                let likely = 5 * random.int(in: 1...300)
                let low = likely * random.int(in: 30...90) / 500 * 5
                let high = min(2000, likely * random.int(in: 120...300) / 500 * 5)
                return "{low: \(low), likely: \(likely), high: \(high)}"
            }
            let low = 5 * random.int(in: 0...200)
            return "{low: \(low), high: \(min(2000, low + 5 * random.int(in: 1...200)))}"
        case .levels:
            let index = random.int(in: 0...(levels.count - 2))
            if roll < 85 { return levels[random.int(in: 0...(levels.count - 1))].label }
            return "{low: \(levels[index].label), high: \(levels[index + 1].label)}"
        }
    }
}
