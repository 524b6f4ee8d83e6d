import XCTest

@testable import PolicyRankKit

/// The exact search against brute-force enumeration, and hand-derived cases.
final class PackageSearchTests: XCTestCase {
    private func analysis(_ study: Study, method: String = "wsm", top: Int = 5) throws -> (PortfolioAnalysis, DecisionProblem, PortfolioProblem, RankingPlan) {
        let problem = study.problem
        let portfolio = try XCTUnwrap(problem.portfolio)
        let plan = try RankingPlan(RankOptions(method: method, normalization: method == "spotis" ? nil : "scale"), for: problem)
        return (try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan, top: top), problem, portfolio, plan)
    }

    func testSeededRandomStudiesMatchBruteForceEnumeration() throws {
        for seed in UInt64(1)...24 {
            let study = PortfolioStudies.random(seed: seed)
            for method in seed % 3 == 0 ? ["wsm", "spotis", "wpm"] : ["wsm"] {
                let (result, problem, portfolio, plan) = try analysis(study, method: method, top: 5)
                let reference = PortfolioReference(problem, portfolio, plan: plan)
                let context = "seed \(seed), \(method)"
                XCTAssertEqual(result.feasible, reference.feasible.count, context)
                let members = { (mask: UInt64) in PortfolioAnalysis.members(mask, result.measures) }
                XCTAssertEqual(result.best?.members, reference.best.map { members($0.members) }, context)
                XCTAssertEqual(result.best?.score, reference.best?.score, context)
                XCTAssertEqual(result.top.map(\.package.members), reference.ranked.prefix(5).map { members($0.members) }, context)
                XCTAssertEqual(result.top.map(\.package.score), reference.ranked.prefix(5).map(\.score), context)
                XCTAssertEqual(Set(result.frontier.map(\.members)), Set(reference.frontier.map(members)), context)
                guard let best = reference.best else { continue }
                for (p, marginal) in result.marginal.enumerated() {
                    let expected = reference.score(of: best.members ^ PortfolioProblem.bit(p)).map { $0 - best.score }
                    XCTAssertEqual(marginal, expected, "\(context), measure \(result.measures[p].id)")
                }
            }
        }
    }

    func testTheFrontierIsSortedByUseAndScoresRiseAlongIt() throws {
        var pairs = 0
        for seed in UInt64(30)...36 {
            let (result, _, _, _) = try analysis(PortfolioStudies.random(seed: seed))
            guard result.budgets.count == 1 else { continue }
            for (a, b) in zip(result.frontier, result.frontier.dropFirst()) {
                XCTAssertLessThan(a.uses[0], b.uses[0])
                XCTAssertLessThan(a.score, b.score, "a package that costs more is on the frontier only if it scores more")
                pairs += 1
            }
        }
        XCTAssertGreaterThan(pairs, 0, "no seed had a one-budget frontier of two packages or more")
    }

    /// Three measures costing 60, 50 and 45 with a budget of 70: no two fit together, so the
    /// best package is the best single measure.
    func testABudgetThatAdmitsOnlyOneMeasure() throws {
        let study = PortfolioStudies.study(
            [PortfolioStudies.leaf("cost", .cost, scale: 0...200, combine: .sum), PortfolioStudies.leaf("effect", scale: 0...10, combine: .sum)],
            [("a", [60, 9]), ("b", [50, 6]), ("c", [45, 5])], PortfolioStudies.settings(budgets: [("cost", 70)]))
        let (result, _, _, _) = try analysis(study)
        XCTAssertEqual(result.feasible, 3)
        XCTAssertEqual(result.best?.members, ["a"])
        // wsm under scale, equal weights: ½(1 − 60/200) + ½(9/10) = 0.8.
        XCTAssertEqual(try XCTUnwrap(result.best?.score), 0.8, accuracy: 1e-12)
        XCTAssertEqual(result.marginal, [nil, nil, nil], "removing a leaves nothing; adding b or c breaks the budget")
        XCTAssertEqual(result.frontier.map(\.members), [["c"], ["b"], ["a"]])
    }

    /// a alone beats b alone and c alone, but b and c together earn an interaction bonus that
    /// makes the pair the best package.
    func testAnInteractionMakesAPairBeatABetterSingleMeasure() throws {
        let criteria = [PortfolioStudies.leaf("cost", .cost, scale: 0...100, combine: .sum), PortfolioStudies.leaf("effect", scale: 0...10, combine: .max)]
        let options = [("a", [10.0, 7.0]), ("b", [10, 5]), ("c", [10, 4])]
        let without = try analysis(PortfolioStudies.study(criteria, options, PortfolioStudies.settings(budgets: [("cost", 60)], maxSize: 2))).0
        XCTAssertEqual(without.best?.members, ["a"], "without the bonus a second measure only adds cost under max")
        let with = try analysis(
            PortfolioStudies.study(
                criteria, options, PortfolioStudies.settings(budgets: [("cost", 60)], maxSize: 2, interactions: [(["b", "c"], ["effect": 4])]))
        ).0
        XCTAssertEqual(with.best?.members, ["b", "c"])
        // ½(1 − 20/100) + ½(max(5, 4) + 4)/10 = 0.4 + 0.45, against a's ½·0.9 + ½·0.7 = 0.8.
        XCTAssertEqual(try XCTUnwrap(with.best?.score), 0.85, accuracy: 1e-12)
        XCTAssertEqual(with.best?.combined, [20, 9])
    }

    /// b is only allowed with a; the best package is {a, b} although a alone is weaker than b.
    func testARequiredMeasureIsPulledIn() throws {
        let criteria = [PortfolioStudies.leaf("cost", .cost, scale: 0...100, combine: .sum), PortfolioStudies.leaf("effect", scale: 0...20, combine: .sum)]
        let options = [("a", [10.0, 2.0]), ("b", [10, 12]), ("c", [40, 6])]
        let result = try analysis(
            PortfolioStudies.study(criteria, options, PortfolioStudies.settings(budgets: [("cost", 30)], requires: ["b": ["a"]]))
        ).0
        XCTAssertEqual(result.best?.members, ["a", "b"])
        XCTAssertFalse(result.top.contains { $0.package.members == ["b"] }, "b alone breaks its requirement")
        XCTAssertNil(result.marginal[0], "removing a from {a, b} leaves b without what it needs")
    }

    /// Three measures each worth 6 on a 0–10 scale combined by sum: every pair reaches 12 and
    /// is clamped to 10, with one warning for the criterion.
    func testACombinedScoreBeyondTheScaleIsClampedWithOneWarning() throws {
        let criteria = [PortfolioStudies.leaf("cost", .cost, scale: 0...100, combine: .sum), PortfolioStudies.leaf("effect", scale: 0...10, combine: .sum)]
        let result = try analysis(
            PortfolioStudies.study(criteria, [("a", [10, 6]), ("b", [20, 6]), ("c", [30, 6])], PortfolioStudies.settings(budgets: [("cost", 100)]))
        ).0
        XCTAssertEqual(result.best?.members, ["a", "b"], "every pair reaches the cap; the cheapest pair wins")
        XCTAssertEqual(result.best?.combined, [30, 10])
        XCTAssertEqual(result.warnings.map(\.rule), [.combinedScoreClamped])
        XCTAssertTrue(result.warnings[0].message.contains("of 4 feasible packages"), result.warnings[0].message)
    }

    func testExactTiesGoToTheSmallerPackageThenByIds() {
        // {m0, m2} and {m1} tie: the one with fewer members first; {m0, m1} before {m0, m2}.
        XCTAssertTrue(ScoredPackage.precedesInTie(0b010, 0b101))
        XCTAssertTrue(ScoredPackage.precedesInTie(0b011, 0b101))
        XCTAssertFalse(ScoredPackage.precedesInTie(0b101, 0b011))
        let ranked = ScoredPackage.ranked([
            ScoredPackage(merit: 0.5, score: 0.5, members: 0b101, uses: []),
            ScoredPackage(merit: 0.5 + 5e-10, score: 0.5, members: 0b011, uses: []),
            ScoredPackage(merit: 0.5, score: 0.5, members: 0b100, uses: []),
            ScoredPackage(merit: 0.4, score: 0.4, members: 0b001, uses: []),
        ])
        XCTAssertEqual(ranked.map(\.package.members), [0b100, 0b011, 0b101, 0b001])
        XCTAssertEqual(ranked.map(\.rank), [1, 1, 1, 4])
    }

    func testMethodsThatRankAgainstTheOthersAreRefused() throws {
        let study = PortfolioStudies.random(seed: 3)
        let problem = study.problem
        let plan = try RankingPlan(RankOptions(method: "topsis"), for: problem)
        XCTAssertThrowsError(try PortfolioAnalysis.compute(problem, portfolio: XCTUnwrap(problem.portfolio), plan: plan)) { error in
            XCTAssertTrue("\(error)".contains("wsm, wpm, waspas, spotis"), "\(error)")
        }
    }
}

