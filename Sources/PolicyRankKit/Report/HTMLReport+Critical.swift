/// Critical weights (the nearest weights at which the top changes) and a tornado chart of the
/// one-at-a-time sweep: how the top option's lead moves when each weight goes to 0 and to 1.
extension HTMLReport {
    func criticalSection() -> Markup {
        let rows = report.thresholds.map { threshold -> [Markup] in
            let lower = threshold.lower.map { "\(NumberFormat.fixed($0, 3)) → \(threshold.topAtLower ?? "?")" } ?? "never"
            let upper = threshold.upper.map { "\(NumberFormat.fixed($0, 3)) → \(threshold.topAtUpper ?? "?")" } ?? "never"
            let critical = threshold.criterion == report.mostCritical?.criterion
            let name = criterionNames[threshold.criterion] ?? threshold.criterion
            return [
                critical ? Markup("<strong>\(name)</strong>") : Markup("\(name)"), Markup("\(NumberFormat.fixed(threshold.weight, 3))"),
                Markup("\(lower)"), Markup("\(upper)"), Markup("\(threshold.relativeChange.map(SensitivitySections.percent) ?? "—")"),
            ]
        }
        let top = ranking.top?.id ?? "—"
        var content: [Markup] = [
            HTML.paragraph(
                "For each criterion (leaves and groups of the value tree): the nearest weight below and above the current one at which the top option (\(top)) changes, the others rescaled in proportion, and who takes over."
            ),
            HTML.table(["Criterion", "Weight", "Top changes below", "Top changes above", "Smallest change"], rows, numeric: [1, 4]),
        ]
        if let critical = report.mostCritical, let change = critical.relativeChange {
            content.append(
                HTML.paragraph(
                    "Most critical: \(criterionNames[critical.criterion] ?? critical.criterion); a \(SensitivitySections.percent(change)) change of its weight changes the top option.",
                    className: "note"))
        } else {
            content.append(HTML.paragraph("No single weight change between 0 and 1 changes the top option.", className: "note"))
        }
        if let chart = tornado() {
            content.append(
                HTML.figure(
                    chart,
                    caption:
                        "The lead of \(top) over the best other option when one weight goes to 0 or to 1 (the others rescaled in proportion). A bar that crosses the dashed line at 0 marks a criterion whose weight alone can change the top."
                ))
        }
        return HTML.section("critical", "Critical weights", content)
    }

    /// The top's lead: its score minus the best other's (reversed when lower is better), so
    /// positive always means "still on top".
    func lead(_ scores: [Double], top: Int) -> Double {
        let others = scores.indices.filter { $0 != top }.map { scores[$0] }
        guard !others.isEmpty else { return 0 }
        return ranking.better == .higher ? scores[top] - (others.max() ?? 0) : (others.min() ?? 0) - scores[top]
    }

    private func tornado() -> String? {
        let ids = study.policies.map(\.id.value)
        guard let topID = ranking.top?.id, let top = ids.firstIndex(of: topID) else { return nil }
        let scores = ids.map { ranking.entry($0)?.score ?? 0 }
        let groups = Dictionary(report.groups.map { ($0.id, $0.isLeaf) }, uniquingKeysWith: { first, _ in first })
        let rows = report.sweep.compactMap { sweep -> TornadoChart.Row? in
            guard let first = sweep.points.first, let last = sweep.points.last else { return nil }
            let name = criterionNames[sweep.criterion] ?? sweep.criterion
            return .init(
                label: Self.chartLabel(groups[sweep.criterion] == false ? "\(name) (group)" : name, id: sweep.criterion),
                atLow: lead(first.scores, top: top), atHigh: lead(last.scores, top: top))
        }
        guard !rows.isEmpty else { return nil }
        return TornadoChart.render(
            .init(
                title: "Lead of \(topID) as each weight sweeps from 0 to 1", axisLabel: "Lead of \(topID) over the best other option",
                base: lead(scores, top: top), lowLegend: "weight 0", highLegend: "weight 1", rows: rows,
                reference: .init(value: 0, label: "top changes"), decimals: 4))
    }
}
