/// `policyrank report`: one self-contained HTML page for a workshop room or a printed handout,
/// built from a study and its sensitivity report. No network at all (inline CSS, SVG and
/// script), so it opens the same from a USB stick as from CI artifacts; A4 print styles; every
/// string from the study escaped.
///
/// The date is a parameter, not read from the clock, so the same inputs give the same bytes.
public struct HTMLReport: Sendable {
    public var study: Study
    public var report: SensitivityReport
    public var whatIf: WhatIfModel
    /// As printed under the title, e.g. "2025-06-30".
    public var date: String
    /// The packages of measures, when the study has a portfolio and the method can rank them.
    public var portfolio: PortfolioAnalysis?
    /// Why there are no packages although the study has a portfolio (the method cannot rank them).
    public var portfolioRefusal: String?
    /// The GAIA plane, for a study ranked by PROMETHEE.
    public var gaia: GAIAPlane?
    /// For each option not first: the smallest weight change and the smallest score change
    /// that would put it first (`FlipResult`).
    public var whatItWouldTake: [(weights: FlipResult, scores: FlipResult)] = []
    /// The multicriteria mapping of the study's participants, when it has any.
    public var mapping: MultiCriteriaMapping?

    /// Everything computed beforehand: rendering reads these values and cannot fail.
    public init(
        study: Study, report: SensitivityReport, whatIf: WhatIfModel, date: String, portfolio: PortfolioAnalysis? = nil,
        portfolioRefusal: String? = nil
    ) {
        self.portfolio = portfolio
        self.portfolioRefusal = portfolioRefusal
        self.study = study
        self.report = report
        self.date = date
        self.whatIf = whatIf
    }

    /// The report of a base ranking: sensitivity and the what-if model from the same problem and plan.
    public static func render(
        study: Study, base: RankedProblem, report: SensitivityReport, date: String, portfolio: PortfolioAnalysis? = nil, portfolioRefusal: String? = nil
    ) -> String {
        var page = HTMLReport(study: study, report: report, whatIf: WhatIfModel(base), date: date, portfolio: portfolio, portfolioRefusal: portfolioRefusal)
        if base.plan.method is PrometheeII || base.plan.method is PrometheeI { page.gaia = GAIAPlane(base.problem, plan: base.plan) }
        page.mapping = MappingProblem(validated: study).map { MultiCriteriaMapping($0) }
        if base.ranking.degeneracy == nil {
            // The runners-up a room asks about; every option of a large study would be thousands
            // of searches (`policyrank flip ID` answers for any one).
            page.whatItWouldTake = base.ranking.entries.filter { $0.rank > 1 }.prefix(Self.flipLines).compactMap { entry in
                guard let weights = FlipResult.compute(base.problem, plan: base.plan, target: entry.id, mode: .weights),
                    let scores = FlipResult.compute(base.problem, plan: base.plan, target: entry.id, mode: .scores)
                else { return nil }
                return (weights, scores)
            }
        }
        return page.render()
    }

    /// How many options below the top get a "what it would take" line.
    static let flipLines = 12

    var title: String { study.title ?? "policyrank report" }

    /// The GAIA plane, for a study ranked by PROMETHEE.
    func gaiaSection() -> Markup? {
        guard let gaia else { return nil }
        return HTML.section(
            "gaia", "GAIA plane",
            [
                HTML.paragraph(
                    "The options' per-criterion PROMETHEE net flows on their first two principal components (Mareschal & Brans 1988). The plane keeps \(NumberFormat.fixed(100 * gaia.delta, 1))% of their variance (δ)"
                        + (gaia.delta < 0.6 ? ", too little to read it with confidence." : ".")
                        + " Criteria pointing the same way agree, opposite ones conflict; options far along the decision axis rank high."),
                HTML.figure(
                    GAIAChart.render(gaia, names: criterionNames.merging(optionNames) { first, _ in first }),
                    caption: "GAIA plane; the thick arrow is the decision axis."),
            ])
    }
    var ranking: Ranking { report.ranking }