/// Cases the seeded studies do not reach: decimal costs whose sum meets the budget exactly,
/// negative costs and deltas, and exact ties by the hundred thousand.
final class PackageSearchEdgeTests: XCTestCase {
    /// 0.8 − 0.3 − 0.2 is exactly 0.3 when a package adds it up, but the bound's other order
    /// gives 0.30000000000000004: the package at the budget must still be found.
    func testAPackageThatMeetsTheBudgetExactlyWithNegativeCostsIsFound() throws {
        let criteria = [
            PortfolioStudies.leaf("cost", .cost, scale: -1...1, combine: .sum),
            PortfolioStudies.leaf("effect", scale: 0...30, combine: .sum),
        ]
        let study = PortfolioStudies.study(
            criteria, [("a", [0.8, 10]), ("b", [-0.3, 10]), ("c", [-0.2, 10])], PortfolioStudies.settings(budgets: [("cost", 0.3)]))
        let problem = study.problem
        let portfolio = try XCTUnwrap(problem.portfolio)
        let plan = try RankingPlan(RankOptions(method: "wsm", normalization: "scale"), for: problem)
        let result = try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan)
        let reference = PortfolioReference(problem, portfolio, plan: plan)
        // b, c, b + c, and a + b + c at exactly 0.3 (a with only one of them is over).
        XCTAssertEqual(result.feasible, 4)
        XCTAssertEqual(result.feasible, reference.feasible.count)
        XCTAssertEqual(result.best?.members, ["b", "c"])
        XCTAssertNotNil(result.marginal[0], "adding a to b + c meets the budget exactly")
    }

    /// One strong measure and seventeen that add nothing under max and cost nothing: 2^17
    /// packages tie exactly at the top. What the ties cost is what is kept: the top list stays
    /// at the length asked for and the frontier at one point per score and use (the time the
    /// search takes is the bench's to measure).
    func testExactTiesByTheHundredThousandStayCheap() throws {
        let criteria = [
            PortfolioStudies.leaf("cost", .cost, scale: 0...1000, combine: .sum),
            PortfolioStudies.leaf("effect", scale: 0...10, combine: .max),
        ]
        let options = [("m00", [10.0, 10.0])] + (1..<18).map { (String(format: "m%02d", $0), [0.0, 5.0]) }
        let study = PortfolioStudies.study(criteria, options, PortfolioStudies.settings(budgets: [("cost", 1000)]))
        let problem = study.problem
        let portfolio = try XCTUnwrap(problem.portfolio)
        let plan = try RankingPlan(RankOptions(method: "wsm", normalization: "scale"), for: problem)
        let result = try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan, top: 3)
        XCTAssertEqual(result.feasible, (1 << 18) - 1)
        XCTAssertEqual(result.best?.members, ["m00"], "of the tied packages, the one with fewest members")
        XCTAssertEqual(result.top.count, 3)
        XCTAssertEqual(result.top.map(\.rank), [1, 1, 1])
        XCTAssertLessThanOrEqual(result.frontier.count, 3, "one point per distinct score and use")
    }

    func testABudgetFlagReplacesTheStudysBudgetInPlace() {
        let portfolio = PortfolioProblem(
            measures: [0], raw: [0, 0], combine: [.sum, .sum], budgets: [.init(leaf: 0, limit: 800), .init(leaf: 1, limit: 10)], maxSize: nil,
            exclusive: [], requires: [[]], interactions: [])
        XCTAssertEqual(
            portfolio.overriding(budgets: [.init(leaf: 0, limit: 600)], maxSize: nil).budgets, [.init(leaf: 0, limit: 600), .init(leaf: 1, limit: 10)])
    }
}

