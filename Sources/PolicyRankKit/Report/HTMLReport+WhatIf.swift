/// The what-if panel: a slider per leaf criterion that re-ranks the options live under the
/// additive model. The table is also rendered here at the starting weights, so the page
/// prints and reads without JavaScript; the script (`ReportScript`) rewrites it and marks it
/// `data-source="script"`, which is how the browser test knows the script ran.
extension HTMLReport {
    func whatIfSection() -> Markup {
        var intro = [
            HTML.paragraph(
                "Move a slider to change a criterion's weight; the weights are renormalized to sum 1 and the options re-ranked at once with the additive model (weighted sum of \(whatIf.normalization.rawValue)-normalized values; ties within 1e-9 share a rank). Uncertain scores stay at their likely values. Add #weights=criterion:weight,… to the page address to open it with those weights (criteria left out weigh 0)."
            )
        ]
        if ranking.method != "wsm" {
            intro.append(
                HTML.paragraph(
                    "This study ranks with \(ranking.method), which is not additive: the panel uses the additive model (wsm), so its scores and order can differ from the ranking above even at the study's weights.",
                    className: "warning"))
        }
        return HTML.section(
            "what-if", "What if? Weights to try",
            intro + [
                "<div class=\"whatif\">\n<div class=\"whatif-controls\">\n\(presets())\(sliders())<p><a id=\"whatif-link\" href=\"#\">Link to these weights</a></p>\n</div>\n",
                "<div class=\"whatif-result\">\n\(resultTable())<p id=\"whatif-status\" class=\"note\">Starting weights: \(ranking.perspective ?? "the study's").</p>\n",
                "<noscript><p class=\"warning\">The sliders need JavaScript; the table shows the starting weights.</p></noscript>\n</div>\n</div>\n",
            ])
    }

    private func presets() -> Markup {
        let choices =
            [Markup("<option value=\"\">Starting weights</option>")]
            + whatIf.perspectives.map { Markup("<option value=\"\($0.id)\">\($0.name)</option>") }
        return """
            <p class="presets"><label>Start from <select id="whatif-preset">\(choices)</select></label> \
            <button type="button" id="whatif-reset">Reset</button></p>

            """
    }

    private func sliders() -> Markup {
        var groups: [(name: String, leaves: [WhatIfModel.Leaf])] = []
        for leaf in whatIf.leaves {
            if groups.last?.name == leaf.group { groups[groups.count - 1].leaves.append(leaf) } else { groups.append((leaf.group, [leaf])) }
        }
        let sets = groups.map { group -> Markup in
            let rows = group.leaves.map { leaf -> Markup in
                let percent = NumberFormat.fixed(100 * leaf.weight, 6)
                return """
                    <div class="slider"><label for="weight-\(leaf.id)">\(leaf.name)</label>\
                    <input type="range" id="weight-\(leaf.id)" data-leaf="\(leaf.id)" min="0" max="100" step="any" value="\(percent)">\
                    <output id="share-\(leaf.id)" for="weight-\(leaf.id)">\(SensitivitySections.percent(leaf.weight))</output></div>

                    """
            }
            return "<fieldset><legend>\(group.name)</legend>\n\(rows)</fieldset>\n"
        }
        return "\(sets)"
    }

    private func resultTable() -> Markup {
        let entries = whatIf.ranking.entries
        let largest = entries.map { abs($0.score) }.max() ?? 0
        let rows = entries.map { entry -> Markup in
            let width = largest > 0 ? 100 * abs(entry.score) / largest : 0
            return """
                <tr data-id="\(entry.id)" data-rank="\(String(entry.rank))" data-score="\(ScriptJSON.number(entry.score))">\
                <td class="num">\(String(entry.rank))</td><td>\(entry.name)</td><td class="num">\(NumberFormat.fixed(entry.score, 4))</td>\
                <td class="bar"><span class="meter"><span style="width: \(NumberFormat.fixed(width, 1))%"></span></span></td></tr>

                """
        }
        return """
            <table class="data" id="whatif-ranking"><caption>Ranking with these weights (wsm)</caption>
            <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Option</th><th scope="col" class="num">Score</th><th scope="col"></th></tr></thead>
            <tbody id="whatif-body" data-source="static">
            \(rows)</tbody></table>

            """
    }
}
