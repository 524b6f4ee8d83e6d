import Testing

@testable import PolicyRankKit

@Suite struct WeightedSumTests {
    /// Triantaphyllou, "Multi-Criteria Decision Making Methods: A Comparative Study" (2000),
    /// ch. 2, the WSM numerical example (as reproduced in Wikipedia's "Weighted sum model"):
    /// weights 0.20, 0.15, 0.40, 0.25; printed scores A1 = 21.50, A2 = 22.00, A3 = 22.00.
    @Test func reproducesTriantaphyllousExample() throws {
        let weights = [0.20, 0.15, 0.40, 0.25]
        let criteria = weights.enumerated().map { StudyBuilder.leaf("c\($0 + 1)", weight: $1, scale: 0...100) }
        let study = StudyBuilder.study(
            criteria: criteria,
            options: [
                ("a1", [25, 20, 15, 30]), ("a2", [10, 30, 20, 30]), ("a3", [30, 10, 30, 10]),
            ])
        let ranking = try RankingEngine.rank(study, options: RankOptions(normalization: "none"))
        let scores = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.id, NumberFormat.fixed($0.score, 2)) })
        #expect(scores == ["a1": "21.50", "a2": "22.00", "a3": "22.00"])
        // A2 and A3 tie: competition ranking gives both rank 1 and A1 rank 3.
        #expect(ranking.entries.map(\.rank) == [1, 1, 3])
        #expect(ranking.entries.map(\.id) == ["a2", "a3", "a1"])
    }

    @Test func contributionsAddUpToTheScore() throws {
        let study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("a", weight: 3), StudyBuilder.leaf("b", .cost, weight: 1)],
            options: [("x", [8, 2]), ("y", [5, 9])])
        let ranking = try RankingEngine.rank(study)
        for entry in ranking.entries {
            let total = try #require(entry.contributions).reduce(0) { $0 + $1.value }
            #expect(abs(total - entry.score) < 1e-12)
        }
        // x: 0.75·0.8 + 0.25·0.8 = 0.8; y: 0.75·0.5 + 0.25·0.1 = 0.4.
        #expect(ranking.entries.map(\.id) == ["x", "y"])
        #expect(abs(ranking.entries[0].score - 0.8) < 1e-12)
        #expect(abs(ranking.entries[1].score - 0.4) < 1e-12)
    }

    @Test func weightsMultiplyDownTheValueTree() {
        let tree = [
            StudyBuilder.group("security", weight: 60, [StudyBuilder.leaf("a", weight: 1), StudyBuilder.leaf("b", weight: 3)]),
            StudyBuilder.leaf("c", weight: 40),
        ]
        let weights = EffectiveWeights.leafWeights(tree)
        #expect(abs(weights["a", default: 0] - 0.15) < 1e-12)
        #expect(abs(weights["b", default: 0] - 0.45) < 1e-12)
        #expect(abs(weights["c", default: 0] - 0.40) < 1e-12)
        // A perspective that names `security` keeps the other weights: 90 against 40.
        let hawk = EffectiveWeights.leafWeights(tree, overrides: ["security": 90])
        #expect(abs(hawk["c", default: 0] - 40.0 / 130) < 1e-12)
        #expect(abs(hawk["a", default: 0] - 90.0 / 130 / 4) < 1e-12)
    }

    @Test func uncertainScoresRankAtTheirLikelyValue() throws {
        var study = StudyBuilder.study(criteria: [StudyBuilder.leaf("a")], options: [])
        study.policies = [
            StudyBuilder.policy("tri", ["a": .triangular(low: .number(1), likely: .number(6), high: .number(7))]),
            StudyBuilder.policy("uni", ["a": .uniform(low: .number(2), high: .number(8))]),
        ]
        let ranking = try RankingEngine.rank(study)
        #expect(zip(ranking.entries.map(\.score), [0.6, 0.5]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func valueFunctionsApplyBeforeAggregation() throws {
        var cost = StudyBuilder.leaf("cost", .cost, scale: 0...1000)
        cost.valueFunction = Located(
            [
                ValueFunctionPoint(x: 0, v: 1, location: StudyBuilder.here),
                ValueFunctionPoint(x: 500, v: 0.6, location: StudyBuilder.here),
                ValueFunctionPoint(x: 1000, v: 0, location: StudyBuilder.here),
            ], at: StudyBuilder.here)
        let study = StudyBuilder.study(criteria: [cost], options: [("cheap", [250]), ("dear", [750])])
        let ranking = try RankingEngine.rank(study)
        #expect(ranking.entries.map(\.id) == ["cheap", "dear"])
        #expect(abs(ranking.entries[0].score - 0.8) < 1e-12)
        #expect(abs(ranking.entries[1].score - 0.3) < 1e-12)
    }

    /// The score sums rows side by side (five, four, two or one at a time); each row must still
    /// be its terms added in column order, to the bit, whatever the number of rows around it.
    @Test(arguments: 1...13)
    func everyRowIsItsTermsAddedInColumnOrder(rows: Int) {
        var random = SplitMix64(state: UInt64(rows))
        let m = 7
        let weights = (0..<m).map { _ in Double.random(in: 0.01...1, using: &random) }
        let columns = (0..<m).map { j in
            DecisionMatrix.Column(id: "c\(j)", name: "c\(j)", direction: j % 3 == 0 ? .cost : .benefit, weight: weights[j], bounds: 0...10)
        }
        let values = (0..<rows).map { _ in (0..<m).map { _ in Double.random(in: 0...10, using: &random) } }
        let matrix = DecisionMatrix(
            options: (0..<rows).map { "o\($0)" }, optionNames: (0..<rows).map { "o\($0)" }, columns: columns, values: values)
        let workspace = ScoringWorkspace(for: matrix)
        let scores = WeightedSum().scores(matrix, normalization: .scale, parameters: [:], workspace: workspace)
        let normalized = Array(workspace.normalized)
        for i in 0..<rows {
            var total = 0.0
            for j in 0..<m { total += weights[j] * normalized[i * m + j] }
            #expect(scores[i].bitPattern == total.bitPattern, "row \(i) of \(rows)")
        }
    }

    @Test func rejectsUnknownChoicesWithTheValidOnes() {
        let study = StudyBuilder.study(criteria: [StudyBuilder.leaf("a")], options: [("x", [1])])
        #expect(throws: RankError.unknownMethod("wsn")) { try RankingEngine.rank(study, options: RankOptions(method: "wsn")) }
        #expect(throws: RankError.unknownNormalization("vec")) { try RankingEngine.rank(study, options: RankOptions(normalization: "vec")) }
        #expect(throws: RankError.unknownParameter(method: "wsm", name: "v", valid: [])) {
            try RankingEngine.rank(study, options: RankOptions(parameters: [("v", 0.5)]))
        }
        #expect(throws: RankError.unknownPerspective("hawks", valid: [])) { try RankingEngine.rank(study, options: RankOptions(perspective: "hawks")) }
    }
}
