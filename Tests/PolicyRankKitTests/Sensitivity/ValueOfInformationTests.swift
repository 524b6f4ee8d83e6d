import Foundation
import Testing

@testable import PolicyRankKit

/// EVPI and EVPPI against closed forms on two options with one uncertain score.
@Suite struct ValueOfInformationTests {
    /// A: c1 = X, c2 = 5; B: c1 = 5, c2 = 5.4; weights ½, ½ on 0–10 scales. Under wsm/scale
    /// ΔV = V_A − V_B = 0.05 X − 0.27, so with X ~ U[2, 8]: E[ΔV] = −0.02 < 0 (B is chosen) and
    /// EVPPI = EVPI = E[max(0, ΔV)] = ∫ from 5.4 to 8 of (0.05x − 0.27) dx / 6 = 0.169/6, and
    /// learning X changes the choice when X > 5.4: p = 2.6/6.
    static func study(_ x: Score, normalization: String = "scale", extra: [(String, [Double])] = []) -> Study {
        var study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c1", weight: 1), StudyBuilder.leaf("c2", weight: 1)], options: [("a", [5, 5]), ("b", [5, 5.4])] + extra)
        study.policies[0] = StudyBuilder.policy("a", ["c1": x, "c2": .point(.number(5))])
        var settings = StudySettings(location: StudyBuilder.here)
        settings.normalization = Located(normalization, at: StudyBuilder.here)
        study.settings = settings
        return study
    }

    static let uniform = Score.uniform(low: .number(2), high: .number(8))

    static func voi(_ study: Study, samples: Int = 100_000, threads: Int = 2) throws -> ValueOfInformation {
        let problem = study.problem
        return try #require(ValueOfInformation.compute(problem, plan: try RankingPlan(for: problem), samples: samples, seed: 7, threads: threads))
    }

    @Test func theWSMQuantileIntegralMeetsTheClosedForm() throws {
        let result = try Self.voi(Self.study(Self.uniform))
        #expect(result.reference == "b")
        let score = try #require(result.scores.first)
        #expect(abs(score.evppi - 0.169 / 6) < 1e-5, "EVPPI \(score.evppi)")
        #expect(abs(score.pChange - 2.6 / 6) < 1e-3)
        #expect(result.evppiStandardError == 0)
        #expect(abs(result.evpi - 0.169 / 6) / (0.169 / 6) < 0.01, "EVPI by Monte Carlo, 10^5 samples: \(result.evpi)")
    }

    /// Under normalization none the same study is the raw weighted sum (ΔV ten times larger),
    /// and the binned Monte Carlo estimator is used: within 1% at 10^5 samples.
    @Test func theBinnedMonteCarloEstimatorMeetsTheClosedForm() throws {
        let result = try Self.voi(Self.study(Self.uniform, normalization: "none"))
        let score = try #require(result.scores.first)
        #expect(result.evppiMethod.hasPrefix("binned"))
        #expect(abs(score.evppi - 1.69 / 6) / (1.69 / 6) < 0.01, "EVPPI \(score.evppi)")
        #expect(abs(score.pChange - 2.6 / 6) < 0.01)
        #expect(result.evppiStandardError > 0 && result.evppiStandardError < 0.01)
    }

    /// X ~ Tri(2, 4, 8): the closed form by a fine midpoint rule on the density.
    @Test func aTriangularScore() throws {
        let result = try Self.voi(Self.study(.triangular(low: .number(2), likely: .number(4), high: .number(8))))
        let steps = 200_000
        var expected = 0.0
        for k in 0..<steps {
            let x = 2 + 6 * (Double(k) + 0.5) / Double(steps)
            let density = x <= 4 ? 2 * (x - 2) / (6 * 2) : 2 * (8 - x) / (6 * 4)
            expected += max(0, 0.05 * x - 0.27) * density * 6 / Double(steps)
        }
        #expect(abs(try #require(result.scores.first).evppi - expected) < 1e-5)
    }

    /// An option far behind, however wide its range, cannot become the choice: EVPPI 0.
    @Test func aDominatedOptionsWideRangeIsWorthNothing() throws {
        var study = Self.study(.point(.number(5)), extra: [("c", [0, 0])])
        study.policies[2] = StudyBuilder.policy("c", ["c1": .uniform(low: .number(0), high: .number(4)), "c2": .point(.number(0))])
        let result = try Self.voi(study)
        #expect(try #require(result.scores.first { $0.option == "c" }).evppi < 1e-12)
        #expect(result.scores.first { $0.option == "c" }?.pChange == 0)
    }

