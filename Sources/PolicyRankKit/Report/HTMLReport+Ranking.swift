/// The ranking table and a chart of it: stacked contribution bars for additive methods (each
/// criterion's w·r, which sum to the score), plain score bars for the others.
extension HTMLReport {
    func rankingSection() -> Markup {
        let sampled = ranking.firstPlace != nil
        let measured = ranking.baseline != nil
        let rows = ranking.entries.map { entry -> [Markup] in
            let top = entry.topContributions()
                .map { "\(criterionNames[$0.criterion] ?? $0.criterion) \(NumberFormat.fixed($0.value, 3))" }
                .joined(separator: "; ")
            return [
                Markup("\(String(entry.rank))"), Markup("\(entry.name) \(HTML.code(entry.id))"),
                Markup("\(NumberFormat.fixed(entry.score, 4))"),
            ] + (measured ? [Markup("\(RankingTableRenderer.versusBaseline(entry, ranking))")] : [])
                + (sampled ? [Markup("\(RankingTableRenderer.firstShare(entry))")] : []) + (entry.contributions == nil ? [] : [Markup("\(top)")])
        }
        let additive = ranking.entries.allSatisfy { $0.contributions != nil }
        let table = HTML.table(
            ["Rank", "Option", "Score"] + (measured ? ["vs baseline"] : []) + (sampled ? ["First in"] : []) + (additive ? ["Largest contributions"] : []), rows,
            numeric: Set([0, 2] + (measured ? [3] : []) + (sampled ? [measured ? 4 : 3] : [])))
        let labels = chartLabels
        let chart =
            additive
            ? contributionChart()
            : BarChart.render(
                .init(
                    title: "Scores under \(ranking.method)", axisLabel: "Score (\(ranking.better.rawValue) is better)",
                    bars: ranking.entries.map {
                        .init(label: labels[$0.id] ?? $0.name, value: $0.score, hover: "#\($0.rank) \($0.name): \(NumberFormat.fixed($0.score, 4))")
                    },
                    decimals: 4))
        var notes = [
            HTML.paragraph(
                "Method \(ranking.method), \(ranking.normalization.rawValue) normalization; \(ranking.better.rawValue) score is better. Uncertain scores are ranked at their likely value (the midpoint of {low, high})."
            )
        ]
        if let verdict = RankingTableRenderer.verdict(ranking) {
            let contested = ranking.top.map { ranking.firstPlace?.isContested(top: $0.id) ?? false } ?? false
            notes.insert(HTML.paragraph(verdict + " \"First in\" is each option's share of those samples.", className: contested ? "warning" : "note"), at: 0)
        }
        if let baseline = RankingTableRenderer.baselineNote(ranking) {
            notes.append(HTML.paragraph(baseline, className: ranking.worseThanBaseline.isEmpty ? "note" : "warning"))
        }
        if let compromise = ranking.compromise {
            notes.append(HTML.paragraph("VIKOR compromise set: \(compromise.joined(separator: ", ")).", className: "note"))
        }
        var partial: [Markup] = []
        if !whatItWouldTake.isEmpty {
            let lines = whatItWouldTake.map { flip -> Markup in
                let name = optionNames[flip.weights.target] ?? flip.weights.target
                func part(_ result: FlipResult, _ what: String) -> String {
                    guard result.possible, let d = result.distance else { return "no \(what) change within the ranges does it" }
                    return what == "weight"
                        ? "some weight moved by \(NumberFormat.fixed(100 * d, 1))% of itself"
                        : "the uncertain scores moved \(NumberFormat.fixed(100 * d, 1))% of the way to their ends"
                }
                return Markup("<li><strong>\(name)</strong>: \(part(flip.weights, "weight")); or \(part(flip.scores, "score")).</li>")
            }
            partial.append(
                Markup(
                    "<h3>What it would take for each option to come first</h3>\n<ul class=\"flips\">\(lines)</ul>\n<p class=\"note\">The smallest change of the weights alone, and of the uncertain scores alone (the option's towards their better ends, its rivals' towards their worse): policyrank flip ID shows the weights and scores\(ranking.entries.count > Self.flipLines + 1 ? Markup(raw: ", for any option (only the \(Self.flipLines) just below the top are listed here)") : "").</p>\n"
                ))
        }
        if let relations = ranking.relations, let hasse = HasseChart.render(ranking, names: optionNames) {
            let pairs = relations.incomparablePairs
            partial.append(
                HTML.figure(
                    hasse,
                    caption: "A line runs down from each option to those it is preferred to (directly). "
                        + (pairs.isEmpty
                            ? "No pair is incomparable."
                            : "Incomparable: " + pairs.map { "\(optionNames[$0.0] ?? $0.0) and \(optionNames[$0.1] ?? $0.1)" }.joined(separator: "; ") + ".")))
        }
        return HTML.section(
            "ranking", "Ranking",
            notes + [
                table,
                HTML.figure(
                    chart,
                    caption: additive
                        ? "Each bar is an option's score split into its criteria's contributions (weight × normalized value)." : "Scores of the options."),
            ] + partial)
    }

    /// Leaves of one top-level group share its Okabe–Ito hue in lighter shades, so eleven or
    /// more criteria stay readable with eight colours.
    func leafColors() -> [String: String] {
        var colors: [String: String] = [:]
        for (index, root) in study.criteria.enumerated() {
            let leaves = root.subtree.filter(\.isLeaf)
            for (position, leaf) in leaves.enumerated() {
                let amount = leaves.count > 1 ? 0.6 * Double(position) / Double(leaves.count - 1) : 0
                colors[leaf.id.value] = Palette.tint(Palette.categorical(index), amount)
            }
        }
        return colors
    }

    private func contributionChart() -> String {
        let colors = leafColors()
        let labels = chartLabels
        return StackedBarChart.render(
            .init(
                title: "Contributions to each option's score",
                axisLabel: "Score (sum of contributions)",
                series: ranking.criteria.map { .init(label: $0.name, color: colors[$0.id] ?? Palette.categorical(0)) },
                rows: ranking.entries.map { entry in
                    .init(
                        label: labels[entry.id] ?? entry.name,
                        values: ranking.criteria.map { criterion in
                            entry.contributions?.first { $0.criterion == criterion.id }?.value ?? 0
                        })
                }))
    }
}
