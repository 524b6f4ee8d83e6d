@testable import PolicyRankKit

/// Builds small studies in memory for method and property tests.
enum StudyBuilder {
    static let here = SourceLocation(file: "memory.yaml", line: 1, column: 1)

    static func leaf(
        _ id: String, _ direction: Direction = .benefit, weight: Double = 1,
        scale: ClosedRange<Double> = 0...10
    ) -> Criterion {
        var criterion = Criterion(id: Located(id, at: here), location: here)
        criterion.weight = Located(weight, at: here)
        criterion.direction = Located(direction, at: here)
        criterion.scale = Located(.numeric(min: scale.lowerBound, max: scale.upperBound), at: here)
        criterion.keys = ["direction": here, "scale": here]
        return criterion
    }

    static func group(_ id: String, weight: Double, _ children: [Criterion]) -> Criterion {
        var criterion = Criterion(id: Located(id, at: here), location: here)
        criterion.weight = Located(weight, at: here)
        criterion.children = children
        return criterion
    }

    static func policy(_ id: String, _ scores: [String: Score]) -> Policy {
        var policy = Policy(
            id: Located(id, at: here), name: id, description: nil,
            scores: scores.sorted { $0.key < $1.key }.map { ScoreEntry(criterion: Located($0.key, at: here), value: Located($0.value, at: here)) },
            notes: [:], sources: [], location: here)
        policy.scoredCriteria = Set(scores.keys)
        return policy
    }

    /// A flat study: criteria with weights, options with point scores in criterion order.
    static func study(criteria: [Criterion], options: [(String, [Double])]) -> Study {
        let ids = criteria.map(\.id.value)
        let policies = options.map { id, values in
            policy(id, Dictionary(uniqueKeysWithValues: zip(ids, values.map { Score.point(.number($0)) })))
        }
        return Study(path: "memory", criteria: criteria, policies: policies)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator for reproducible properties.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension StudyBuilder {
    /// A study from a paper's decision matrix: options a1…, criteria c1…, types +1 benefit
    /// / −1 cost. Scales default to a margin around the data (only `scale` and SPOTIS read them).
    static func paper(
        _ x: [[Double]], weights: [Double], types: [Int], bounds: [ClosedRange<Double>]? = nil,
        preferences: [(String, q: Double?, p: Double?)]? = nil
    ) -> Study {
        let criteria = weights.indices.map { j -> Criterion in
            let column = x.map { $0[j] }
            let scale = bounds?[j] ?? ((column.min() ?? 0) - 1)...((column.max() ?? 0) + 1)
            var criterion = leaf("c\(j + 1)", types[j] > 0 ? .benefit : .cost, weight: weights[j], scale: scale)
            if let preference = preferences?[j] {
                criterion.preference = Located(
                    PreferenceFunction(
                        function: Located(preference.0, at: here),
                        q: preference.q.map { Located($0, at: here) }, p: preference.p.map { Located($0, at: here) }, s: nil), at: here)
            }
            return criterion
        }
        return study(criteria: criteria, options: x.indices.map { ("a\($0 + 1)", x[$0]) })
    }
}
