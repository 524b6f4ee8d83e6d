import Foundation

/// How sure the headline is: the share of samples in which each option comes first when the
/// uncertain scores are drawn (as SMAA draws them) and the weights are the ones the ranking
/// uses — the study's or the perspective's. A ranking whose top two are 0.0012 apart, with
/// ranges wide enough to swap them, says so instead of naming a winner.
///
/// Few samples keep `rank` instant: at most 2,000 (standard error of a share at most
/// √(0.25/2000) ≈ 1.1 points), fewer for large studies so the work stays near 2·10⁶ cells
/// (at least 20; the standard error printed says what that costs).
/// Seeded by `study.yaml`'s `sensitivity.seed` (else 1); the same bytes on any thread count.
public struct FirstPlace: Sendable {
    public var samples: Int
    public var seed: UInt64
    /// Option id → share of samples it comes first in; a tie at the top is split evenly, so
    /// the shares sum to 1. In the study's option order.
    public var shares: [(id: String, share: Double)]
    /// The largest standard error of a share, √(p(1 − p)/samples); 0 without uncertain scores.
    public var standardError: Double

    /// Below this share the ranked top "is not clear".
    public static let clearShare = 0.9
    /// Options first in at least this share of samples are named as contenders.
    public static let contenderShare = 0.05
    public static let maximumSamples = 2_000
    /// The fewest samples, for very large studies (standard error up to about 11 points).
    public static let minimumSamples = 20
    static let cellBudget = 2_000_000

    public func share(of id: String) -> Double? {
        shares.first { $0.id == id }?.share
    }

    /// Contenders for first place, most often first first (ties by id).
    public var contenders: [(id: String, share: Double)] {
        shares.filter { $0.share >= Self.contenderShare }.sorted { $0.share != $1.share ? $0.share > $1.share : $0.id < $1.id }
    }

    /// Whether `top`, the ranked first option, comes first in fewer than 90% of samples.
    public func isContested(top: String) -> Bool {
        (share(of: top) ?? 0) < Self.clearShare
    }

    /// The sentence under a ranking: the top is clear, or who comes first how often. Two
    /// contenders whose shares differ by at most 10 points are "statistically tied".
    public func verdict(top: String) -> String {
        guard samples > 1 else { return "No score is uncertain: the ranking is exact at these weights." }
        let percent = { (share: Double) in NumberFormat.fixed(100 * share, 0) + "%" }
        let basis =
            "of \(NumberFormat.grouped(samples)) samples of the uncertain scores at these weights (±\(NumberFormat.fixed(100 * standardError, 1)) points)"
        guard isContested(top: top) else {
            return "\(top) comes first in \(percent(share(of: top) ?? 0)) \(basis)."
        }
        let named = contenders
        guard let leader = named.first else { return "No option comes first in as many as \(percent(Self.contenderShare)) \(basis): the top is not clear." }
        let others = named.dropFirst().map { "\($0.id)\($0.id == top ? " (first at the likely scores)" : "") in \(percent($0.share))" }
        let rest = others.isEmpty ? "" : ", " + others.joined(separator: ", ")
        if named.count >= 2, leader.share - named[1].share <= 0.1 + 1e-9 {
            return "\(leader.id) and \(named[1].id) are statistically tied: \(leader.id) comes first in \(percent(leader.share)) \(basis)\(rest)."
        }
        let only = leader.id == top ? "only " : ""
        return "The top is not clear: \(leader.id) comes first in \(only)\(percent(leader.share)) \(basis)\(rest)."
    }

    /// Samples for a problem: 1 without uncertain scores (the answer is exact), else up to
    /// 2,000 within the cell budget, at least 20. A sample costs n × m cells, times n for a
    /// method that compares every pair (a partial ranking's relations, PROMETHEE's Gaussian).
    static func sampleCount(_ problem: DecisionProblem, plan: RankingPlan? = nil) -> Int {
        guard !problem.uncertain.isEmpty else { return 1 }
        let n = problem.options.count
        let pairwise =
            plan.map { plan in
                plan.method.ranksPartially || (plan.method is PrometheeII && problem.leaves.contains { $0.preference.piecewise == nil })
            } ?? false
        let (cells, overflow) = max(n * problem.leaves.count, 1).multipliedReportingOverflow(by: pairwise ? max(n, 1) : 1)
        return overflow ? minimumSamples : min(maximumSamples, max(minimumSamples, cellBudget / cells))
    }

    public static func compute(_ problem: DecisionProblem, plan: RankingPlan, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> FirstPlace {
        let samples = sampleCount(problem, plan: plan)
        let seed = problem.defaults.seed ?? 1
        // A small study's samples take less time than starting a second thread; the result is
        // the same on any number of threads.
        let work = samples * problem.options.count * max(problem.leaves.count, 1)
        let workers = work < 2_000_000 ? 1 : threads
        let firstShares = SMAA.firstShares(
            problem: problem, plan: plan, configuration: .init(samples: samples, seed: seed, threads: workers, weightModel: .fixed))
        let shares = zip(problem.optionIds, firstShares).map { (id: $0, share: $1) }
        let error = problem.uncertain.isEmpty ? 0 : shares.map { ($0.share * (1 - $0.share) / Double(samples)).squareRoot() }.max() ?? 0
        return FirstPlace(samples: samples, seed: seed, shares: shares, standardError: error)
    }
}
