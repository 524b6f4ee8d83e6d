import Testing

@testable import PolicyRankKit

/// Weighting methods against published examples, at the precision printed.
@Suite struct WeightingTests {
    /// Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48(1),
    /// Table 2, the house example: w, λmax = 9.669, CI = 0.238, CR = 0.169 (inconsistent).
    @Test func ahpSaaty1990House() throws {
        let house: [[Double]] = [
            [1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4], [1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7],
            [1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5], [1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8],
            [1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6], [1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6],
            [3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2], [4, 7, 5, 8, 6, 6, 2, 1],
        ]
        let result = AHP.weights(criteria: (1...8).map { "c\($0)" }, matrix: house)
        PaperExampleTests.expectPrinted(result.weights, [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], decimals: 3)
        let consistency = try #require(result.consistency)
        PaperExampleTests.expectPrinted([consistency.lambdaMax, consistency.ci, consistency.cr], [9.669, 0.238, 0.169], decimals: 3)
        #expect(consistency.ri == 1.41)
        #expect(result.notes.first?.hasPrefix("CR 0.169 > 0.1") == true)
    }

    /// Saaty (1990), Table 3, "general condition": exactly consistent, λmax = 3, CR = 0.
    @Test func aConsistentMatrixHasZeroCR() throws {
        let result = AHP.weights(criteria: ["a", "b", "c"], matrix: [[1, 0.5, 0.5], [2, 1, 1], [2, 1, 1]])
        PaperExampleTests.expectPrinted(result.weights, [0.2, 0.4, 0.4], decimals: 12)
        #expect(abs(try #require(result.consistency).cr) < 1e-12)
        #expect(result.notes.isEmpty)
        let geometric = AHP.weights(criteria: ["a", "b", "c"], matrix: [[1, 0.5, 0.5], [2, 1, 1], [2, 1, 1]], geometricMean: true)
        PaperExampleTests.expectPrinted(geometric.weights, [0.2, 0.4, 0.4], decimals: 12)
    }

    /// Xu (2004), EJOR 156(2): entropy weights [0.4630, 0.3992, 0.1378, 0.0000] (via pyrepo-mcda).
    @Test func entropyXu2004() {
        let result = ObjectiveWeights.entropy(
            criteria: ["a", "b", "c", "d"], matrix: [[30, 30, 38, 29], [19, 54, 86, 29], [19, 15, 85, 28.9], [68, 70, 60, 29]])
        PaperExampleTests.expectPrinted(result.weights, [0.4630, 0.3992, 0.1378, 0.0000], decimals: 4)
    }

    /// Zavadskas & Podvezko (2016), IJITDM 15(2): [0.1146, 0.1981, 0.4185, 0.2689] on raw scores.
    @Test func entropyZavadskasAndPodvezko2016() {
        let result = ObjectiveWeights.entropy(
            criteria: ["a", "b", "c", "d"], matrix: [[3.0, 100, 10, 7], [2.5, 80, 8, 5], [1.8, 50, 20, 11], [2.2, 70, 12, 9]])
        PaperExampleTests.expectPrinted(result.weights, [0.1146, 0.1981, 0.4185, 0.2689], decimals: 4)
    }

    /// Tuş & Aytaç Adalı (2019), OPSEARCH 56(2): CRITIC weights printed to 3 decimals; the
    /// example scales every column as (x − min)/(max − min), i.e. all read as benefits.
    @Test func criticTusAndAytacAdali2019() {
        let x: [[Double]] = [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]]
        let result = ObjectiveWeights.critic(criteria: (1...6).map { "c\($0)" }, directions: Array(repeating: .benefit, count: 6), matrix: x)
        PaperExampleTests.expectPrinted(result.weights, [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], decimals: 3)
    }

    /// Barron & Barrett (1996): for three criteria ROC gives 11/18, 5/18, 2/18.
    @Test func rankOrderCentroid() {
        let result = RankOrderCentroid.weights(ranked: ["a", "b", "c"])
        PaperExampleTests.expectPrinted(result.weights, [11.0 / 18, 5.0 / 18, 2.0 / 18], decimals: 12)
        #expect(abs(RankOrderCentroid.weights(ranked: (1...7).map { "c\($0)" }).weights.reduce(0, +) - 1) < 1e-12)
    }

    @Test func swingPointsNormalize() {
        PaperExampleTests.expectPrinted(SwingWeights.weights(criteria: ["a", "b"], points: [100, 60]).weights, [0.625, 0.375], decimals: 12)
    }
}
