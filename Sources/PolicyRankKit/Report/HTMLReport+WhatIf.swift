/// The what-if panel: a slider per leaf criterion that re-ranks the options live under the
/// additive model. The table is also rendered here at the starting weights, so the page
/// prints and reads without JavaScript; the script (`ReportScript`) rewrites it and marks it
/// `data-source="script"`, which is how the browser test knows the script ran.
extension HTMLReport {
    func whatIfSection() -> Markup {
        var intro = [
            HTML.paragraph(
                "Each slider sets a criterion's relative importance, 0 to 100; beside it is the share of the total weight that gives it, and every share changes as any slider moves, since shares always add up to 100%. A group's slider scales all of its criteria together. The options are re-ranked at once with the additive model (weighted sum of \(whatIf.normalization.rawValue)-normalized values; ties within 1e-9 share a rank); the arrows show each option's move against the study's own ranking. Uncertain scores stay at their likely values. The page address keeps the weights (#weights=criterion:weight,…; criteria left out weigh 0), so a link or a reload opens the same view."
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
                    <input type="range" id="weight-\(leaf.id)" data-leaf="\(leaf.id)" min="0" max="100" step="any" value="\(percent)" aria-describedby="share-\(leaf.id)">\
                    <output id="share-\(leaf.id)" for="weight-\(leaf.id)" title="share of the total weight">\(SensitivitySections.percent(leaf.weight))</output></div>

                    """
            }
            // A group of several criteria gets a slider of its own: their mean importance.
            let groupRow: Markup
            if group.leaves.count > 1, let id = group.leaves.first?.groupID {
                let share = group.leaves.map(\.weight).reduce(0, +)
                let mean = NumberFormat.fixed(100 * share / Double(group.leaves.count), 6)
                groupRow = """
                    <div class="slider group"><label for="group-\(id)">All of \(group.name)</label>\
                    <input type="range" id="group-\(id)" data-group="\(id)" min="0" max="100" step="any" value="\(mean)" aria-describedby="group-share-\(id)">\
                    <output id="group-share-\(id)" for="group-\(id)" title="the group's share of the total weight">\(SensitivitySections.percent(share))</output></div>

                    """
            } else {
                groupRow = ""
            }
            return "<fieldset><legend>\(group.name)</legend>\n\(groupRow)\(rows)</fieldset>\n"
        }
        return "\(sets)"
    }

    /// "↑2" (two places up on the study's ranking), "↓1", "=": the same words as the script's.
    static func move(from study: Int?, to rank: Int) -> (text: String, title: String) {
        guard let study else { return ("", "") }
        if study == rank { return ("=", "rank \(study) in the study's ranking too") }
        return study > rank ? ("↑\(study - rank)", "rank \(study) in the study's ranking") : ("↓\(rank - study)", "rank \(study) in the study's ranking")
    }

    private func resultTable() -> Markup {
        let entries = whatIf.ranking.entries
        let largest = entries.map { abs($0.score) }.max() ?? 0
        let study = Dictionary(whatIf.studyRanks.map { ($0.id, $0.rank) }, uniquingKeysWith: { first, _ in first })
        let rows = entries.map { entry -> Markup in
            let width = largest > 0 ? 100 * abs(entry.score) / largest : 0
            let move = Self.move(from: study[entry.id], to: entry.rank)
            return """
                <tr data-id="\(entry.id)" data-rank="\(String(entry.rank))" data-score="\(ScriptJSON.number(entry.score))">\
                <td class="num">\(String(entry.rank))</td><td>\(entry.name)</td><td class="num">\(NumberFormat.fixed(entry.score, 4))</td>\
                <td class="move" title="\(move.title)">\(move.text)</td>\
                <td class="bar"><span class="meter"><span style="width: \(NumberFormat.fixed(width, 1))%"></span></span></td></tr>

                """
        }
        return """
            <div class="wide"><table class="data" id="whatif-ranking"><caption>Ranking with these weights (wsm)</caption>
            <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Option</th><th scope="col" class="num">Score</th><th scope="col">vs study</th><th scope="col"></th></tr></thead>
            <tbody id="whatif-body" data-source="static">
            \(rows)</tbody></table></div>

            """
    }
}
