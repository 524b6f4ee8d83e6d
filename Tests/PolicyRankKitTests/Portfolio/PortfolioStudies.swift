@testable import PolicyRankKit

/// Studies with a portfolio, built in memory: seeded random ones for the reference tests and
/// small hand-made ones whose answers can be worked out on paper.
enum PortfolioStudies {
    static let here = StudyBuilder.here

    static func leaf(_ id: String, _ direction: Direction = .benefit, scale: ClosedRange<Double> = 0...10, combine: CombineRule, weight: Double = 1)
        -> Criterion
    {
        var criterion = StudyBuilder.leaf(id, direction, weight: weight, scale: scale)
        criterion.combine = Located(combine, at: here)
        return criterion
    }

    static func ids(_ values: [String]) -> Located<[Located<String>]> {
        Located(values.map { Located($0, at: here) }, at: here)
    }

    static func settings(
        budgets: [(String, Double)] = [], maxSize: Int? = nil, exclusive: [[String]] = [], requires: [String: [String]] = [:],
        interactions: [([String], [String: Double])] = []
    ) -> StudySettings {
        var portfolio = PortfolioSettings(location: here)
        portfolio.budgets = budgets.map { .init(criterion: Located($0.0, at: here), limit: Located($0.1, at: here)) }
        portfolio.maxSize = maxSize.map { Located($0, at: here) }
        portfolio.exclusive = exclusive.map(ids)
        portfolio.requires = requires.sorted { $0.key < $1.key }.map { .init(measure: Located($0.key, at: here), needs: ids($0.value).value) }
        portfolio.interactions = interactions.map { members, scores in
            .init(
                members: ids(members), scores: scores.sorted { $0.key < $1.key }.map { (Located($0.key, at: here), Located($0.value, at: here)) },
                note: nil, sources: [], location: here)
        }
        var settings = StudySettings(location: here)
        settings.method = MethodSpec(name: Located("wsm", at: here), parameters: [])
        settings.normalization = Located("scale", at: here)
        settings.portfolio = portfolio
        return settings
    }

    static func study(_ criteria: [Criterion], _ options: [(String, [Double])], _ settings: StudySettings) -> Study {
        var study = StudyBuilder.study(criteria: criteria, options: options)
        study.settings = settings
        return study
    }

    /// A seeded random study: 8–14 measures, 4–6 leaves with every combine rule, a cost
    /// budget (sometimes two), exclusivity, requirements, interactions, sometimes `max_size`
    /// and a value function, so that every pruning rule is exercised.
    static func random(seed: UInt64, uncertain: Bool = false) -> Study {
        var random = SplitMix64(state: seed)
        func uniform(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
        let measureCount = Int.random(in: 8...14, using: &random)
        let benefitRules: [CombineRule] = [.sum, .max, .min, .mean]
        var criteria = [
            leaf("cost", .cost, scale: 0...100, combine: .sum, weight: uniform(0.5...2)),
            leaf("effect", scale: 0...70, combine: .sum, weight: uniform(0.5...2)),
        ]
        for k in 0..<Int.random(in: 2...4, using: &random) {
            let rule = benefitRules[k % 4]
            criteria.append(leaf("c\(k)", k % 3 == 2 ? .cost : .benefit, scale: rule == .sum ? 0...60 : 0...10, combine: rule, weight: uniform(0.2...2)))
        }
        let twoBudgets = Bool.random(using: &random)
        if twoBudgets { criteria.append(leaf("staff", .cost, scale: 0...50, combine: .sum, weight: uniform(0.2...1))) }
        if Bool.random(using: &random) {
            criteria[2].valueFunction = Located(
                [
                    ValueFunctionPoint(x: 0, v: 0, location: here), ValueFunctionPoint(x: 4, v: 0.7, location: here),
                    ValueFunctionPoint(x: 10, v: 1, location: here),
                ],
                at: here)
        }
        let ids = (0..<measureCount).map { String(format: "m%02d", $0) }
        let options = ids.map { id in
            (
                id,
                criteria.map { criterion -> Double in
                    switch criterion.id.value {
                    case "cost": uniform(5...45)
                    case "effect": uniform(0...12)
                    case "staff": uniform(1...20)
                    default: uniform(0...10)
                    }
                }
            )
        }
        var budgets = [("cost", uniform(60...140))]
        if twoBudgets { budgets.append(("staff", uniform(20...45))) }
        let shuffled = ids.shuffled(using: &random)
        let settings = settings(
            budgets: budgets, maxSize: Bool.random(using: &random) ? Int.random(in: 2...5, using: &random) : nil,
            exclusive: [[shuffled[0], shuffled[1]], [shuffled[2], shuffled[3], shuffled[4]]],
            requires: [shuffled[5]: [shuffled[6]], shuffled[7]: [shuffled[0]]],
            interactions: [
                ([shuffled[1], shuffled[6]], ["effect": uniform(2...8)]),
                ([shuffled[2], shuffled[5], shuffled[7]], ["c0": uniform(-3...3), "cost": -uniform(0...15)]),
            ])
        var made = study(criteria, options, settings)
        if uncertain {
            // Effects as triangular ranges, costs as uniform ones: budgets bind differently per sample.
            for i in made.policies.indices {
                made.policies[i].scores = made.policies[i].scores.map { entry in
                    guard case .point(.number(let x)) = entry.value.value else { return entry }
                    var entry = entry
                    switch entry.criterion.value {
                    case "effect": entry.value = Located(.triangular(low: .number(x * 0.6), likely: .number(x), high: .number(min(x * 1.4, 70))), at: here)
                    case "cost": entry.value = Located(.uniform(low: .number(x * 0.8), high: .number(x * 1.2)), at: here)
                    default: break
                    }
                    return entry
                }
            }
        }
        return made
    }
}