    /// Criterion id → display name, for the tables and charts that key by id.
    var criterionNames: [String: String] {
        Dictionary(study.allCriteria.map { ($0.id.value, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }

    /// The study's policies in its ranking's order (ties by id, as the ranking lists them):
    /// the one order of every table in the report, as in `compare`.
    var policiesInRankOrder: [Policy] {
        let byID = Dictionary(study.policies.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = ranking.entries.compactMap { byID[$0.id] }
        let listed = Set(ranked.map(\.id.value))
        return ranked + study.policies.filter { !listed.contains($0.id.value) }
    }

    /// Each note's number: options in rank order, criteria in tree order. The matrix marks a
    /// score with its note's number, and "Notes and sources" lists the notes under the same
    /// numbers, so on paper the marker still leads to its note.
    var noteNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for policy in policiesInRankOrder {
            for leaf in study.leaves where policy.notes[leaf.id.value] != nil {
                numbers[Self.noteID(policy.id.value, leaf.id.value)] = numbers.count + 1
            }
        }
        return numbers
    }

    /// Option id → the label a chart row shows: the name when it fits a chart's label column
    /// whole, else the id (short, and unique where cut names could read alike); and ids for
    /// every option when two names are the same.
    var chartLabels: [String: String] {
        let names = optionNames
        let fits = { (text: String) in SVG.fit(text, width: Self.chartLabelWidth - 8) == text }
        let duplicated = Dictionary(grouping: names.values, by: { $0 }).contains { $0.value.count > 1 }
        return Dictionary(
            uniqueKeysWithValues: names.map { id, name in (id, !duplicated && fits(name) ? name : id) })
    }

    /// A chart row's label: `name` when it fits the label column whole, else `id`.
    static func chartLabel(_ name: String, id: String) -> String {
        SVG.fit(name, width: chartLabelWidth - 8) == name ? name : id
    }

    /// The widest label column of the report's charts (`SVG.labelWidth`'s cap).
    static let chartLabelWidth = 300.0

    var optionNames: [String: String] {
        Dictionary(study.policies.map { ($0.id.value, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }

    static let contents: [(id: String, title: String)] = [
        ("summary", "Summary"), ("ranking", "Ranking"), ("tree", "Value tree and weights"), ("portfolio", "Packages of measures"),
        ("matrix", "Options and criteria"),
        ("perspectives", "Perspectives"), ("mapping", "Participants"), ("critical", "Critical weights"), ("smaa", "Rank acceptability (SMAA-2)"),
        ("methods", "Methods"), ("gaia", "GAIA plane"), ("what-if", "What if? Weights to try"), ("notes", "Notes and sources"),
    ]

    public func render() -> String {
        let sections: [Markup] = [
            summarySection(), rankingSection(), valueTreeSection(), portfolioSection(), matrixSection(), perspectivesSection(),
            mappingSection(), criticalSection(), acceptabilitySection(), methodsSection(), gaiaSection(), whatIfSection(), notesSection(),
        ].compactMap { $0 }
        let page: Markup = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="policyrank \(PolicyRankVersion.current)">
            <title>\(title)</title>
            <style>
            \(Markup(raw: ReportStyle.css))</style>
            </head>
            <body>
            \(header())<main>
            \(sections)</main>
            <footer>Generated by policyrank \(PolicyRankVersion.current) on \(date). Ties: scores equal within 1e-9 share a rank (competition ranking 1, 2, 2, 4; tied options listed by id).</footer>
            <script type="application/json" id="policyrank-model">\(Markup(raw: whatIf.json))</script>
            <script>
            \(Markup(raw: ReportScript.javaScript))</script>
            </body>
            </html>

            """
        return page.html
    }

    private func header() -> Markup {
        let parameters = ranking.parameters.map { "\($0.0) = \(NumberFormat.plain($0.1))" }.joined(separator: ", ")
        let perspective =
            ranking.perspective.map { id in
                Markup(" · perspective <strong>\(study.perspectives.first { $0.id.value == id }?.displayName ?? id)</strong>")
            } ?? ""
        let links = Self.contents.filter {
            ($0.id != "portfolio" || study.settings?.portfolio != nil) && ($0.id != "gaia" || gaia != nil) && ($0.id != "mapping" || mapping != nil)
        }.map {
            Markup("<li><a href=\"#\($0.id)\">\($0.title)</a></li>")
        }
        return """
            <header>
            <h1>\(title)</h1>
            <p class="meta"><time datetime="\(date)">\(date)</time> · \(study.policies.count) options · \(study.leaves.count) criteria · method <strong>\(ranking.method)</strong> (\(ranking.normalization.rawValue) normalization\(parameters.isEmpty ? "" : "; " + parameters)) · \(ranking.better.rawValue) score is better\(perspective)</p>
            <nav aria-label="Contents"><ol>\(links)</ol></nav>
            </header>

            """
    }
}
