/// Writes a study with a portfolio for the `portfolio` rows: N measures (20 for the search
/// row, 12 for the inclusion row) × 12 leaf criteria — a fiscal cost combined by sum with a
/// budget, a reach combined by sum, and ten 0–10 ratings combined by max, mean and min — two
/// interactions, one exclusive pair and one requirement. A third of the ratings are ranges,
/// so inclusion shares have uncertain scores to sample. The same seed writes the same bytes.
struct PortfolioStudyGenerator {
    var measures = 20
    var seed: UInt64 = 1

    static let ratingRules = ["max", "mean", "min", "max", "mean", "max", "mean", "min", "max", "mean"]

    func write(to directory: String) throws(BenchError) {
        try StudyGenerator.prepare(directory)
        let ids = (1...measures).map { String(format: "m%02d", $0) }
        try StudyGenerator.save(studyYAML(ids), to: directory + "/study.yaml")
        try StudyGenerator.save(Self.criteriaYAML, to: directory + "/criteria/tree.yaml")
        var random = SplitMix64(seed: seed)
        for id in ids { try StudyGenerator.save(policyYAML(id, random: &random), to: directory + "/policies/\(id).yaml") }
    }

    private func studyYAML(_ ids: [String]) -> String {
        """
        # Portfolio benchmark study written by policyrank-bench (seed \(seed)): \(measures) measures × 12 criteria.
        title: Synthetic portfolio benchmark study
        method: wsm
        normalization: scale
        sensitivity: {samples: 10000, seed: 1}
        portfolio:
          budget: {fiscal_cost: \(measures * 25)}
          exclusive: [[\(ids[0]), \(ids[1])]]
          requires: {\(ids[2]): [\(ids[3])]}
          interactions:
            - members: [\(ids[4]), \(ids[5])]
              scores: {reach: 10}
              note: Synthetic synergy.
            - members: [\(ids[6]), \(ids[7]), \(ids[8])]
              scores: {r1: 1, fiscal_cost: -20}
              note: Shared logistics.

        """
    }

    private static var criteriaYAML: String {
        var lines = [
            "# Written by policyrank-bench: a budgeted cost, an additive reach and ten ratings.",
            "criteria:",
            "  - id: fiscal_cost", "    direction: cost", "    weight: 3", "    scale: {min: 0, max: 4000}", "    combine: sum",
            "  - id: reach", "    direction: benefit", "    weight: 2", "    scale: {min: 0, max: 1000}", "    combine: sum",
        ]
        for (k, rule) in ratingRules.enumerated() {
            lines += [
                "  - id: r\(k)", "    direction: \(k % 4 == 3 ? "cost" : "benefit")", "    weight: \(1 + k % 3)", "    scale: {min: 0, max: 10}",
                "    combine: \(rule)",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func policyYAML(_ id: String, random: inout SplitMix64) -> String {
        var lines = ["id: \(id)", "name: Measure \(id)", "scores:"]
        lines.append("  fiscal_cost: \(random.int(in: 20...200))")
        lines.append("  reach: \(random.int(in: 5...90))")
        var notes = ["notes:", "  fiscal_cost: Synthetic.", "  reach: Synthetic."]
        for k in 0..<Self.ratingRules.count {
            let value = random.int(in: 1...9)
            lines.append(k % 3 == 0 ? "  r\(k): {low: \(value - 1), likely: \(value), high: \(value + 1)}" : "  r\(k): \(value)")
            notes.append("  r\(k): Synthetic.")
        }
        return (lines + notes + ["sources:", "  - title: Synthetic evidence for \(id)"]).joined(separator: "\n") + "\n"
    }
}
