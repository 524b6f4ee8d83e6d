/// The answer first (issue "handouts for the room"): what ranks first and how sure that is,
/// what would change it, which judgement is most worth checking, and the package to fund —
/// each a sentence drawn from the analyses below it, so the first screen and the first printed
/// page carry the conclusion.
extension HTMLReport {
    func summarySection() -> Markup {
        var points: [Markup] = []
        if let top = ranking.top {
            var sentence =
                "At the study's weights \(optionNames[top.id] ?? top.id) ranks first under \(ranking.method) (score \(NumberFormat.fixed(top.score)))."
            if let verdict = RankingTableRenderer.verdict(ranking) { sentence += " " + verdict }
            points.append(Markup("<li>\(sentence)</li>"))
        }
        if let critical = report.mostCritical, let change = critical.relativeChange {
            let taker = (critical.lower.map { _ in critical.topAtLower } ?? nil) ?? critical.topAtUpper
            points.append(
                Markup(
                    "<li>The most sensitive weight is \(criterionNames[critical.criterion] ?? critical.criterion): changing it by \(SensitivitySections.percent(change)) of itself puts \(taker.map { optionNames[$0] ?? $0 } ?? "another option") first.</li>"
                ))
        }
        let flips = report.perspectives.entries.filter(\.changesTop)
        if !flips.isEmpty {
            let list = flips.map { "\($0.name) (\(optionNames[$0.ranking.top?.id ?? ""] ?? $0.ranking.top?.id ?? "—"))" }
            points.append(Markup("<li>Perspectives that put another option first: \(PortfolioText.list(list)).</li>"))
        } else if !report.perspectives.entries.isEmpty {
            points.append(Markup("<li>Every stakeholder perspective keeps the same option first.</li>"))
        }
        if let closest = whatItWouldTake.first, let d = closest.weights.distance, closest.weights.possible {
            let name = optionNames[closest.weights.target] ?? closest.weights.target
            points.append(Markup("<li>The runner-up, \(name), would come first if some weight moved by \(NumberFormat.fixed(100 * d, 1))% of itself.</li>"))
        }
        if let voi = report.valueOfInformation, let worth = voi.scores.first, worth.evppi > 1e-6 {
            points.append(
                Markup(
                    "<li>The judgement most worth checking before deciding: \(optionNames[worth.option] ?? worth.option) on \(criterionNames[worth.criterion] ?? worth.criterion) (learning it changes the choice in \(SensitivitySections.percent(worth.pChange)) of cases).</li>"
                ))
        }
        if let portfolio {
            points.append(Markup("<li>\(PortfolioText.answer(portfolio))</li>"))
            if let agreement = PortfolioText.perspectiveAgreement(portfolio) { points.append(Markup("<li>\(agreement)</li>")) }
        }
        if let line = mappingSummary { points.append(line) }
        return HTML.section("summary", "Summary", [Markup("<ul class=\"summary\">\n\(points.map { $0 + Markup("\n") })</ul>\n")])
    }
}
