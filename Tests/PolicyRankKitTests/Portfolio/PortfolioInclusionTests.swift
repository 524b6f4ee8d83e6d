import XCTest

@testable import PolicyRankKit

/// Inclusion shares: the sampled best packages against a slow reference that solves every
/// sample by brute-force enumeration, on one and two threads.
final class PortfolioInclusionTests: XCTestCase {
    func testInclusionSharesEqualASlowReferenceByteForByteOnOneAndTwoThreads() throws {
        for seed in UInt64(1)...3 {
            let problem = PortfolioStudies.random(seed: seed, uncertain: true).problem
            XCTAssertFalse(problem.uncertain.isEmpty)
            let portfolio = try XCTUnwrap(problem.portfolio)
            let plan = try RankingPlan(RankOptions(method: "wsm", normalization: "scale"), for: problem)
            let reference: @Sendable (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> UInt64? = { raw, weights in
                PortfolioReference(problem, portfolio, plan: plan, raw: Array(raw), weights: Array(weights)).best?.members
            }
            var results: [PortfolioInclusion.Result] = []
            for threads in [1, 2] {
                let configuration = SMAA.Configuration(samples: 120, seed: seed, threads: threads, blockSize: 32)
                results.append(PortfolioInclusion.run(problem, portfolio: portfolio, plan: plan, configuration: configuration))
                results.append(PortfolioInclusion.run(problem, portfolio: portfolio, plan: plan, configuration: configuration, solve: reference))
            }
            XCTAssertEqual(Set(results.map { "\($0.share)" }).count, 1, "seed \(seed): \(results.map(\.share))")
            XCTAssertEqual(results[0].samples, 120)
            XCTAssertEqual(results[0].share.count, portfolio.measureCount)
            XCTAssertTrue(results[0].share.contains { $0 > 0 && $0 < 1 }, "seed \(seed): the samples should disagree about some measure")
        }
    }

    func testWithoutUncertaintyOrWeightsToSampleEveryShareIsZeroOrOne() throws {
        let problem = PortfolioStudies.random(seed: 5).problem
        let portfolio = try XCTUnwrap(problem.portfolio)
        let plan = try RankingPlan(RankOptions(method: "wsm", normalization: "scale"), for: problem)
        let result = PortfolioInclusion.run(
            problem, portfolio: portfolio, plan: plan, configuration: SMAA.Configuration(samples: 50, seed: 1, threads: 1, weightModel: .fixed))
        let best = try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan).best
        let expected = portfolio.measures.map { best?.members.contains(problem.options[$0].id) == true ? 1.0 : 0.0 }
        XCTAssertEqual(result.share, expected)
    }

    func testTheSampleCountIsLoweredOnlyWhenNotAskedFor() {
        XCTAssertEqual(PortfolioInclusion.sampleCount(configured: 10_000, requested: nil, packagesPerSample: 4_096).count, 10_000)
        let large = PortfolioInclusion.sampleCount(configured: 10_000, requested: nil, packagesPerSample: 1 << 18)
        XCTAssertEqual(large.count, PortfolioInclusion.visitBudget / (1 << 18))
        XCTAssertEqual(PortfolioInclusion.sampleCount(configured: 10_000, requested: nil, packagesPerSample: 1 << 25).count, 100, "never below 100")
        XCTAssertNotNil(large.reduced)
        XCTAssertEqual(PortfolioInclusion.sampleCount(configured: 10_000, requested: 5_000, packagesPerSample: 1 << 20).count, 5_000)
    }
}
