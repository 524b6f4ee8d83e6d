/// Packages of measures, when the study declares a portfolio: the answer in one sentence,
/// the efficient frontier as a chart, the top packages, each measure's inclusion share as
/// bars, and the best package under every perspective.
extension HTMLReport {
    func portfolioSection() -> Markup? {
        guard study.settings?.portfolio != nil else { return nil }
        guard let analysis = portfolio else {
            return HTML.section(
                "portfolio", "Packages of measures",
                [HTML.paragraph(portfolioRefusal ?? "The packages were not computed.", className: "note")])
        }
        let package = { (members: [String]) in members.map { optionNames[$0] ?? $0 }.joined(separator: " + ") }
        var content: [Markup] = [HTML.paragraph(PortfolioText.answer(analysis)), HTML.paragraph(PortfolioText.constraintsLine(analysis), className: "note")]
        if let budget = analysis.budgets.first {
            var points: [FrontierChart.Point] = []
            let best = analysis.best?.members
            let efficient = Set(analysis.frontier.map(\.members))
            for candidate in analysis.frontier + analysis.top.map(\.package) where !points.contains(where: { $0.label == package(candidate.members) }) {
                points.append(
                    FrontierChart.Point(
                        label: package(candidate.members), use: candidate.uses[0], score: candidate.score,
                        efficient: efficient.contains(candidate.members), best: candidate.members == best))
            }
            content.append(
                HTML.figure(
                    FrontierChart.render(
                        title: "Efficient frontier: score against \(budget.criterion)", budget: budget.criterion, limit: budget.limit, points: points),
                    caption:
                        "Efficient packages (blue, joined) score more than any package that uses as little of the budget; grey: other top packages. The dashed line is the budget."
                ))
        }
        let budgets = analysis.budgets.map(\.criterion)
        content.append(
            HTML.table(
                ["Rank", "Package", "Score"] + budgets,
                analysis.top.map { entry in
                    [Markup("\(entry.rank)"), Markup("\(package(entry.package.members))"), Markup("\(NumberFormat.fixed(entry.package.score))")]
                        + entry.package.uses.map { Markup("\(NumberFormat.plain(PortfolioText.rounded($0)))") }
                }, numeric: Set([0, 2] + budgets.indices.map { $0 + 3 }),
                caption: "The best \(analysis.top.count) of \(NumberFormat.grouped(analysis.feasible)) feasible packages"))
        if let inclusion = analysis.inclusion {
            let bars = analysis.measures.indices.map { p in
                BarChart.Bar(
                    label: analysis.measures[p].name, value: inclusion.share[p],
                    hover: "\(analysis.measures[p].name): in the best package in \(PortfolioText.percent(inclusion.share[p])) of samples")
            }
            content.append(
                HTML.figure(
                    BarChart.render(
                        BarChart.Input(
                            title: "Inclusion shares", axisLabel: "share of samples whose best package contains the measure", bars: bars, decimals: 2)),
                    caption:
                        "How often each measure is in the best package over \(NumberFormat.grouped(inclusion.samples)) samples of the weights and uncertain scores (seed \(inclusion.seed)). At least 0.9: robust core; below 0.1: exterior."
                ))
            content += PortfolioText.standingLines(analysis).map { HTML.paragraph($0, className: "note") }
        }
        if !analysis.perspectives.isEmpty {
            content.append(
                HTML.table(
                    ["Perspective", "Best package", "Score"],
                    analysis.perspectives.map { row in
                        [
                            Markup("\(row.name)"), Markup("\(row.best.map { package($0.members) } ?? "none feasible")"),
                            Markup("\(row.best.map { NumberFormat.fixed($0.score) } ?? "—")"),
                        ]
                    }, numeric: [2], caption: "The best package under each perspective's weights"))
            if let agreement = PortfolioText.perspectiveAgreement(analysis) { content.append(HTML.paragraph(agreement)) }
        }
        return HTML.section("portfolio", "Packages of measures", content)
    }
}
