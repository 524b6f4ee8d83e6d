/// The sensitivity report as titled tables, shared by the terminal and Markdown renderers.
struct ReportSection {
    var title: String
    var intro: [String] = []
    var table: TextTable
    var notes: [String] = []
}

enum SensitivitySections {
    static func build(_ report: SensitivityReport) -> [ReportSection] {
        [thresholds(report), acceptability(report), evidence(report), methods(report), perspectives(report), participants(report)].compactMap { $0 }
    }

    /// How many of the most valuable uncertain scores the table lists.
    static let evidenceRows = 10

    /// "Evidence worth getting": the uncertain scores by EVPPI, what learning each is worth in
    /// score points and how likely it is to change the choice.
    static func evidence(_ report: SensitivityReport) -> ReportSection? {
        guard let voi = report.valueOfInformation else { return nil }
        var table = TextTable(headers: ["Option", "Criterion", "EVPPI", "Changes the choice"], alignments: [.left, .left, .right, .right])
        for score in voi.scores.prefix(evidenceRows) {
            table.rows.append([score.option, score.criterion, NumberFormat.fixed(score.evppi, 4), percent(score.pChange)])
        }
        let worthless = voi.scores.filter { $0.evppi < 1e-6 }.count
        var notes = [
            "EVPPI: the expected gain in score from learning that value exactly before choosing, at these weights; the choice now is \(voi.reference) (highest expected score). EVPPI by \(voi.evppiMethod)"
                + (voi.evppiStandardError > 0 ? ", standard error at most \(NumberFormat.fixed(voi.evppiStandardError, 4))." : ".")
        ]
        if voi.scores.count > evidenceRows { notes.append("\(voi.scores.count - evidenceRows) more in --format json.") }
        if worthless > 0 {
            notes.append(
                "\(worthless) of \(voi.scores.count) uncertain scores are worth almost nothing to learn (EVPPI below 0.000001): hardly any value in their range changes the choice."
            )
        }
        return ReportSection(
            title: "Evidence worth getting",
            intro: [
                "EVPI \(NumberFormat.fixed(voi.evpi, 4)) (±\(NumberFormat.fixed(voi.evpiStandardError, 4))): what learning every uncertain score would be worth, over \(NumberFormat.grouped(voi.samples)) samples (seed \(voi.seed))."
            ], table: table, notes: notes)
    }

    static func percent(_ value: Double) -> String { NumberFormat.fixed(100 * value, 1) + "%" }

    static func thresholds(_ report: SensitivityReport) -> ReportSection {
        var table = TextTable(
            headers: ["Criterion", "Weight", "Top changes below", "Top changes above", "Smallest change"],
            alignments: [.left, .right, .left, .left, .right])
        for threshold in report.thresholds {
            let lower = threshold.lower.map { "\(NumberFormat.fixed($0, 3)) → \(threshold.topAtLower ?? "?")" } ?? "never"
            let upper = threshold.upper.map { "\(NumberFormat.fixed($0, 3)) → \(threshold.topAtUpper ?? "?")" } ?? "never"
            table.rows.append([
                threshold.criterion, NumberFormat.fixed(threshold.weight, 3), lower, upper,
                threshold.relativeChange.map(percent) ?? "—",
            ])
        }
        var notes = ["Weights are effective (leaf) weights; moving one rescales the others in proportion."]
        if let critical = report.mostCritical, let change = critical.relativeChange {
            notes.append("Most critical: '\(critical.criterion)'; a \(percent(change)) change of its weight changes the top option.")
        } else {
            notes.append("No single weight change between 0 and 1 changes the top option.")
        }
        return ReportSection(title: "Critical weights (top: \(report.ranking.top?.id ?? "—"))", table: table, notes: notes)
    }

    static func acceptability(_ report: SensitivityReport) -> ReportSection {
        let smaa = report.acceptability
        let ranks = 0..<(smaa.acceptability.first?.count ?? 0)
        var table = TextTable(
            headers: ["Option"] + ranks.map { "Rank \($0 + 1)" } + ["Confidence factor"],
            alignments: [.left] + ranks.map { _ in .right } + [.right])
        let order = smaa.options.indices.sorted { a, b in
            smaa.acceptability[a].lexicographicallyPrecedes(smaa.acceptability[b], by: >)
                || (smaa.acceptability[a] == smaa.acceptability[b] && smaa.options[a] < smaa.options[b])
        }
        for i in order {
            table.rows.append([smaa.options[i]] + smaa.acceptability[i].map(percent) + [smaa.confidence[i].map(percent) ?? "—"])
        }
        let configuration = smaa.configuration
        var model = configuration.weightModel.name
        if case .dirichlet(let concentration) = configuration.weightModel { model += " (concentration \(NumberFormat.plain(concentration)))" }
        return ReportSection(
            title: "SMAA-2 rank acceptability",
            intro: ["\(configuration.samples) samples, seed \(configuration.seed), weights \(model), uncertain scores sampled."],
            table: table,
            notes: smaa.declined.map { "Not computed for a study this large: " + $0 + "." } + [
                "Monte Carlo standard error at most \(NumberFormat.fixed(100 * smaa.standardError, 2)) percentage points. Confidence factor (Lahdelma & Salminen 2001): how often the option stays first when the scores are sampled at its own central weights — the weights that favour it most — not how likely the ranking is to be right; the first-rank share (Rank 1) is the one to quote."
            ])
    }