/// Names and notes from study files reach every portfolio renderer escaped for its consumer.
final class PortfolioHostileTextTests: XCTestCase {
    func testHostileNamesAndNotesAreEscapedInEveryRenderer() throws {
        var study = PortfolioStudies.study(
            [PortfolioStudies.leaf("cost", .cost, scale: 0...100, combine: .sum), PortfolioStudies.leaf("effect", scale: 0...10, combine: .max)],
            [("a", [10, 7]), ("b", [10, 5]), ("c", [10, 4])],
            PortfolioStudies.settings(budgets: [("cost", 60)], interactions: [(["b", "c"], ["effect": 4])]))
        let hostile = "<script>alert(1)</script> \"\u{301} \u{1B}[31mred\r\n| # @x"
        study.policies[0].name = hostile
        study.settings?.portfolio?.interactions[0].note = hostile
        let problem = study.problem
        let portfolio = try XCTUnwrap(problem.portfolio)
        let plan = try RankingPlan(for: problem)
        let analysis = try PortfolioAnalysis.compute(problem, portfolio: portfolio, plan: plan)
        for text in [
            PortfolioTableRenderer.render(analysis, in: RenderContext()), PortfolioMarkdownRenderer.render(analysis, in: RenderContext()),
            PackageExplanationTextRenderer.render(try PackageExplanation(problem, portfolio: portfolio, plan: plan, 0b110, versus: 0b001), in: RenderContext()),
        ] {
            XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"), "no escape sequence reaches a terminal")
            XCTAssertFalse(text.contains("\r"), "no carriage return")
        }
        let markdown = PortfolioMarkdownRenderer.render(analysis, in: RenderContext())
        XCTAssertFalse(markdown.contains("<script>"))
        let base = try RankedProblem(problem: problem, plan: plan)
        let html = HTMLReport.render(
            study: study, base: base, report: try SensitivityReport.compute(base, smaa: SMAA.Configuration(samples: 200, threads: 1)), date: "2025-01-31",
            portfolio: analysis)
        // ESC is harmless in HTML (HTMLText keeps it); the markup must not break out.
        XCTAssertFalse(html.contains("<script>alert(1)"), "names are escaped in the report")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
