import Foundation

/// `expect:` claims checked against what the study produces today, so a change to a score
/// or weight that silently changes the answer fails CI at the line that made the claim.
enum ExpectationRules {
    /// Claims are about the study's own ranking: its method and settings, its weights.
    static func check(_ study: Study, _ base: RankedProblem?) -> [Diagnostic] {
        guard let expectations = study.settings?.expectations else { return [] }
        guard let base else {
            return [.error(.expectationFailed, "cannot check expectations: the study's own method and settings do not rank", at: expectations.location)]
        }
        return check(expectations, base)
    }

    static func check(_ expectations: Expectations, _ base: RankedProblem) -> [Diagnostic] {
        [
            top(expectations, base.ranking), prefix(expectations, base.ranking),
            robustTop(expectations, base), stableTop(expectations, base),
        ].compactMap { $0 } + portfolio(expectations, base)
    }

    /// Each `core` measure is in the best package in at least 90% of the inclusion samples and
    /// each `exterior` one in fewer than 10%, with the study's samples and seed (`portfolio`).
    static func portfolio(_ expectations: Expectations, _ base: RankedProblem) -> [Diagnostic] {
        guard !(expectations.portfolioCore.isEmpty && expectations.portfolioExterior.isEmpty), let packages = base.problem.portfolio else { return [] }
        let analysis: PortfolioAnalysis
        do {
            analysis = try PortfolioAnalysis.compute(base.problem, portfolio: packages, plan: base.plan, perspectives: false)
                .withInclusion(base.problem, portfolio: packages, configuration: SMAA.Configuration(problem: base.problem), requested: nil)
        } catch {
            return [
                .error(.expectationFailed, "cannot check 'expect.portfolio': \(error.description)", at: expectations.portfolioLocation ?? expectations.location)
            ]
        }
        guard let inclusion = analysis.inclusion else { return [] }
        let ids = analysis.measures.map(\.id)
        let samples = "\(NumberFormat.grouped(inclusion.samples)) samples"
        var diagnostics: [Diagnostic] = []
        for id in expectations.portfolioCore {
            guard let p = ids.firstIndex(of: id.value), analysis.standing(p) != .core else { continue }
            diagnostics.append(
                .error(
                    .expectationFailed,
                    "expected '\(id.value)' in the robust core, but it is in the best package in \(PortfolioText.percent(inclusion.share[p])) of \(samples), below 90%",
                    at: id.location))
        }
        for id in expectations.portfolioExterior {
            guard let p = ids.firstIndex(of: id.value), analysis.standing(p) != .exterior else { continue }
            diagnostics.append(
                .error(
                    .expectationFailed,
                    "expected '\(id.value)' to be exterior, but it is in the best package in \(PortfolioText.percent(inclusion.share[p])) of \(samples), not below 10%",
                    at: id.location))
        }
        return diagnostics
    }

    static func top(_ expectations: Expectations, _ ranking: Ranking) -> Diagnostic? {
        guard let top = expectations.top else { return nil }
        if let degeneracy = ranking.degeneracy {
            return .error(.expectationFailed, "expected '\(top.value)' to rank first, but \(degeneracy.summary)", at: top.location)
        }
        let leaders = ranking.entries.filter { $0.rank == 1 }
        guard !leaders.contains(where: { $0.id == top.value }), let leader = leaders.first else { return nil }
        let actual = leaders.map { "'\($0.id)'" }.joined(separator: " and ")
        let detail =
            ranking.entry(top.value).map {
                " ('\(top.value)' is ranked \($0.rank), score \(NumberFormat.fixed($0.score)) against \(NumberFormat.fixed(leader.score)))"
            } ?? ""
        return .error(.expectationFailed, "expected '\(top.value)' to rank first under \(ranking.method), but \(actual) ranks first\(detail)", at: top.location)
    }

    /// The ranking starts with the listed options in that order (ties listed by id).
    static func prefix(_ expectations: Expectations, _ ranking: Ranking) -> Diagnostic? {
        guard let expected = expectations.ranking else { return nil }
        if let degeneracy = ranking.degeneracy {
            return .error(
                .expectationFailed, "expected the ranking to start \(expected.value.map(\.value).joined(separator: ", ")), but \(degeneracy.summary)",
                at: expected.location)
        }
        let wanted = expected.value.map(\.value)
        let actual = Array(ranking.entries.prefix(wanted.count))
        guard actual.map(\.id) != wanted else { return nil }
        let written = actual.map { "\($0.id) (\($0.rank))" }.joined(separator: ", ")
        return .error(
            .expectationFailed, "expected the ranking to start \(wanted.joined(separator: ", ")), but under \(ranking.method) it starts \(written)",
            at: expected.location)
    }

    /// SMAA-2 first-rank acceptability of the current top, with the study's sample count and
    /// seed, uniform weights and sampled scores.
    static func robustTop(_ expectations: Expectations, _ base: RankedProblem) -> Diagnostic? {
        guard let minimum = expectations.minimumAcceptability, let top = base.ranking.top else { return nil }
        let configuration = SMAA.Configuration(problem: base.problem)
        let result = SMAA.run(problem: base.problem, plan: base.plan, configuration: configuration)
        guard let index = result.options.firstIndex(of: top.id) else { return nil }
        let share = result.acceptability[index][0]
        guard share < minimum.value else { return nil }
        let leader = result.options.indices.max { result.acceptability[$0][0] < result.acceptability[$1][0] }
        let rival = leader.flatMap { $0 == index ? nil : " ('\(result.options[$0])' does in \(percent(result.acceptability[$0][0])))" } ?? ""
        return .error(
            .expectationFailed,
            "expected the top option '\(top.id)' to rank first in at least \(percent(minimum.value)) of \(configuration.samples) SMAA samples, but it does in \(percent(share))\(rival)",
            at: minimum.location)
    }

    /// No single criterion's weight, moved by ± the given share of itself (the others rescaled
    /// in proportion), changes the top.
    static func stableTop(_ expectations: Expectations, _ base: RankedProblem) -> Diagnostic? {
        guard let within = expectations.stableWithin else { return nil }
        let ranking = base.ranking
        let flips = WeightThresholds.compute(base.evaluator, groups: base.problem.groups).compactMap { threshold -> String? in
            let low = threshold.weight * (1 - within.value), high = min(1, threshold.weight * (1 + within.value))
            if let lower = threshold.lower, lower >= low, let taker = threshold.topAtLower {
                return
                    "lowering '\(threshold.criterion)' from \(NumberFormat.fixed(threshold.weight, 3)) to \(NumberFormat.fixed(lower, 3)) makes '\(taker)' first"
            }
            if let upper = threshold.upper, upper <= high, let taker = threshold.topAtUpper {
                return
                    "raising '\(threshold.criterion)' from \(NumberFormat.fixed(threshold.weight, 3)) to \(NumberFormat.fixed(upper, 3)) makes '\(taker)' first"
            }
            return nil
        }
        guard !flips.isEmpty else { return nil }
        let shown = flips.prefix(3).joined(separator: "; ") + (flips.count > 3 ? "; and \(flips.count - 3) more" : "")
        return .error(
            .expectationFailed,
            "expected the top option '\(ranking.top?.id ?? "?")' to hold when any one weight moves by ±\(percent(within.value)), but \(shown)",
            at: within.location)
    }

    private static func percent(_ share: Double) -> String {
        NumberFormat.fixed(100 * share, 1) + "%"
    }
}
