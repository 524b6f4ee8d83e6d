import Testing

@testable import PolicyRankKit

/// PROMETHEE I and ELECTRE III: hand-derived cases and properties. (Published worked examples
/// are in OutrankingPaperTests.)
@Suite struct OutrankingMethodTests {
    /// PROMETHEE I's four cases from the two flows (Brans & Vincke 1985, §4).
    @Test func prometheeIReadsBothFlows() {
        #expect(PrometheeI.relation(plus: (0.6, 0.4), minus: (0.2, 0.3)) == .preferred)
        #expect(PrometheeI.relation(plus: (0.6, 0.6), minus: (0.2, 0.3)) == .preferred, "equal leaving, better entering")
        #expect(PrometheeI.relation(plus: (0.4, 0.6), minus: (0.3, 0.3)) == .preferredBy)
        #expect(PrometheeI.relation(plus: (0.5, 0.5 + 1e-12), minus: (0.3, 0.3)) == .indifferent, "within 1e-9 is equal")
        #expect(PrometheeI.relation(plus: (0.6, 0.4), minus: (0.5, 0.3)) == .incomparable, "better leaving, worse entering")
    }

    /// Four options on three criteria (usual functions, weights 0.5, 0.3, 0.2), worked by hand:
    /// a1 = (4, 6, 6) has φ⁺ = (0.8 + 0.3 + 0.3)/3 = 7/15 and φ⁻ = (0.2 + 0.5 + 0.7)/3 = 7/15;
    /// a3 = (9, 0, 6) has φ⁺ = (0.5 + 0.5 + 0)/3 = 1/3 and φ⁻ = (0.3 + 0.2 + 0.5)/3 = 1/3. a1
    /// leaves more but is also entered more: incomparable under PROMETHEE I, while PROMETHEE II
    /// ties them at net flow 0. a4 = (9, 5, 8) is preferred to both.
    @Test func prometheeIFindsAnIncomparablePair() throws {
        let study = StudyBuilder.paper([[4, 6, 6], [1, 0, 9], [9, 0, 6], [9, 5, 8]], weights: [0.5, 0.3, 0.2], types: [1, 1, 1])
        let ranking = try RankingEngine.rank(study, options: RankOptions(method: "promethee1"))
        let phi = { (id: String, name: String) in ranking.entry(id)?.details?.first { $0.0 == name }?.1 ?? .nan }
        #expect(abs(phi("a1", "phi_plus") - 7.0 / 15) < 1e-12)
        #expect(abs(phi("a1", "phi_minus") - 7.0 / 15) < 1e-12)
        #expect(abs(phi("a3", "phi_plus") - 1.0 / 3) < 1e-12)
        let relations = try #require(ranking.relations)
        #expect(relations.relation("a1", "a3") == .incomparable)
        #expect(relations.relation("a4", "a1") == .preferred)
        #expect(relations.relation("a4", "a3") == .preferred)
        #expect(ranking.isPartial)
        #expect(RankingTableRenderer.render(ranking).contains("a1 and a3"))
    }

    /// With q = p = 0 and no veto, C(a, b) is the weighted share of criteria on which a is at
    /// least as good as b, and credibility equals concordance.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func withoutThresholdsConcordanceIsTheWeightedShareAtLeastAsGood(seed: UInt64) throws {
        let study = RankingPropertyTests.randomStudy(seed: seed)
        let problem = study.problem
        let matrix = problem.matrix(weights: problem.weights.weights)
        let output = ElectreIII().evaluate(matrix, normalization: .none, parameters: [:])
        let sigma = try #require(output.credibility)
        let n = matrix.options.count
        for a in 0..<n {
            for b in 0..<n where a != b {
                var share = 0.0
                for (j, column) in matrix.columns.enumerated() {
                    let (x, y) = (matrix.values[a, j], matrix.values[b, j])
                    if column.direction == .benefit ? x >= y : x <= y { share += column.weight }
                }
                #expect(abs(sigma[a, b] - share / matrix.columns.map(\.weight).reduce(0, +)) < 1e-12)
            }
        }
    }

    /// An option that is at least as good everywhere and better somewhere is never behind the
    /// one it dominates, under either method.
    @Test(arguments: ["promethee1", "electre3"])
    func aDominatingOptionIsNeverOutrankedByTheDominated(method: String) throws {
        for seed in UInt64(10)...20 {
            var study = RankingPropertyTests.randomStudy(seed: seed)
            // o1 copies o0 and improves one criterion to the best end of its scale.
            var scores = Dictionary(uniqueKeysWithValues: study.policies[0].scores.map { ($0.criterion.value, $0.value.value) })
            let leaf = study.leaves[Int(seed) % study.leaves.count]
            let best = leaf.direction?.value == .benefit ? leaf.scale?.value.bounds?.upperBound ?? 10 : leaf.scale?.value.bounds?.lowerBound ?? 0
            scores[leaf.id.value] = .point(.number(best))
            study.policies[1] = StudyBuilder.policy("o1", scores)
            let ranking = try RankingEngine.rank(study, options: RankOptions(method: method))
            let relation = try #require(ranking.relations?.relation("o1", "o0"))
            #expect(relation == .preferred || relation == .indifferent, "seed \(seed): \(relation)")
        }
    }

    /// A veto: b beats a by more than v on one criterion, so σ(a, b) is 0 whatever the rest say.
    @Test func aVetoCancelsOutranking() throws {
        var study = StudyBuilder.paper([[9, 9, 1], [8, 8, 9]], weights: [0.4, 0.4, 0.2], types: [1, 1, 1], bounds: Array(repeating: 0...10, count: 3))
        study.criteria[2].preference = Located(
            PreferenceFunction(
                function: Located("electre", at: StudyBuilder.here), q: Located(0.5, at: StudyBuilder.here), p: Located(2, at: StudyBuilder.here),
                s: nil, v: Located(6, at: StudyBuilder.here)), at: StudyBuilder.here)
        let problem = study.problem
        let output = ElectreIII().evaluate(problem.matrix(weights: problem.weights.weights), normalization: .none, parameters: [:])
        let sigma = try #require(output.credibility)
        // C(a1, a2) = 0.8 (a1 at least as good on c1, c2; c3: Δ = 8 ≥ p), d3 = 1 (Δ = 8 ≥ v = 6): σ = 0.
        #expect(sigma[0, 1] == 0)
        // Without the veto σ(a1, a2) would be its concordance, 0.8.
        study.criteria[2].preference = nil
        let plain = ElectreIII().evaluate(study.problem.matrix(weights: study.problem.weights.weights), normalization: .none, parameters: [:])
        #expect(abs(try #require(plain.credibility)[0, 1] - 0.8) < 1e-12)
    }

    @Test func pairwiseMethodsRefuseMoreOptionsThanTheyCanCompare() throws {
        let options = (0..<2_001).map { ("o\($0)", [Double($0 % 10)]) }
        let study = StudyBuilder.study(criteria: [StudyBuilder.leaf("c")], options: options)
        #expect(throws: RankError.tooManyOptions(method: "electre3", limit: 500, count: 2_001)) {
            try RankingPlan(RankOptions(method: "electre3"), for: study.problem)
        }
        #expect(throws: RankError.tooManyOptions(method: "promethee1", limit: 2_000, count: 2_001)) {
            try RankingPlan(RankOptions(method: "promethee1"), for: study.problem)
        }
    }
}
