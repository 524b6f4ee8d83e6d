import Testing

@testable import PolicyRankKit

/// `flip` against brute force on small studies (3–4 options, 3 criteria, wsm under scale).
@Suite struct FlipTests {
    static func study(seed: UInt64) -> Study {
        var random = SplitMix64(state: seed)
        let count = 3 + Int(seed % 2)
        let options = (0..<count).map { i in ("o\(i)", (0..<3).map { _ in Double(Int.random(in: 1...9, using: &random)) }) }
        var study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c0", weight: 0.5), StudyBuilder.leaf("c1", .cost, weight: 0.3), StudyBuilder.leaf("c2", weight: 0.2)],
            options: options)
        // Every score of o1 and o2 uncertain by ±1 (uniform), for the score searches.
        for i in 1..<3 {
            var scores: [String: Score] = [:]
            for (j, x) in options[i].1.enumerated() { scores["c\(j)"] = .uniform(low: .number(x - 1), high: .number(x + 1)) }
            study.policies[i] = StudyBuilder.policy("o\(i)", scores)
        }
        var settings = StudySettings(location: StudyBuilder.here)
        settings.normalization = Located("scale", at: StudyBuilder.here)
        study.settings = settings
        return study
    }

    /// The smallest relative weight change on a fine grid of the simplex that puts `target` first.
    static func bruteForceWeights(_ problem: DecisionProblem, plan: RankingPlan, target: Int) -> Double? {
        let steps = 200
        var best: Double?
        for a in 0...steps {
            for b in 0...(steps - a) {
                let w = [Double(a), Double(b), Double(steps - a - b)].map { $0 / Double(steps) }
                guard FlipResult.isFirst(problem, plan: plan, weights: w, target: target) else { continue }
                let distance = zip(w, plan.weights).map { abs($0 - $1) / $1 }.max() ?? 0
                best = min(best ?? .infinity, distance)
            }
        }
        return best
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func theWeightSearchMeetsBruteForce(seed: UInt64) throws {
        let problem = Self.study(seed: seed).problem
        let plan = try RankingPlan(for: problem)
        for (t, id) in problem.optionIds.enumerated() {
            let result = try #require(FlipResult.compute(problem, plan: plan, target: id, mode: .weights))
            let brute = Self.bruteForceWeights(problem, plan: plan, target: t)
            #expect(result.possible == (brute != nil), "seed \(seed) \(id)")
            guard let brute, let distance = result.distance else { continue }
            #expect(distance <= brute + 1e-6, "seed \(seed) \(id): \(distance) vs grid \(brute)")
            #expect(brute - distance < 0.04, "seed \(seed) \(id): within the grid's resolution")
            let weights = result.weights.map(\.weight)
            #expect(abs(weights.reduce(0, +) - 1) < 1e-9)
            #expect(FlipResult.isFirst(problem, plan: plan, weights: weights, target: t), "re-ranking with the returned weights puts \(id) first")
        }
    }

    /// `study(seed:)` with its uncertain scores moved by hand: each ±1 range of o1 and o2 a
    /// share of the way from its midpoint to the end that favours `target` (its own scores) or
    /// hurts it (a rival's); c1 is a cost, so its favourable end is the low one. Returns the
    /// study with point scores and the moved values, keyed "option criterion".
    static func movedByHand(seed: UInt64, target: String, share: Double) -> (study: Study, moved: [String: Double]) {
        var study = Self.study(seed: seed)
        var moved: [String: Double] = [:]
        for i in 1..<3 {
            let id = "o\(i)"
            var scores: [String: Score] = [:]
            for entry in study.policies[i].scores {
                guard case .uniform(.number(let low), .number(let high)) = entry.value.value else { continue }
                let criterion = entry.criterion.value
                let midpoint = (low + high) / 2
                let goodEnd = criterion == "c1" ? low : high
                let end = id == target ? goodEnd : low + high - goodEnd
                let value = midpoint + share * (end - midpoint)
                scores[criterion] = .point(.number(value))
                if value != midpoint { moved["\(id) \(criterion)"] = value }
            }
            study.policies[i] = StudyBuilder.policy(id, scores)
        }
        return (study, moved)
    }

    /// The score search against a grid of shares, each moved study built by hand and ranked by
    /// the plain `rank` path (no code shared with the search), and the moved scores it reports
    /// against the same hand computation.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func theScoreSearchMeetsBruteForce(seed: UInt64) throws {
        let problem = Self.study(seed: seed).problem
        let plan = try RankingPlan(for: problem)
        var compared = 0
        for id in problem.optionIds {
            let result = try #require(FlipResult.compute(problem, plan: plan, target: id, mode: .scores))
            let brute = try (0...1000).map { Double($0) / 1000 }.first { share in
                let ranking = try RankingEngine.rank(Self.movedByHand(seed: seed, target: id, share: share).study)
                return ranking.entries.first { $0.id == id }?.rank == 1
            }
            #expect(result.possible == (brute != nil), "seed \(seed) \(id)")
            guard let brute, let distance = result.distance else { continue }
            compared += 1
            #expect(distance <= brute + 1e-6 && brute - distance <= 0.001 + 1e-6, "seed \(seed) \(id): \(distance) vs \(brute)")
            let expected = Self.movedByHand(seed: seed, target: id, share: distance).moved
            let reported = Dictionary(uniqueKeysWithValues: result.scores.map { ("\($0.option) \($0.criterion)", $0.value) })
            #expect(Set(reported.keys) == Set(expected.keys), "seed \(seed) \(id)")
            for (key, value) in expected { #expect(abs((reported[key] ?? .nan) - value) < 1e-9, "seed \(seed) \(id) \(key)") }
        }
        #expect(compared > 0, "seed \(seed): no option could be put first by its scores")
    }

    @Test func aDominatedTargetIsImpossibleWithTheReason() throws {
        let study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c0"), StudyBuilder.leaf("c1"), StudyBuilder.leaf("c2")], options: [("best", [8, 8, 8]), ("worse", [5, 8, 7])])
        let problem = study.problem
        let result = try #require(FlipResult.compute(problem, plan: try RankingPlan(for: problem), target: "worse", mode: .both))
        #expect(!result.possible)
        #expect(result.reason?.contains("'best' is at least as good on every criterion") == true, "\(result.reason ?? "")")
    }

    @Test func linearFeasibilityFindsAPointOrSaysThereIsNone() {
        // x + y = 1, x − y ≥ 0.5, 0 ≤ x, y ≤ 1: x ∈ [0.75, 1].
        let found = LinearFeasibility.solve(
            lower: [0, 0], upper: [1, 1],
            constraints: [.init(coefficients: [1, 1], bound: 1, isEquality: true), .init(coefficients: [1, -1], bound: 0.5, isEquality: false)])
        #expect(found.map { $0[0] >= 0.75 - 1e-9 && abs($0[0] + $0[1] - 1) < 1e-9 } == true)
        // x − y ≥ 1.5 cannot hold in the box with x + y = 1.
        #expect(
            LinearFeasibility.solve(
                lower: [0, 0], upper: [1, 1],
                constraints: [.init(coefficients: [1, 1], bound: 1, isEquality: true), .init(coefficients: [1, -1], bound: 1.5, isEquality: false)])
                == nil)
    }

    /// Constraint generation answers as the full tableau does on systems past its direct limit:
    /// feasible exactly when the full system is, and then with a point meeting every constraint.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func constraintGenerationAgreesWithTheFullTableau(seed: UInt64) {
        var random = SplitMix64(state: seed)
        let m = 4
        // Seeds 1 mod 3: the target ahead everywhere (feasible); 2 mod 3: behind some option on
        // every criterion (infeasible); 0 mod 3: random (either).
        let target = (0..<m).map { _ in seed % 3 == 1 ? 0.9 : (seed % 3 == 2 ? 0.05 : Double.random(in: 0...1, using: &random)) }
        // 200 options against one target: "target ahead of each", weights summing to 1 in a box.
        var constraints = [LinearFeasibility.Constraint(coefficients: Array(repeating: 1, count: m), bound: 1, isEquality: true)]
        for _ in 0..<200 {
            let other = (0..<m).map { _ in Double.random(in: 0...(seed % 3 == 1 ? 0.8 : 1), using: &random) }
            constraints.append(.init(coefficients: (0..<m).map { target[$0] - other[$0] }, bound: 1e-8, isEquality: false))
        }
        let lower = Array(repeating: 0.0, count: m), upper = Array(repeating: 1.0, count: m)
        let priority = constraints.map { $0.coefficients.reduce(0, +) }
        let full = LinearFeasibility.solve(lower: lower, upper: upper, constraints: constraints)
        let generated = LinearFeasibility.solveGenerating(lower: lower, upper: upper, constraints: constraints, priority: priority)
        #expect((full == nil) == (generated == nil))
        if seed % 3 == 1 { #expect(generated != nil) }
        if seed % 3 == 2 { #expect(generated == nil) }
        if let x = generated {
            for constraint in constraints {
                let value = zip(constraint.coefficients, x).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(constraint.isEquality ? abs(value - constraint.bound) <= 1e-7 : value >= constraint.bound - 1e-7)
            }
        }
    }
}
