import Testing

@testable import PolicyRankKit

/// The formulas of DESIGN §2's normalization table, on the column [2, 4, 6] with scale [0, 10].
@Suite struct NormalizationTests {
    static let column: [Double] = [2, 4, 6]
    static let norm = (4.0 + 16 + 36).squareRoot()

    static let cases: [(Normalization, benefit: [Double], cost: [Double])] = [
        (.scale, [0.2, 0.4, 0.6], [0.8, 0.6, 0.4]),
        (.minmax, [0, 0.5, 1], [1, 0.5, 0]),
        (.max, [1.0 / 3, 2.0 / 3, 1], [2.0 / 3, 1.0 / 3, 0]),
        (.linear, [1.0 / 3, 2.0 / 3, 1], [1, 0.5, 1.0 / 3]),
        (.sum, [1.0 / 6, 1.0 / 3, 0.5], [6.0 / 11, 3.0 / 11, 2.0 / 11]),
        (.vector, [2 / norm, 4 / norm, 6 / norm], [1 - 2 / norm, 1 - 4 / norm, 1 - 6 / norm]),
        (.none, [2, 4, 6], [2, 4, 6]),
    ]

    @Test(arguments: cases.map(\.0))
    func followsTheDesignTable(normalization: Normalization) throws {
        let expected = try #require(Self.cases.first { $0.0 == normalization })
        let benefit = normalization.apply(Self.column, direction: .benefit, bounds: 0...10)
        let cost = normalization.apply(Self.column, direction: .cost, bounds: 0...10)
        #expect(benefit.count == Self.column.count && cost.count == Self.column.count)
        for (actual, wanted) in zip(benefit, expected.benefit) { #expect(abs(actual - wanted) < 1e-12) }
        for (actual, wanted) in zip(cost, expected.cost) { #expect(abs(actual - wanted) < 1e-12) }
    }

    @Test(arguments: Normalization.allCases)
    func neverDividesByZero(normalization: Normalization) {
        for column in [[0.0, 0, 0], [5.0, 5, 5]] {
            for direction in Direction.allCases {
                let result = normalization.apply(column, direction: direction, bounds: 5...5)
                #expect(result.allSatisfy { $0.isFinite }, "\(normalization) \(direction) \(column)")
            }
        }
    }

    @Test func scaleNormalizationDoesNotDependOnTheOtherOptions() {
        let alone = Normalization.scale.apply([4], direction: .benefit, bounds: 0...10)
        let together = Normalization.scale.apply([4, 9, 1], direction: .benefit, bounds: 0...10)
        #expect(alone[0] == together[0])
    }
}
