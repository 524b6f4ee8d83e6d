import Testing

@testable import PolicyRankKit

/// Extreme numbers are refused at the boundary or computed without overflow; output is
/// always JSON (hostile input, class 4).
@Suite struct OverflowTests {
    @Test func jsonNeverPrintsInf() {
        #expect(NumberFormat.json(1e300) == "1e+300")
        #expect(NumberFormat.json(-1.7e308) == "-1.7e+308")
        #expect(NumberFormat.json(.infinity) == "null")
        #expect(NumberFormat.json(0.123456789012345) == "0.123456789")
    }

    /// Scores near 1e200: Σx² overflows, the vector norm must not (it used to drop the column).
    @Test(arguments: ["topsis", "moora"])
    func vectorNormsDoNotOverflow(method: String) throws {
        let huge = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1", scale: 0...1e201), StudyBuilder.leaf("c2", scale: 0...10)],
            options: [("a", [9e200, 1]), ("b", [1e200, 9])])
        let small = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1", scale: 0...10), StudyBuilder.leaf("c2", scale: 0...10)], options: [("a", [9, 1]), ("b", [1, 9])])
        let bigScores = try huge.ranked(RankOptions(method: method)).ranking.entries.map(\.score)
        let smallScores = try small.ranked(RankOptions(method: method)).ranking.entries.map(\.score)
        for (x, y) in zip(bigScores, smallScores) { #expect(abs(x - y) < 1e-9, "\(bigScores) vs \(smallScores)") }
    }

    /// Weights of 1e308 add up to inf; their ratios still decide.
    @Test func hugeWeightsKeepTheirRatios() throws {
        let study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1", weight: 1e308, scale: 0...10), StudyBuilder.leaf("c2", weight: 1e308, scale: 0...10)],
            options: [("a", [9, 1]), ("b", [1, 2])])
        let weights = study.problem.weights.weights
        #expect(weights == [0.5, 0.5])
        #expect(try study.ranked().ranking.top?.id == "a")
        #expect(SwingWeights.weights(criteria: ["x", "y"], points: [1e308, 1e308]).weights == [0.5, 0.5])
    }

    /// A Dirichlet draw whose Gamma variates all underflow falls back to the stated weights.
    @Test func aTinyDirichletConcentrationDoesNotTieEveryOption() throws {
        let study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1", weight: 3, scale: 0...10), StudyBuilder.leaf("c2", weight: 1, scale: 0...10)],
            options: [("a", [9, 1]), ("b", [1, 2])])
        let result = try study.smaa(configuration: .init(samples: 2_000, seed: 1, threads: 1, weightModel: .dirichlet(concentration: 1e-10)))
        #expect(result.acceptability[0][0] == 1)
        #expect(result.acceptability[1][0] == 0)
    }
}