    /// Strong & Oakley's estimator as plainly as it can be written: each sub-sample sorted on
    /// its own. The estimator sorts the draws once and reads the sub-samples off that order.
    static func plainBinnedEVPPI(_ draws: JointDraws, cell: Int, options n: Int, reference: Int) -> (Double, Double, Double) {
        func estimate(_ indices: [Int]) -> (Double, Double) {
            let sorted = indices.sorted { draws.cell[$0 * draws.cellCount + cell] < draws.cell[$1 * draws.cellCount + cell] }
            let count = sorted.count, bins = max(1, Int(Double(count).squareRoot()))
            let means = (0..<n).map { a in sorted.reduce(0.0) { $0 + draws.merit[$1 * n + a] } }
            var total = 0.0, changed = 0.0
            for b in 0..<bins {
                let range = (b * count / bins)..<((b + 1) * count / bins)
                let bin = (0..<n).map { a in sorted[range].reduce(0.0) { $0 + draws.merit[$1 * n + a] } }
                let top = bin.indices.first { bin[$0] == bin.max() } ?? 0
                total += bin[top]
                if top != reference { changed += Double(range.count) }
            }
            return (total / Double(count) - (means.map { $0 / Double(count) }.max() ?? 0), changed / Double(count))
        }
        let (evppi, pChange) = estimate(Array(0..<draws.samples))
        let parts = (0..<10).map { part in estimate(Array(stride(from: part, to: draws.samples, by: 10))).0 }
        return (evppi, pChange, ValueOfInformation.meanAndError(parts).1)
    }

    @Test func theBinnedEstimatorMatchesSortingEachSubSampleOnItsOwn() throws {
        let study = SMAAReferenceTests.uncertainStudy(seed: 4)
        let problem = study.problem
        let plan = try RankingPlan(RankOptions(method: "topsis"), for: problem)
        let draws = JointDraws(problem: problem, plan: plan, samples: 2_345, seed: 3, threads: 2)
        #expect(problem.uncertain.count > 2)
        for cell in problem.uncertain.indices {
            let fast = ValueOfInformation.binnedEVPPI(draws, cell: cell, options: problem.options.count, reference: 1)
            let plain = Self.plainBinnedEVPPI(draws, cell: cell, options: problem.options.count, reference: 1)
            #expect(fast == plain, "cell \(cell)")
        }
    }

    @Test func theSameSeedGivesTheSameBytesOnOneAndTwoThreads() throws {
        let study = Self.study(Self.uniform, normalization: "none")
        let one = try Self.voi(study, samples: 5_000, threads: 1), two = try Self.voi(study, samples: 5_000, threads: 2)
        #expect(one.evpi == two.evpi)
        #expect(one.scores.map(\.evppi) == two.scores.map(\.evppi))
    }
}

/// Large studies: what value of information keeps in memory is bounded, and says how many
/// draws it used.
@Suite struct ValueOfInformationBudgetTests {
    @Test func drawsAreCappedSoThatStoredValuesStayWithinTheBudget() {
        // 10,000 options with 30,000 uncertain scores: 500 draws of 40,000 values (160 MB).
        #expect(ValueOfInformation.drawCount(requested: 10_000, options: 10_000, cells: 30_000) == 500)
        #expect(ValueOfInformation.drawCount(requested: 10_000, options: 10_000, cells: 30_000) * 40_000 <= ValueOfInformation.valueBudget)
        // Never under 100, never over the sample limit, as requested for a small study.
        #expect(ValueOfInformation.drawCount(requested: 10_000, options: 1_000_000, cells: 0) == 100)
        #expect(ValueOfInformation.drawCount(requested: 1_000_000, options: 5, cells: 10) == ValueOfInformation.sampleLimit)
        #expect(ValueOfInformation.drawCount(requested: 5_000, options: 5, cells: 10) == 5_000)
    }

    /// 50 draws asked for, 100 used (the floor): the result reports the 100, not the request.
    @Test func theReportedSamplesAreTheDrawsUsed() throws {
        let small = FlipTests.study(seed: 3).problem
        let plan = try RankingPlan(RankOptions(), for: small)
        let voi = try #require(ValueOfInformation.compute(small, plan: plan, samples: 50, seed: 1, threads: 1))
        #expect(voi.samples == 100)
    }
}
