/// Writes the small study that the `sensitivity` group times SMAA-2 on: 5 policies × 10 leaf
/// criteria in a flat tree, every criterion a 0–10 rating, two of them costs. Half of the 50
/// scores are uncertain, in a checkerboard of point values and ranges (every fifth range a
/// `{low, high}`, the rest `{low, likely, high}`), so that both kinds of draw are on the clock.
///
/// It validates without a single warning: every score has a note, every policy cites sources,
/// no column is constant and no policy is dominated (see `adjustedValue`). Otherwise
/// `sensitivity` would time the same work, but the study would not be one a user would keep.
/// The same seed always writes the same bytes.
struct SMAAStudyGenerator {
    static let policyCount = 5
    /// The ten 0–10 rating leaves of `StudyGenerator`'s tree, with their weights, flattened:
    /// eight benefits and two costs (`backlash`, `spillover`).
    static let leaves = StudyGenerator.leaves.filter { $0.kind == .rating }

    /// Notes for point values: those of `StudyGenerator` that do not speak of a range.
    private static let pointEvidence = StudyGenerator.evidence.filter { !$0.contains("range") }

    var seed: UInt64 = 1

    /// Writes `study.yaml`, `criteria/tree.yaml` and `policies/p0001.yaml` … `p0005.yaml`.
    func write(to directory: String) throws(BenchError) {
        try StudyGenerator.prepare(directory)
        try StudyGenerator.save(studyYAML, to: directory + "/study.yaml")
        try StudyGenerator.save(Self.criteriaYAML, to: directory + "/criteria/tree.yaml")
        var random = SplitMix64(seed: seed)
        for number in 1...Self.policyCount {
            try StudyGenerator.save(policyYAML(number: number, random: &random), to: directory + "/policies/\(policyID(number)).yaml")
        }
    }

    private func policyID(_ number: Int) -> String {
        StudyGenerator(policyCount: Self.policyCount, seed: seed).policyID(number)
    }

    private var studyYAML: String {
        """
        # SMAA benchmark study written by policyrank-bench (seed \(seed)): \(Self.policyCount) policies, \(Self.leaves.count) leaf criteria,
        # half of the scores uncertain. `policyrank-bench` times `policyrank sensitivity` on it.
        title: Synthetic SMAA benchmark study
        method: wsm
        normalization: scale
        sensitivity: {samples: 10000, seed: 1}

        """
    }

    private static var criteriaYAML: String {
        var lines = [
            "# Flat value tree written by policyrank-bench: \(leaves.count) leaf criteria on 0-10 scales.",
            "criteria:",
        ]
        for leaf in leaves {
            lines += [
                "  - id: \(leaf.id)",
                "    name: \(leaf.name)",
                "    description: >",
                "      \(leaf.name), rated 0-10 by the synthetic generator.",
                "    direction: \(leaf.isBenefit ? "benefit" : "cost")",
                "    weight: \(leaf.weight)",
                "    scale: {min: 0, max: 10}",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Scores in a checkerboard: policy `i` (0-based) on leaf `j` is a range where `i + j` is
    /// even, so each policy and each criterion alternate range and point, and
    /// exactly 25 of the 50 scores are ranges.
    private func policyYAML(number: Int, random: inout SplitMix64) -> String {
        let id = policyID(number)
        let name = "Option \(number), \(random.pick(StudyGenerator.adjectives)) \(random.pick(StudyGenerator.nouns))"
        var lines = [
            "# Synthetic policy option \(number) of \(Self.policyCount), written by policyrank-bench (seed \(seed)).",
            "id: \(id)",
            "name: \(name)",
            "description: >",
            "  \(name). A synthetic option with uncertain scores, for timing SMAA-2.",
            "scores:",
        ]
        var notes: [String] = []
        for (j, leaf) in Self.leaves.enumerated() {
            let i = number - 1
            let uncertain = (i + j) % 2 == 0
            // Every fifth range is a {low, high}: one per policy, in columns 0, 3, 4, 7 and 8.
            let uniform = j == 2 * i + i % 2
            let adjusted = Self.adjustedValue(policy: i, leaf: j, jitter: uniform ? 0 : random.int(in: 0...1))
            let value = leaf.isBenefit ? adjusted : 10 - adjusted
            let score: String
            if uniform {
                // value is odd here (no jitter), so a half-width of at least 1 fits in [0, 10].
                let half = min(random.int(in: 1...3), value, 10 - value)
                score = "{low: \(value - half), high: \(value + half)}"
            } else if uncertain {
                score = "{low: \(max(0, value - random.int(in: 1...3))), likely: \(value), high: \(min(10, value + random.int(in: 1...3)))}"
            } else {
                score = "\(value)"
            }
            lines.append("  \(leaf.id): \(score)")
            notes += ["  \(leaf.id): >", "    \(random.pick(uncertain ? StudyGenerator.evidence : Self.pointEvidence))"]
        }
        lines += ["notes:"] + notes + ["sources:"]
        for source in 1...2 {
            lines += [
                "  - title: Synthetic evidence review \(source) for \(id)",
                "    url: https://example.org/policyrank-bench/smaa/\(id)/\(source)",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The value in the direction of benefit (higher is better), before costs are flipped:
    /// 1, 3, 5, 7 or 9 from a Latin pattern, plus a jitter of 0 or 1. For any two policies the
    /// pattern differs by a constant nonzero step mod 5, so some criterion has one at 9 and the
    /// other lower, and another has one at 1 and the other higher; the gap there is at least 2,
    /// which a jitter of 1 cannot close. So no policy dominates another, at the likely values
    /// (midpoints for `{low, high}`, which are symmetric) that the dominance lint reads, and
    /// since each column is a permutation of the pattern, no criterion is constant.
    private static func adjustedValue(policy i: Int, leaf j: Int, jitter: Int) -> Int {
        2 * ((2 * i + 3 * j) % 5) + 1 + jitter
    }
}
