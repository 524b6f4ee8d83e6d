import Testing

@testable import PolicyRankKit

/// `diff` on pairs of in-memory studies with known changes.
@Suite struct DiffTests {
    /// a leads on c1, b on c2; weights 3 : 2 put a first (0.6 · 1 vs 0.4 · 1).
    static let old = StudyBuilder.study(
        criteria: [StudyBuilder.leaf("c1", weight: 3, scale: 0...1), StudyBuilder.leaf("c2", weight: 2, scale: 0...1)],
        options: [("a", [1, 0]), ("b", [0, 1]), ("c", [0.2, 0.2])])

    static func report(_ new: Study) throws -> DiffReport {
        try DiffReport.compare(old, new, options: RankOptions())
    }

    @Test func identicalStudiesReportNoChange() throws {
        let report = try Self.report(Self.old)
        #expect(!report.comparison.rankingChanged)
        #expect(report.causes.isEmpty)
        #expect(DiffRenderer.headline(report) == "ranking unchanged (largest score change 0.0000)")
    }

    @Test func aWeightChangeIsTheCauseOfTheSwap() throws {
        var new = Self.old
        new.criteria[1].weight = Located(4, at: StudyBuilder.here)
        let report = try Self.report(new)
        #expect(report.comparison.rankingChanged)
        #expect(report.new.entries.first?.id == "b")
        #expect(report.causes.map(\.change) == [.weight(criterion: "c2", old: 2, new: 4)])
        #expect(report.causes.first?.effect?.movers.map(\.id) == ["b", "a"])
    }

    @Test func eachChangeIsEvaluatedAlone() throws {
        var new = Self.old
        new.policies[2] = StudyBuilder.policy("c", ["c1": .point(.number(0.9)), "c2": .point(.number(0.9))])
        new.criteria[0].weight = Located(3.5, at: StudyBuilder.here)
        let report = try Self.report(new)
        let byChange = Dictionary(uniqueKeysWithValues: report.causes.map { ($0.change.description, $0.effect) })
        // Raising c on c1 alone lifts it to the top (0.62 > 0.6); on c2 alone, past b only
        // (0.48); the small weight change alone moves nothing.
        #expect(byChange["score of 'c' on 'c1' 0.2 → 0.9"]??.movers.first?.id == "c")
        #expect(byChange["score of 'c' on 'c2' 0.2 → 0.9"]??.movers.map(\.id) == ["c", "b"])
        #expect(byChange["weight of 'c1' 3 → 3.5"]??.rankingChanged == false)
        #expect(report.movingCauses.count == 2)
    }

    @Test func addedAndRemovedOptionsAndCriteria() throws {
        var new = Self.old
        new.policies.removeAll { $0.id.value == "c" }
        new.policies.append(StudyBuilder.policy("d", ["c1": .point(.number(1)), "c2": .point(.number(1)), "c3": .point(.number(1))]))
        new.criteria.append(StudyBuilder.leaf("c3", weight: 1, scale: 0...1))
        let report = try Self.report(new)
        let changes = report.causes.map(\.change)
        #expect(changes.contains(.policyAdded("d")))
        #expect(changes.contains(.policyRemoved("c")))
        #expect(changes.contains(.criterionAdded("c3")))
        let added = report.causes.first { $0.change == .criterionAdded("c3") }
        // The old options a, b, c have no score on c3 in the new study (c is gone): not evaluable alone.
        #expect(added?.effect == nil)
        let policy = report.causes.first { $0.change == .policyAdded("d") }
        // An added option is reported as added, not as a move; the options it passes move.
        #expect(policy?.effect?.added.map(\.id) == ["d"])
        #expect(policy?.effect?.movers.contains { $0.id == "d" } == false)
        #expect(report.comparison.moves.contains { $0.id == "c" && $0.newRank == nil })
    }

    @Test func removingACriterionIsAppliedToTheTree() throws {
        var new = Self.old
        new.criteria.removeFirst()
        let report = try Self.report(new)
        #expect(report.causes.map(\.change) == [.criterionRemoved("c1")])
        #expect(report.new.entries.first?.id == "b")
        #expect(report.causes.first?.effect?.movers.map(\.id).first == "b")
    }
}
