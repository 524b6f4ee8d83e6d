import Testing

@testable import PolicyRankKit

/// The O(n log n) flows must equal the O(n²) definition for every piecewise-linear function.
@Suite struct PrometheeFlowTests {
    static let shapes: [PreferenceShape] = [
        .usual, .uShape(q: 1.5), .vShape(p: 3), .vShape(p: 0), .level(q: 1, p: 3), .linear(q: 1, p: 4), .linear(q: 2, p: 2), .gaussian(s: 2),
    ]

    @Test(arguments: shapes)
    func sortedPrefixSumsMatchTheDoubleSum(shape: PreferenceShape) {
        var random = SplitMix64(state: 2024)
        // Integers make exact ties and exact threshold hits likely: the boundary cases.
        let values = (0..<200).map { _ in Double(Int.random(in: 0...12, using: &random)) }
        let fast = PreferenceFlows.sums(values, shape: shape)
        for (a, x) in values.enumerated() {
            let outgoing = values.reduce(0) { $0 + shape.preference(x - $1) }
            let incoming = values.reduce(0) { $0 + shape.preference($1 - x) }
            #expect(abs(fast.outgoing[a] - outgoing) < 1e-9)
            #expect(abs(fast.incoming[a] - incoming) < 1e-9)
        }
    }

    @Test func preferenceFunctionsFollowBransAndVincke() {
        #expect(PreferenceShape.usual.preference(0) == 0)
        #expect(PreferenceShape.usual.preference(0.001) == 1)
        #expect(PreferenceShape.uShape(q: 2).preference(2) == 0)
        #expect(PreferenceShape.uShape(q: 2).preference(2.5) == 1)
        #expect(PreferenceShape.vShape(p: 4).preference(1) == 0.25)
        #expect(PreferenceShape.level(q: 1, p: 3).preference(2) == 0.5)
        #expect(PreferenceShape.linear(q: 1, p: 3).preference(2) == 0.5)
        #expect(PreferenceShape.linear(q: 1, p: 3).preference(5) == 1)
        #expect(abs(PreferenceShape.gaussian(s: 1).preference(1) - (1 - 1 / 2.718281828459045.squareRoot())) < 1e-12)
    }
}

@Suite struct RadixSortTests {
    @Test func ordersLikeAComparisonSortIncludingNegativesAndZeros() {
        var random = SplitMix64(state: 77)
        var values = (0..<5_000).map { _ in Double.random(in: -1e6...1e6, using: &random) }
        values += [0, -0.0, 0, -1e-300, 1e-300, -.greatestFiniteMagnitude, .greatestFiniteMagnitude, 42, 42]
        let order = RadixSort.order(values)
        #expect(order.map { values[$0] } == values.sorted())
        #expect(Set(order).count == values.count)
    }

    /// The radix passes see only a value's top 32 bits (sign, exponent, 20 mantissa bits):
    /// values closer than that must still come out in order, and ties stay ties.
    @Test func ordersValuesThatDifferOnlyInTheLowBits() {
        var random = SplitMix64(state: 5)
        var values = (0..<3_000).map { _ in 1 + Double(Int.random(in: 0...400, using: &random)) * 1e-12 }
        values += (0..<500).map { _ in -2 - Double(Int.random(in: 0...50, using: &random)) * 1e-13 }
        values += [1, 1, 1e-300, 2e-300, -1e-300, 5e-324, -5e-324, 1e-310, 0, -0.0, 0]
        // Short runs (finished by insertion) as well as the long ones above.
        values += (0..<20).flatMap { base in (0..<5).map { Double(1_000_000 + base) + Double($0) * 1e-7 } }
        values.shuffle(using: &random)
        let order = RadixSort.order(values)
        let ordered = order.map { values[$0] } == values.sorted()
        #expect(ordered)
        #expect(Set(order).count == values.count)
    }
}
