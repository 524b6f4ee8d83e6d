import Testing

@testable import PolicyRankKit

/// DESIGN §4.2's formulas against hand-derived cases, and a worked example whose
/// intermediate values are written out below so a reader can check them with a pencil.
@Suite struct MultiCriteriaMappingTests {
    typealias Totals = MultiCriteriaMapping.Totals

    static func participant(_ id: String, group: String? = nil, weights: [Double], _ rows: [[(Double, Double)]?]) -> MappingProblem.Participant {
        let total = weights.reduce(0, +)
        return MappingProblem.Participant(
            id: id, name: id, group: group,
            criteria: weights.enumerated().map { .init(id: "c\($0.offset)", name: "c\($0.offset)", weight: $0.element / total, shared: false) },
            intervals: rows.map { row in row?.map { MappingProblem.Interval(low: $0.0, high: $0.1) } })
    }

    static func options(_ ids: String...) -> [DecisionProblem.Option] { ids.map { .init(id: $0, name: $0.uppercased()) } }

    @Test func nestedIntervalsPointTheWayOfTheMidpointsAndAreMarkedNested() {
        // a = [0.2, 0.8] contains b = [0.3, 0.6]; midpoints 0.5 and 0.45.
        let result = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.2, optimistic: 0.8), Totals(pessimistic: 0.3, optimistic: 0.6))
        #expect(result.direction == 1)
        #expect(result.nested)
        // |(0.2 − 0.3) + (0.8 − 0.6)| / (2 · (0.8 − 0.2)) = 0.1 / 1.2
        #expect(abs(result.separation - 0.1 / 1.2) < 1e-12)
    }

    @Test func sharedEndpointsCountAsNested() {
        let result = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.2, optimistic: 0.6), Totals(pessimistic: 0.2, optimistic: 0.4))
        #expect(result.nested)
        #expect(result.direction == 1)
    }

    @Test func equalMidpointsHaveNoDirectionAndNoSeparation() {
        let result = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.2, optimistic: 0.6), Totals(pessimistic: 0.3, optimistic: 0.5))
        #expect(result.direction == 0)
        #expect(result.nested)
        #expect(abs(result.separation) < 1e-12)
    }

    @Test func aZeroSpanGivesSeparationZero() {
        let result = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.5, optimistic: 0.5), Totals(pessimistic: 0.5, optimistic: 0.5))
        #expect(result.direction == 0)
        #expect(result.nested)
        #expect(result.separation == 0)
    }

    @Test func disjointAndOverlappingIntervalsAreNotNested() {
        // Disjoint: [0.6, 0.9] over [0.1, 0.4]: |0.5 + 0.5| / (2 · 0.8) = 0.625.
        let disjoint = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.6, optimistic: 0.9), Totals(pessimistic: 0.1, optimistic: 0.4))
        #expect(disjoint.direction == 1 && !disjoint.nested)
        #expect(abs(disjoint.separation - 0.625) < 1e-12)
        // Overlapping: [0.1, 0.5] under [0.3, 0.7]: |−0.2 − 0.2| / (2 · 0.6) = 1/3.
        let overlapping = MultiCriteriaMapping.inclination(Totals(pessimistic: 0.1, optimistic: 0.5), Totals(pessimistic: 0.3, optimistic: 0.7))
        #expect(overlapping.direction == -1 && !overlapping.nested)
        #expect(abs(overlapping.separation - 1.0 / 3) < 1e-12)
    }

    @Test func oneParticipantScoringOneOptionSpansTheWholeScale() {
        let problem = MappingProblem(options: Self.options("a"), participants: [Self.participant("p", weights: [1, 1], [[(2, 6), (3, 3)]])])
        let mapping = MultiCriteriaMapping(problem)
        // c0 spans [2, 6] → [0, 1]; c1 has span 0 and contributes 0; weights 0.5 each.
        #expect(mapping.participants[0].totals == [Totals(pessimistic: 0, optimistic: 0.5)])
        #expect(mapping.pairwise.isEmpty)
        #expect(mapping.merit.map(\.merit) == [0])
    }

    @Test func anOptionAParticipantDoesNotScoreHasNoTotalsAndNoPairs() {
        let problem = MappingProblem(
            options: Self.options("a", "b", "c"), participants: [Self.participant("p", weights: [1], [[(0, 1)], nil, [(1, 2)]])])
        let mapping = MultiCriteriaMapping(problem)
        #expect(mapping.participants[0].totals[1] == nil)
        #expect(mapping.pairwise.map { "\($0.a)-\($0.b)" } == ["a-c"])
    }

    /// Two participants, three options.
    ///
    /// P1 weighs c0 3 and c1 1 (0.75, 0.25). c0 runs from 0 (C's low) to 8 (B's high), c1 from
    /// 0 to 30, so A = [2, 6] on c0 normalizes to [0.25, 0.75] and [10, 20] on c1 to [1/3, 2/3]:
    ///   A: 0.75·0.25 + 0.25/3 = 0.270833 … 0.75·0.75 + 0.25·2/3 = 0.729167
    ///   B: 0.75·0.5 + 0 = 0.375 … 0.75·1 + 0.25/3 = 0.833333
    ///   C: 0 + 0.25·2/3 = 0.166667 … 0.75·0.25 + 0.25 = 0.4375
    /// P1's pairs, none nested: A–B −1, |−0.104167 − 0.104167| / (2 · 0.5625) = 0.185185;
    ///   A–C +1, (0.104167 + 0.291667) / 1.125 = 0.351852; B–C +1, 0.604167 / 1.333333 = 0.453125.
    /// P2 has one criterion, 0 to 10: A = [0.5, 0.5], B = [0, 1], C = [0.2, 0.4].
    ///   A–B: equal midpoints, nested, 0. A–C: +1, not nested, 0.4 / 0.6 = 0.666667.
    ///   B–C: +1, nested (B holds C), 0.4 / 2 = 0.2.
    /// Merit: A = −0.185185 + 0.351852 + 0.666667 = 0.833333 (with grey the same);
    ///   B = 0.185185 + 0.453125 = 0.638310, with grey + 0.2 = 0.838310;
    ///   C = −0.351852 − 0.453125 − 0.666667 = −1.471644, with grey −1.671644.
    @Test func aWorkedExampleOfTwoParticipantsAndThreeOptions() {
        let problem = MappingProblem(
            options: Self.options("a", "b", "c"),
            participants: [
                Self.participant("p1", group: "g1", weights: [3, 1], [[(2, 6), (10, 20)], [(4, 8), (0, 10)], [(0, 2), (20, 30)]]),
                Self.participant("p2", group: "g2", weights: [5], [[(5, 5)], [(0, 10)], [(2, 4)]]),
            ])
        let mapping = MultiCriteriaMapping(problem)
        let close = { (x: Double, y: Double) in abs(x - y) < 5e-7 }
        let p1 = mapping.participants[0].totals.compactMap { $0 }
        for (totals, (pessimistic, optimistic)) in zip(p1, [(0.270833, 0.729167), (0.375, 0.833333), (0.166667, 0.4375)]) {
            #expect(close(totals.pessimistic, pessimistic) && close(totals.optimistic, optimistic), "\(totals)")
        }
        let pairs = mapping.pairwise.map { "\($0.a)-\($0.b) \($0.participant) \($0.direction) \($0.nested) \(NumberFormat.fixed($0.separation, 6))" }
        #expect(
            pairs == [
                "a-b p1 -1 false 0.185185", "a-b p2 0 true 0.000000", "a-c p1 1 false 0.351852", "a-c p2 1 false 0.666667",
                "b-c p1 1 false 0.453125", "b-c p2 1 true 0.200000",
            ])
        #expect(mapping.merit.map(\.option) == ["a", "b", "c"])
        for (merit, (strict, grey)) in zip(mapping.merit, [(0.833333, 0.833333), (0.638310, 0.838310), (-1.471644, -1.671644)]) {
            #expect(close(merit.merit, strict) && close(merit.meritWithGrey, grey), "\(merit)")
        }
        // Merit is a sum of antisymmetric terms: it adds to zero over the options.
        #expect(abs(mapping.merit.map(\.merit).reduce(0, +)) < 1e-12)
        // Grouped: each group's merit is its own participants' alone.
        #expect(mapping.meritByGroup.map(\.group) == ["g1", "g2"])
        let g2 = MultiCriteriaMapping(problem, group: "g2")
        #expect(g2.participants.map(\.id) == ["p2"])
        #expect(g2.merit.map(\.option) == mapping.meritByGroup[1].merit.map(\.option))
        #expect(close(g2.merit[0].merit, 0.666667))
    }

    @Test func totalsAreInvariantToAPositiveAffineChangeOfAParticipantsScale() {
        let rows: [[(Double, Double)]?] = [[(2, 6), (10, 20)], [(4, 8), (0, 10)], [(0, 2), (20, 30)]]
        let scaled = rows.map { $0?.map { (3 * $0.0 + 7, 3 * $0.1 + 7) } }
        let a = MultiCriteriaMapping(MappingProblem(options: Self.options("a", "b", "c"), participants: [Self.participant("p", weights: [3, 1], rows)]))
        let b = MultiCriteriaMapping(MappingProblem(options: Self.options("a", "b", "c"), participants: [Self.participant("p", weights: [3, 1], scaled)]))
        for (x, y) in zip(a.participants[0].totals, b.participants[0].totals) {
            #expect(abs(x!.pessimistic - y!.pessimistic) < 1e-12 && abs(x!.optimistic - y!.optimistic) < 1e-12)
        }
    }
}

@Suite struct MappingEdgeTests {
    @Test func scoresNearTheLargestDoubleGiveFiniteTotals() {
        let problem = MappingProblem(
            options: MultiCriteriaMappingTests.options("a", "b"),
            participants: [MultiCriteriaMappingTests.participant("p", weights: [1], [[(-1e308, 1e308)], [(0, 1e308)]])])
        let totals = MultiCriteriaMapping(problem).participants[0].totals.compactMap { $0 }
        #expect(totals == [.init(pessimistic: 0, optimistic: 1), .init(pessimistic: 0.5, optimistic: 1)])
    }

    @Test func aChainOfNearEqualMeritsIsNotOneTie() {
        let merit = [0.0, -0.6e-9, -1.2e-9, -5.0].enumerated().map {
            MultiCriteriaMapping.Merit(option: "o\($0.offset)", name: "o\($0.offset)", merit: $0.element, meritWithGrey: 0)
        }
        // o2 is within 1e-9 of o1 but not of o0, the first of the tie group.
        #expect(MappingText.ranks(merit) == [1, 1, 3, 4])
    }
}
