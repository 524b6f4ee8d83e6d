import Foundation
import Testing

@testable import PolicyRankKit

/// SMAA-2 against cases with exact answers, within 4 Monte Carlo standard errors.
@Suite struct SMAATests {
    static func run(
        _ options: [(String, [Score])], weights: [Double], model: WeightModel = .uniform,
        samples: Int = 100_000, threads: Int = 2, seed: UInt64 = 11
    ) throws -> SMAA.Result {
        let criteria = weights.enumerated().map { StudyBuilder.leaf("c\($0 + 1)", weight: $1, scale: 0...1) }
        var study = StudyBuilder.study(criteria: criteria, options: [])
        study.policies = options.map { id, scores in
            StudyBuilder.policy(id, Dictionary(uniqueKeysWithValues: scores.enumerated().map { ("c\($0 + 1)", $1) }))
        }
        return try study.smaa(configuration: .init(samples: samples, seed: seed, threads: threads, weightModel: model))
    }

    static func point(_ values: Double...) -> [Score] { values.map { .point(.number($0)) } }

    static func expectNear(_ estimate: Double, _ exact: Double, samples: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let standardError = (exact * (1 - exact) / Double(samples)).squareRoot()
        #expect(abs(estimate - exact) <= 4 * standardError + 1e-12, "\(estimate) vs exact \(exact)", sourceLocation: sourceLocation)
    }

    /// a = (1, 0, 0) beats b = (½, ½, ½) iff w1 > ½. Uniform on the simplex makes w1 ~ Beta(1, 2),
    /// so P = (1 − ½)² = 0.25. Drawing each weight in [0, 1] and renormalizing would give 1/6:
    /// this test fails for that biased sampler.
    @Test func uniformWeightsAreUniformOnTheSimplex() throws {
        let result = try Self.run([("a", Self.point(1, 0, 0)), ("b", Self.point(0.5, 0.5, 0.5))], weights: [1, 1, 1])
        Self.expectNear(result.acceptability[0][0], 0.25, samples: 100_000)
        Self.expectNear(result.pairwise[0][1], 0.25, samples: 100_000)
        Self.expectNear(result.pairwise[1][0], 0.75, samples: 100_000)
    }

