/// SMAA-2 rank acceptability as a heat map (options × ranks), with the confidence factors.
extension HTMLReport {
    /// Rows of the rank-acceptability heat map at most.
    static let heatMapRows = 40

    func acceptabilitySection() -> Markup {
        let smaa = report.acceptability
        let order = smaa.options.indices.sorted { a, b in
            smaa.acceptability[a].lexicographicallyPrecedes(smaa.acceptability[b], by: >)
                || (smaa.acceptability[a] == smaa.acceptability[b] && smaa.options[a] < smaa.options[b])
        }
        let labels = chartLabels
        // A map of hundreds of rows is a wall no room reads: the options most often near the
        // top are drawn, and the table below lists every option's first-rank acceptability.
        let drawn = Array(order.prefix(Self.heatMapRows))
        let names = drawn.map { labels[smaa.options[$0]] ?? smaa.options[$0] }
        let ranks = smaa.acceptability.first?.count ?? 0
        let chart = HeatMap.render(
            .init(
                title: "SMAA-2 rank acceptability", rowLabels: names,
                columnLabels: (0..<ranks).map { "Rank \($0 + 1)" }, shortColumnLabels: (0..<ranks).map { "\($0 + 1)" },
                values: drawn.map { smaa.acceptability[$0] },
                hover: { option, rank, share in "\(option) takes \(rank) in \(share) of samples" }))
        let omitted = order.count - drawn.count
        let caption =
            "Share of samples in which each option takes each rank (Lahdelma & Salminen 2001). Darker is more often."
            + (omitted > 0
                ? " The \(Self.heatMapRows) options most often ranked high are drawn; the other \(NumberFormat.grouped(omitted)) are in the table below and in policyrank sensitivity --format json."
                : "")
        let rows = order.map { i -> [Markup] in
            [
                Markup("\(optionNames[smaa.options[i]] ?? smaa.options[i])"),
                Markup("\(smaa.acceptability[i].first.map(SensitivitySections.percent) ?? "—")"),
                Markup("\(smaa.confidence[i].map(SensitivitySections.percent) ?? "—")"),
            ]
        }
        let configuration = smaa.configuration
        var model = configuration.weightModel.name
        if case .dirichlet(let concentration) = configuration.weightModel { model += " (concentration \(NumberFormat.plain(concentration)))" }
        return HTML.section(
            "smaa", "Rank acceptability (SMAA-2)",
            [
                HTML.paragraph(
                    "How often each option takes each rank when the weights are drawn at random (\(model) weight model) and uncertain scores are sampled within their ranges: \(configuration.samples) samples, seed \(configuration.seed). Method \(ranking.method)."
                ),
                HTML.figure(chart, caption: caption),
                HTML.table(["Option", "First-rank acceptability", "Confidence factor"], rows, numeric: [1, 2]),
                HTML.paragraph(
                    "Monte Carlo standard error at most \(NumberFormat.fixed(100 * smaa.standardError, 2)) percentage points. Confidence factor (Lahdelma & Salminen 2001): how often the option stays first when the scores are sampled at its own central weights — the weights that favour it most — not how likely the ranking is to be right; quote the first-rank acceptability instead.",
                    className: "note"),
            ] + evidenceWorthGetting())
    }

    /// The uncertain scores most worth pinning down (EVPPI), after the acceptabilities.
    private func evidenceWorthGetting() -> [Markup] {
        guard let voi = report.valueOfInformation else { return [] }
        let rows = voi.scores.prefix(SensitivitySections.evidenceRows).map { score -> [Markup] in
            [
                Markup("\(optionNames[score.option] ?? score.option)"), Markup("\(criterionNames[score.criterion] ?? score.criterion)"),
                Markup("\(NumberFormat.fixed(score.evppi, 4))"), Markup("\(SensitivitySections.percent(score.pChange))"),
            ]
        }
        return [
            Markup("<h3>Evidence worth getting</h3>\n"),
            HTML.paragraph(
                "Learning every uncertain score before choosing would be worth \(NumberFormat.fixed(voi.evpi, 4)) points of score on average (EVPI, at the study's weights; the choice now is \(optionNames[voi.reference] ?? voi.reference)). The scores below are worth most to learn (EVPPI), with how often learning each would change the choice."
            ),
            HTML.table(["Option", "Criterion", "EVPPI", "Changes the choice"], Array(rows), numeric: [2, 3]),
        ]
    }
}