    static func methods(_ report: SensitivityReport) -> ReportSection {
        let comparison = report.methods
        var table = TextTable(
            headers: ["Method", "Ranking", "Spearman vs \(report.ranking.method)", "Kendall vs \(report.ranking.method)"],
            alignments: [.left, .left, .right, .right])
        for method in comparison.methods {
            let ranking = comparison.rankings[method].map { $0.degeneracy == nil ? chain($0) : "not a ranking (see note)" } ?? ""
            table.rows.append([
                method, ranking,
                correlation(comparison.spearman[report.ranking.method]?[method] ?? nil),
                correlation(comparison.kendall[report.ranking.method]?[method] ?? nil),
            ])
        }
        let degenerate = comparison.methods.compactMap { comparison.rankings[$0]?.degeneracy }.map { "\($0.method): \($0.summary)" }
        return ReportSection(
            title: "Methods", table: table,
            notes: [
                "— : undefined, a ranking that ties every option has no correlation. In partial rankings (promethee1, electre3) ? joins options the method cannot compare; correlations read their ranks (1 + the options preferred to each)."
            ] + degenerate)
    }

    static func correlation(_ value: Double?) -> String {
        value.map { NumberFormat.fixed($0, 2) } ?? "—"
    }

    static func perspectives(_ report: SensitivityReport) -> ReportSection {
        stakeholders(report.perspectives, title: "Perspectives", head: "Perspective", notes: [])
    }

    /// Participants whose criteria are leaves of the tree, ranked as the study is.
    static func participants(_ report: SensitivityReport) -> ReportSection? {
        guard let participants = report.participants, !participants.entries.isEmpty else { return nil }
        return stakeholders(
            participants, title: "Participants", head: "Participant",
            notes: ["Each participant's own weights (a leaf they do not name weighs 0) and their own scores where they give them (participants/*.yaml)."])
    }

    private static func stakeholders(_ comparison: PerspectiveComparison, title: String, head: String, notes intro: [String]) -> ReportSection {
        var table = TextTable(headers: [head, "Top", "Changes top", "Ranking"], alignments: [.left, .left, .left, .left])
        table.rows.append(["(study weights)", comparison.baseline.top?.id ?? "—", "—", chain(comparison.baseline)])
        var notes = intro
        for entry in comparison.entries {
            table.rows.append([entry.perspective, entry.ranking.top?.id ?? "—", entry.changesTop ? "yes" : "no", chain(entry.ranking)])
            if let explanation = entry.explanation, let reason = explanation.differences.first(where: { $0.value > 0 }) {
                notes.append(
                    "'\(entry.perspective)' puts '\(explanation.first.id)' first, mainly through \(reason.criterion) (+\(NumberFormat.fixed(reason.value, 3)))."
                )
            }
        }
        return ReportSection(title: title, table: table, notes: notes)
    }

    /// "a > b = c > d": the order, with ties shown. In a partial ranking neighbours of one rank
    /// are joined by "=" when indifferent and "?" when incomparable, and every incomparable
    /// pair further apart is listed after the chain ("; a ? d"), so none is hidden.
    static func chain(_ ranking: Ranking) -> String {
        var text = ""
        var shown = Set<String>()
        for (index, entry) in ranking.entries.enumerated() {
            if index > 0 {
                let previous = ranking.entries[index - 1]
                if entry.rank != previous.rank {
                    text += " > "
                } else if ranking.incomparable(previous.id, entry.id) {
                    text += " ? "
                    shown.insert(previous.id + "|" + entry.id)
                } else {
                    text += " = "
                }
            }
            text += entry.id
        }
        let others = (ranking.relations?.incomparablePairs ?? []).filter { !shown.contains($0.0 + "|" + $0.1) && !shown.contains($0.1 + "|" + $0.0) }
        if !others.isEmpty { text += "; " + others.map { "\($0.0) ? \($0.1)" }.joined(separator: ", ") }
        return text
    }
}
