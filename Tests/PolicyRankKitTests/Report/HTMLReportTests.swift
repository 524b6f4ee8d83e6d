import Foundation
import Testing

@testable import PolicyRankKit

@Suite struct HTMLReportTests {
    static let smaa = SMAA.Configuration(samples: 500, seed: 3, threads: 1)

    static func render(_ study: Study, options: RankOptions = RankOptions(), date: String = "2025-01-31") throws -> String {
        let base = try study.ranked(options)
        let report = try SensitivityReport.compute(base, smaa: smaa)
        return HTMLReport.render(study: study, base: base, report: report, date: date)
    }

    /// A study whose every user-supplied string tries to break out of the page.
    static var hostile: Study {
        var study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("cost", .cost), StudyBuilder.leaf("reach", weight: 2)],
            options: [("alpha", [3, 7]), ("beta", [6, 4])])
        study.policies[0].name = "<script>alert(1)</script>"
        study.policies[0].description = "Tom & Jerry's \"plan\" </script><img src=x onerror=alert(2)>"
        study.policies[0].notes = ["cost": Located("<b>bold</b>", at: StudyBuilder.here)]
        study.policies[0].sources = [
            Source(title: "<i>evil</i>", url: "javascript:alert(3)", location: StudyBuilder.here),
            Source(title: "Fine", url: "https://example.org/?a=1&b=\"2\"", location: StudyBuilder.here),
        ]
        study.criteria[1].name = "Reach <svg onload=alert(4)>"
        var settings = StudySettings(location: StudyBuilder.here)
        settings.title = "</title><script>alert(5)</script>"
        study.settings = settings
        return study
    }

    @Test func everyUserStringIsEscaped() throws {
        let html = try Self.render(Self.hostile)
        // Only the page's own two script blocks; no injected element survives.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        for injected in ["<script>alert", "<img", "<b>bold", "<i>evil", "<svg onload", "</title><script"] {
            #expect(!html.contains(injected), "found \(injected)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Tom &amp; Jerry&#39;s &quot;plan&quot; &lt;/script&gt;"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">Fine</a>"))
        #expect(!html.contains("href=\"javascript:"))
        // Inside the JSON model, `<` is \u003c so `</script>` cannot close the block.
        #expect(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
    }

    @Test func theSameInputGivesTheSameBytesAndTheGivenDate() throws {
        let study = Self.hostile
        let first = try Self.render(study), second = try Self.render(study)
        #expect(first == second)
        #expect(first.contains("<time datetime=\"2025-01-31\">2025-01-31</time>"))
    }

    /// The what-if model is what the page re-ranks with: Σ w·r over its embedded weights and
    /// values must give the scores `rank` prints, for the study and for each perspective.
    @Test(arguments: [nil, "security_establishment", "rights_groups"])
    func embeddedModelReproducesTheRanking(perspective: String?) throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let options = RankOptions(perspective: perspective)
        let html = try Self.render(study, options: options)
        let model = try #require(Self.embeddedModel(html))
        let leaves = try #require(model["leaves"] as? [[String: Any]])
        let weights = leaves.compactMap { $0["weight"] as? Double }
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        let ranking = try RankingEngine.rank(study, options: options)
        let rows = try #require(model["options"] as? [[String: Any]])
        #expect(rows.count == ranking.entries.count)
        for row in rows {
            let id = try #require(row["id"] as? String)
            let values = try #require(row["values"] as? [Double])
            let score = zip(weights, values).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(abs(score - (ranking.entry(id)?.score ?? .nan)) < 1e-12, "\(id)")
        }
        // The perspectives the page offers as presets reproduce their rankings too.
        for view in try #require(model["perspectives"] as? [[String: Any]]) {
            let id = try #require(view["id"] as? String)
            let presetWeights = try #require(view["weights"] as? [Double])
            let expected = try RankingEngine.rank(study, options: RankOptions(perspective: id))
            for row in rows {
                let values = try #require(row["values"] as? [Double])
                let score = zip(presetWeights, values).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(abs(score - (expected.entry(row["id"] as? String ?? "")?.score ?? .nan)) < 1e-12)
            }
        }
    }

    @Test func anotherMethodSaysThePanelIsAdditive() throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let html = try Self.render(study, options: RankOptions(method: "topsis"))
        #expect(html.contains("This study ranks with topsis, which is not additive"))
        let model = try #require(Self.embeddedModel(html))
        #expect(model["method"] as? String == "wsm")
        #expect(model["normalization"] as? String == "scale")
    }

    @Test func chartRowsShowAnIdWhereANameWouldBeCutAndLegendsAreWhole() throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let base = try study.ranked()
        let html = HTMLReport.render(study: study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31")
        let rowLabels = html.matches(of: /<text x="[0-9.]+" y="[0-9.]+" text-anchor="end" fill="#000000">([^<]*)<\/text>/).map { String($0.1) }
        #expect(!rowLabels.isEmpty)
        #expect(rowLabels.allSatisfy { !$0.contains("…") }, "\(rowLabels.filter { $0.contains("…") })")
        // "Regional intelligence-sharing and cross-border coordination" is too long: its id stands in.
        #expect(rowLabels.contains("regional_intelligence"))
        #expect(rowLabels.contains("Quiet but forceful diplomacy with Kabul"))
        let legend = html.matches(of: /<text x="[0-9.]+" y="[0-9.]+" text-anchor="start" fill="#000000">(\d+ [^<]*)<\/text>/).map { String($0.1) }
        #expect(legend.count == study.leaves.count)
        #expect(legend.allSatisfy { !$0.contains("…") }, "\(legend)")
    }

    /// Charts may shrink to a phone's width, but not so far that 12-unit text shows under 10 px.
    @Test func noChartCanShrinkItsTextBelowTenPixels() throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let base = try study.ranked()
        let html = HTMLReport.render(study: study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31")
        let charts = html.matches(of: /<svg [^>]*width="([0-9.]+)" height="[0-9.]+" style="min-width: ([0-9.]+)px"[^>]*font-size="([0-9.]+)"/)
        #expect(charts.count == html.components(separatedBy: "<svg ").count - 1, "every chart states its minimum width")
        for chart in charts {
            let (width, minimum, size) = (Double(chart.1) ?? 0, Double(chart.2) ?? 0, Double(chart.3) ?? 0)
            #expect(minimum / width * size >= 10 - 1e-9, "a \(width)-wide chart may shrink to \(minimum) px: text \(minimum / width * size) px")
        }
        #expect(!html.contains("font-size=\"10\""), "no chart text is set smaller than the rest")
    }

    @Test func aStudyWithParticipantsGetsTheMappingSectionAndASummaryLine() throws {
        let study = Validator.validate(path: Fixtures.path("valid", "participants")).study
        let base = try study.ranked()
        let html = HTMLReport.render(study: study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31")
        #expect(html.contains("<section id=\"mapping\">"))
        #expect(html.contains("href=\"#mapping\""))
        #expect(html.contains("<li>Participants: Across 2 participants, Alpha (alpha) has the highest merit"))
        #expect(html.contains("aria-label=\"Each participant&#39;s pessimistic to optimistic total for every option\""))
    }

    @Test func everySectionAndChartIsThere() throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let base = try study.ranked()
        let packages = try #require(base.problem.portfolio)
        let portfolio = try PortfolioAnalysis.compute(base.problem, portfolio: packages, plan: base.plan)
            .withInclusion(base.problem, portfolio: packages, configuration: Self.smaa, requested: nil)
        let html = HTMLReport.render(
            study: study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31", portfolio: portfolio)
        // GAIA is for PROMETHEE studies, the mapping for studies with participants (below).
        for (id, _) in HTMLReport.contents where id != "gaia" && id != "mapping" { #expect(html.contains("<section id=\"\(id)\">"), "\(id)") }
        #expect(!html.contains("href=\"#mapping\""), "no contents link to a section that is not there")
        let first = try #require(html.range(of: "<section id=\""))
        #expect(html[first.upperBound...].hasPrefix("summary\""), "the summary is the first section")
        #expect(html.contains("The most sensitive weight is"))
        #expect(html.contains("Fund community"))
        // weights, contributions, the frontier, inclusion shares, tornado, heat map
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        #expect(html.contains("@page { size: A4"))
        #expect(!html.contains("http-equiv") && !html.contains("<link ") && !html.contains(" src=\""))
    }

    @Test func aStudyWithAPortfolioHasItsPackagesSection() throws {
        let outcome = Validator.validate(path: Fixtures.path("valid", "portfolio"))
        let problem = try #require(outcome.problem)
        let base = try RankedProblem(problem: problem, choices: RankOptions())
        let packages = try #require(problem.portfolio)
        let analysis = try PortfolioAnalysis.compute(problem, portfolio: packages, plan: base.plan)
            .withInclusion(problem, portfolio: packages, configuration: Self.smaa, requested: nil)
        let report = try SensitivityReport.compute(base, smaa: Self.smaa)
        let html = HTMLReport.render(study: outcome.study, base: base, report: report, date: "2025-01-31", portfolio: analysis)
        let section = try #require(html.components(separatedBy: "<section id=\"portfolio\">").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(section.contains("Fund alpha"))
        #expect(section.contains("Efficient frontier: score against cost"))
        #expect(section.contains("best: Alpha"))
        #expect(section.contains("Inclusion shares"))
        #expect(section.contains("The best package under each perspective"))
        #expect(section.components(separatedBy: "<svg ").count - 1 == 2, "the frontier and the inclusion bars")
        #expect(html.contains("<a href=\"#portfolio\">"))
    }

    @Test func aPartialRankingDrawsAHasseDiagramAndPrometheeAGAIAPlane() throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let base = try study.ranked(RankOptions(method: "promethee1"))
        let html = HTMLReport.render(study: study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31")
        #expect(html.contains("(Hasse diagram)"))
        #expect(html.contains("<section id=\"gaia\">"))
        #expect(html.contains("GAIA plane (δ = "))
        #expect(html.contains("href=\"#gaia\""))
        let wsm = try Self.render(study)
        #expect(!wsm.contains("(Hasse diagram)") && !wsm.contains("<section id=\"gaia\">"), "a complete ranking under wsm has neither")
    }

    @Test func hasseLinesAreOnlyTheCoveringPreferences() throws {
        let chart = try #require(HasseChart.render(PartialRankingTests.ranking))
        // a > c > d and b > d, with b = c indifferent and a, b incomparable: lines a→c, c→d, b→d.
        #expect(chart.components(separatedBy: "<line ").count - 1 == 3)
        #expect(chart.contains("a is preferred to c") && chart.contains("c is preferred to d") && chart.contains("b is preferred to d"))
        #expect(!chart.contains("a is preferred to d"), "implied by a > c > d, so not drawn")
    }

    @Test func aStudyWithoutAPortfolioHasNoPackagesSection() throws {
        let html = try Self.render(Validator.validate(path: Fixtures.path("valid", "minimal")).study)
        #expect(!html.contains("<section id=\"portfolio\">"))
        #expect(!html.contains("href=\"#portfolio\""))
    }

    @Test func aMethodThatCannotRankPackagesSaysSoInTheSection() throws {
        let outcome = Validator.validate(path: Fixtures.path("valid", "portfolio"))
        let base = try RankedProblem(problem: try #require(outcome.problem), choices: RankOptions(method: "topsis"))
        let html = HTMLReport.render(
            study: outcome.study, base: base, report: try SensitivityReport.compute(base, smaa: Self.smaa), date: "2025-01-31",
            portfolioRefusal: "No packages: topsis cannot score a package on its own.")
        #expect(html.contains("<section id=\"portfolio\">"))
        #expect(html.contains("No packages: topsis cannot score a package on its own."))
    }

    static func embeddedModel(_ html: String) -> [String: Any]? {
        let open = "<script type=\"application/json\" id=\"policyrank-model\">"
        guard let start = html.range(of: open), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else { return nil }
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        return (try? JSONSerialization.jsonObject(with: json)) as? [String: Any]
    }
}

/// Element ids in the report are unique (hostile input, class 7): policy `a` with criterion
/// `b-c` and policy `a-b` with criterion `c` used to share "note-a-b-c".
@Suite struct ReportElementIDTests {
    static func ids(_ html: String) -> [String] {
        html.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
    }

    @Test func idsDoNotCollideAcrossPoliciesAndCriteria() throws {
        var study = StudyBuilder.study(
            criteria: [StudyBuilder.leaf("c"), StudyBuilder.leaf("b-c")], options: [("a", [3, 7]), ("a-b", [6, 4])])
        study.policies[0].notes = ["b-c": Located("first", at: StudyBuilder.here), "c": Located("x", at: StudyBuilder.here)]
        study.policies[1].notes = ["c": Located("second", at: StudyBuilder.here), "b-c": Located("y", at: StudyBuilder.here)]
        let html = try HTMLReportTests.render(study)
        let ids = Self.ids(html)
        #expect(Set(ids).count == ids.count, "duplicated: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
        let shipped = try HTMLReportTests.render(Validator.validate(path: Fixtures.repositoryRoot.path).study)
        let shippedIDs = Self.ids(shipped)
        #expect(Set(shippedIDs).count == shippedIDs.count)
    }
}
