/// The ranking under each stakeholder perspective: each option's rank, whether the top
/// changes and why, and the weights each perspective gives the top-level groups.
extension HTMLReport {
    func perspectivesSection() -> Markup {
        let comparison = report.perspectives
        guard !comparison.entries.isEmpty else {
            return HTML.section("perspectives", "Perspectives", [HTML.paragraph("The study defines no stakeholder perspectives.")])
        }
        let ids = policiesInRankOrder.map(\.id.value)
        func ranks(_ ranking: Ranking) -> [Markup] {
            ids.map { id in Markup("\(ranking.entry(id).map { String($0.rank) } ?? "—")") }
        }
        var rows: [[Markup]] = [[Markup("<em>Study weights</em>"), Markup("\(comparison.baseline.top?.id ?? "—")"), "—"] + ranks(comparison.baseline)]
        for entry in comparison.entries {
            rows.append(
                [
                    Markup("\(entry.name) \(HTML.code(entry.perspective))"), Markup("\(entry.ranking.top?.id ?? "—")"),
                    Markup("\(entry.changesTop ? "yes" : "no")"),
                ] + ranks(entry.ranking))
        }
        let table = HTML.table(
            ["Perspective", "Top", "Changes top"] + ids, rows,
            numeric: Set(3..<(3 + ids.count)))
        let reasons = comparison.entries.compactMap { entry -> Markup? in
            guard let explanation = entry.explanation, let reason = explanation.differences.first(where: { $0.value > 0 }) else { return nil }
            return HTML.paragraph(
                "\(entry.name) puts '\(explanation.first.id)' first, mainly through \(criterionNames[reason.criterion] ?? reason.criterion) (+\(NumberFormat.fixed(reason.value, 3)) in contribution).",
                className: "note")
        }
        return HTML.section(
            "perspectives", "Perspectives",
            [
                HTML.paragraph(
                    "Each perspective overrides the weights of the criteria it names; the others keep the study's weights. Ranked with \(ranking.method); one column per option with its rank."
                ),
                table,
            ] + reasons + [groupWeights()])
    }

    private func groupWeights() -> Markup {
        let groups = study.criteria
        func row(_ label: Markup, _ overrides: [String: Double]) -> [Markup] {
            let weights = EffectiveWeights.nodeWeights(study.criteria, overrides: overrides)
            return [label] + groups.map { Markup("\(SensitivitySections.percent(weights[$0.id.value] ?? 0))") }
        }
        let rows = [row("<em>Study weights</em>", [:])] + study.perspectives.map { row(Markup("\($0.displayName)"), $0.overrideMap) }
        return HTML.table(
            ["Weights of the top-level groups"] + groups.map(\.displayName), rows,
            numeric: Set(1...max(groups.count, 1)), caption: "Effective weight of each top-level group under each perspective")
    }
}