    /// a = (1, 0) against b = (0.6, 0.6): a wins iff w1 > 0.6, an area ratio of 0.4.
    @Test func winningProbabilityIsAnAreaRatio() throws {
        let result = try Self.run([("a", Self.point(1, 0)), ("b", Self.point(0.6, 0.6))], weights: [1, 1])
        Self.expectNear(result.acceptability[0][0], 0.4, samples: 100_000)
        Self.expectNear(result.acceptability[1][0], 0.6, samples: 100_000)
        for row in result.acceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-12) }
    }

    /// Given a wins iff w1 > ½ with w1 uniform, its central weights are E[w | w1 > ½] = (¾, ¼),
    /// and with no uncertain scores its confidence factor is exactly 1.
    @Test func centralWeightsAndConfidence() throws {
        let result = try Self.run([("a", Self.point(1, 0)), ("b", Self.point(0, 1))], weights: [1, 1])
        let central = try #require(result.centralWeights[0])
        #expect(abs(central[0] - 0.75) < 4 * (1.0 / 12 / 50_000).squareRoot())
        #expect(result.confidence[0] == 1)
        #expect(result.confidence[1] == 1)
    }

    /// One criterion: a ~ Triangular(0, ½, 1) beats b = 0.3 with P = 1 − 0.3²/(1 · ½) = 0.82;
    /// c ~ Uniform(0.2, 0.6) beats b with P = 0.3/0.4 = 0.75.
    @Test func uncertainScoresAreSampled() throws {
        let triangular = try Self.run([("a", [.triangular(low: .number(0), likely: .number(0.5), high: .number(1))]), ("b", Self.point(0.3))], weights: [1])
        Self.expectNear(triangular.acceptability[0][0], 0.82, samples: 100_000)
        let uniform = try Self.run([("b", Self.point(0.3)), ("c", [.uniform(low: .number(0.2), high: .number(0.6))])], weights: [1])
        Self.expectNear(uniform.acceptability[1][0], 0.75, samples: 100_000)
    }

    /// Ordinal weights keep w1 ≥ w2: w1 is uniform on [½, 1], so a = (1, 0) beats b = (0.6, 0.6)
    /// with P(w1 > 0.6) = 0.8, and a = (1, 0) always beats c = (0, 1).
    @Test func ordinalWeightsKeepTheStatedOrder() throws {
        let result = try Self.run([("a", Self.point(1, 0)), ("b", Self.point(0.6, 0.6))], weights: [2, 1], model: .ordinal)
        Self.expectNear(result.acceptability[0][0], 0.8, samples: 100_000)
        let always = try Self.run([("a", Self.point(1, 0)), ("c", Self.point(0, 1))], weights: [2, 1], model: .ordinal, samples: 10_000)
        #expect(always.acceptability[0][0] == 1)
    }

    /// Dirichlet(10 · (0.7, 0.3)) makes w1 ~ Beta(7, 3): a = (1, 0) beats b = (0, 1) iff
    /// w1 > ½, with P = 1 − 46/512.
    @Test func dirichletWeightsCentreOnTheStatedWeights() throws {
        let result = try Self.run([("a", Self.point(1, 0)), ("b", Self.point(0, 1))], weights: [0.7, 0.3], model: .dirichlet(concentration: 10))
        Self.expectNear(result.acceptability[0][0], 1 - 46.0 / 512, samples: 100_000)
    }

    /// The same seed gives the same numbers on one thread or two, bit for bit.
    @Test func resultsDoNotDependOnTheNumberOfThreads() throws {
        let study = RankingPropertyTests.randomStudy(seed: 5)
        var uncertain = study
        uncertain.policies[0] = StudyBuilder.policy(
            "o0",
            [
                "c0": .triangular(low: .number(1), likely: .number(4), high: .number(9)),
                "c1": .uniform(low: .number(2), high: .number(7)), "c2": .point(.number(3)),
                "c3": .point(.number(5)), "c4": .point(.number(6)),
            ])
        let one = try uncertain.smaa(configuration: .init(samples: 30_000, seed: 3, threads: 1, blockSize: 1000))
        let two = try uncertain.smaa(configuration: .init(samples: 30_000, seed: 3, threads: 2, blockSize: 1000))
        #expect(one.acceptability == two.acceptability)
        #expect(one.centralWeights == two.centralWeights)
        #expect(one.confidence == two.confidence)
        #expect(one.pairwise == two.pairwise)
        let other = try uncertain.smaa(configuration: .init(samples: 30_000, seed: 4, threads: 2, blockSize: 1000))
        #expect(other.acceptability != one.acceptability)
    }

    /// Every method is sampled through the method itself.
    @Test func otherMethodsAreSampledThroughTheMethod() throws {
        let criteria = [StudyBuilder.leaf("c1", scale: 0...1), StudyBuilder.leaf("c2", scale: 0...1)]
        let study = StudyBuilder.study(criteria: criteria, options: [("a", [1, 0]), ("b", [0.6, 0.6])])
        let result = try study.smaa(RankOptions(method: "spotis"), configuration: .init(samples: 50_000, seed: 2))
        // SPOTIS distance on these bounds: a = w2, b = 0.4 → a first iff w2 < 0.4.
        Self.expectNear(result.acceptability[0][0], 0.4, samples: 50_000)
    }
}

@Suite struct ZigguratTests {
    /// Standard exponential: mean 1, variance 1, P(X > 3) = e^−3, P(X > 8) = e^−8 (the tail
    /// beyond the ziggurat's base strip at 7.697), within 4 standard errors.
    @Test func drawsAreStandardExponential() {
        var random = RandomStream(seed: 9, pass: 0, block: 0)
        let n = 400_000
        var sum = 0.0, squares = 0.0, beyond3 = 0, beyond8 = 0
        for _ in 0..<n {
            let x = ExponentialZiggurat.shared.sample(&random)
            sum += x
            squares += x * x
            if x > 3 { beyond3 += 1 }
            if x > 8 { beyond8 += 1 }
        }
        let mean = sum / Double(n), variance = squares / Double(n) - mean * mean
        #expect(abs(mean - 1) < 4 * (1 / Double(n)).squareRoot())
        #expect(abs(variance - 1) < 4 * (8 / Double(n)).squareRoot())  // Var of X² is 20, of the estimate ≈ 8/n after centring
        SMAATests.expectNear(Double(beyond3) / Double(n), exp(-3), samples: n)
        SMAATests.expectNear(Double(beyond8) / Double(n), exp(-8), samples: n)
    }
}
