/// The ranking under every method, with rank correlations against the study's method, so a
/// reader sees whether the winner is an artefact of the aggregation rule.
extension HTMLReport {
    func methodsSection() -> Markup {
        let comparison = report.methods
        let ids = policiesInRankOrder.map(\.id.value)
        let reference = ranking.method
        let rows = comparison.methods.map { method -> [Markup] in
            let result = comparison.rankings[method]
            let label = method == reference ? Markup("<strong>\(method)</strong>") : Markup("\(method)")
            let degenerate = result?.degeneracy != nil
            let ranks = ids.map { id in Markup("\(degenerate ? "—" : result?.entry(id).map { String($0.rank) } ?? "—")") }
            return [label, Markup("\(degenerate ? "not a ranking" : result?.top?.id ?? "—")")] + ranks + [
                Markup("\(SensitivitySections.correlation(comparison.spearman[reference]?[method] ?? nil))"),
                Markup("\(SensitivitySections.correlation(comparison.kendall[reference]?[method] ?? nil))"),
            ]
        }
        let headers = ["Method", "Top"] + ids + ["Spearman vs \(reference)", "Kendall vs \(reference)"]
        return HTML.section(
            "methods", "Methods",
            [
                HTML.paragraph(
                    "The study ranked by every method with its own default normalization and parameters; Spearman and Kendall (τ-b) rank correlations with \(reference). One column per option with its rank."
                ),
                Markup(raw: "<div class=\"wide\">") + HTML.table(headers, rows, numeric: Set(2..<(4 + ids.count))) + Markup(raw: "</div>\n"),
                HTML.paragraph("— : undefined, a ranking that ties every option has no correlation.", className: "note"),
            ]
                + comparison.methods.compactMap { comparison.rankings[$0]?.degeneracy }.map {
                    HTML.paragraph("\($0.method): \($0.summary)", className: "warning")
                })
    }
}
