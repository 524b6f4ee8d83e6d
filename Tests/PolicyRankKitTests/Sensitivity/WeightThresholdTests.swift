import Testing

@testable import PolicyRankKit

/// Critical weights against closed forms derived by hand on tiny studies (scales 0–1, so
/// normalized values equal the scores).
@Suite struct WeightThresholdTests {
    static func evaluator(_ options: [(String, [Double])], weights: [Double], method: String = "wsm") throws -> (WeightedEvaluator, Study) {
        let criteria = weights.enumerated().map { StudyBuilder.leaf("c\($0 + 1)", weight: $1, scale: 0...1) }
        let study = StudyBuilder.study(criteria: criteria, options: options)
        return (try study.evaluator(RankOptions(method: method)), study)
    }

    static func thresholds(_ options: [(String, [Double])], weights: [Double], method: String = "wsm") throws -> [String: WeightThreshold] {
        let (evaluator, study) = try evaluator(options, weights: weights, method: method)
        let groups = study.problem.groups
        return Dictionary(uniqueKeysWithValues: WeightThresholds.compute(evaluator, groups: groups).map { ($0.criterion, $0) })
    }

    /// a = (1, 0), b = (0, 1), w = (0.6, 0.4): a scores x and b 1 − x when c1 has weight x,
    /// so the top changes at x = 0.5 and nowhere else.
    @Test func twoOptionsCrossAtOneHalf() throws {
        let result = try Self.thresholds([("a", [1, 0]), ("b", [0, 1])], weights: [0.6, 0.4])
        let c1 = try #require(result["c1"]), c2 = try #require(result["c2"])
        #expect(abs(try #require(c1.lower) - 0.5) < 1e-12)
        #expect(c1.topAtLower == "b")
        #expect(c1.upper == nil)
        #expect(abs(try #require(c2.upper) - 0.5) < 1e-12)
        #expect(c2.topAtUpper == "b")
        #expect(c2.lower == nil)
        #expect(abs(try #require(c1.relativeChange) - 0.1 / 0.6) < 1e-12)
    }

    /// c = (0.55, 0.55) leads only while 0.45 ≤ x ≤ 0.55: below, b = 1 − x leads; above, a = x.
    @Test func aCompromiseLeadsInsideABand() throws {
        let result = try Self.thresholds([("a", [1, 0]), ("b", [0, 1]), ("c", [0.55, 0.55])], weights: [0.5, 0.5])
        let c1 = try #require(result["c1"])
        #expect(c1.topAtZero == "b")
        #expect(c1.changes.count == 2)
        #expect(abs(try #require(c1.lower) - 0.45) < 1e-12)
        #expect(abs(try #require(c1.upper) - 0.55) < 1e-12)
        #expect(c1.topAtLower == "b")
        #expect(c1.topAtUpper == "a")
    }

    @Test func aDominatingOptionNeverLosesTheTop() throws {
        let result = try Self.thresholds([("a", [0.9, 0.8]), ("b", [0.2, 0.7]), ("c", [0.5, 0.1])], weights: [1, 3])
        for threshold in result.values {
            #expect(threshold.lower == nil && threshold.upper == nil && threshold.changes.isEmpty)
            #expect(threshold.relativeChange == nil)
        }
    }

    /// The bracketing search used for other methods finds the same points as the closed form.
    @Test(arguments: Array(UInt64(1)...UInt64(15)))
    func searchAgreesWithTheClosedForm(seed: UInt64) throws {
        let study = RankingPropertyTests.randomStudy(seed: seed)
        let evaluator = try study.evaluator()
        for group in study.problem.groups {
            let exact = WeightThresholds.closedForm(evaluator, group: group)
            let searched = WeightThresholds.search(evaluator, group: group)
            #expect(
                exact.changes.map(\.top) == searched.changes.map(\.top),
                "\(group.id) \(exact.changes.map(\.weight)) \(searched.changes.map(\.weight)) \(exact.topAtZero) \(searched.topAtZero)")
            #expect(exact.topAtZero == searched.topAtZero, "\(group.id)")
            for (a, b) in zip(exact.changes, searched.changes) { #expect(abs(a.weight - b.weight) < 1e-6) }
        }
    }

    /// The comparison above is not vacuous: the random studies it runs on do have changes of
    /// the top to find.
    @Test func theComparedStudiesHaveChangesToFind() throws {
        var changes = 0
        for seed in UInt64(1)...UInt64(15) {
            let study = RankingPropertyTests.randomStudy(seed: seed)
            let evaluator = try study.evaluator()
            for group in study.problem.groups { changes += WeightThresholds.closedForm(evaluator, group: group).changes.count }
        }
        #expect(changes >= 5, "\(changes)")
    }

    @Test func anInternalNodeMovesItsLeavesTogether() {
        let tree = [
            StudyBuilder.group("g", weight: 1, [StudyBuilder.leaf("a", weight: 1), StudyBuilder.leaf("b", weight: 3)]), StudyBuilder.leaf("c", weight: 1),
        ]
        let study = StudyBuilder.study(criteria: tree, options: [("x", [1, 1, 1])])
        let problem = study.problem
        let group = problem.groups.first { $0.id == "g" }
        let moved = group?.reweighted(problem.weights.weights, to: 0.8) ?? []
        #expect(moved.map { ($0 * 1e9).rounded() / 1e9 } == [0.2, 0.6, 0.2])
    }

    @Test func correlationsOfKnownRankings() {
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [1, 2, 3, 4]) == 1)
        #expect(RankCorrelation.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1)
        #expect(abs((RankCorrelation.spearman([1, 2, 3, 4], [1, 3, 2, 4]) ?? 0) - 0.8) < 1e-12)
        #expect(abs((RankCorrelation.kendall([1, 2, 3, 4], [1, 3, 2, 4]) ?? 0) - 4.0 / 6) < 1e-12)
        #expect(RankCorrelation.kendall([1, 2, 3], [1, 1, 1]) == nil)
    }
}
