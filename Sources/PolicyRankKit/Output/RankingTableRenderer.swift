/// The terminal table planners read after every edit: rank, option, score, and the
/// criteria that contribute most, under a line stating the method and its conventions.
public enum RankingTableRenderer {
    /// With a terminal `width`, names are wrapped instead of cut at 44 characters, and the
    /// names and contributions columns narrow so the table fits.
    public static func render(_ ranking: Ranking, color: Bool = false, width: Int? = nil) -> String {
        let detailNames = ranking.entries.first?.details?.map(\.0) ?? []
        let additive = ranking.entries.first?.contributions != nil
        let sampled = ranking.firstPlace != nil
        let measured = ranking.baseline != nil
        var table = TextTable(
            headers: ["Rank", "Id", "Name", "Score"] + (measured ? ["vs baseline"] : []) + detailNames + (sampled ? ["First"] : [])
                + (additive ? [ranking.better == .higher ? "Top contributions" : "Largest distances"] : []),
            alignments: [.right, .left, .left, .right] + (measured ? [.right] : []) + detailNames.map { _ in .right } + (sampled ? [.right] : [])
                + (additive ? [.left] : []))
        for entry in ranking.entries {
            table.rows.append(
                [String(entry.rank), entry.id, width == nil ? entry.name.truncated(to: 44) : entry.name, NumberFormat.fixed(entry.score)]
                    + (measured ? [versusBaseline(entry, ranking)] : [])
                    + (entry.details ?? []).map { NumberFormat.fixed($0.1) }
                    + (sampled ? [firstShare(entry)] : [])
                    + (additive ? [topContributions(entry)] : []))
        }
        var output = ""
        if let title = ranking.title.map(TerminalText.visible) { output += (color ? ANSI.wrap(title, ANSI.bold) : title) + "\n" }
        let prose = { (text: String) in width.map { TextTable.wrap(text, to: $0).joined(separator: "\n") } ?? text }
        output += prose(conventionLine(ranking)) + "\n\n"
        table.wrapping = [2, table.headers.count - 1]
        output += table.render(boldHeader: color, width: width)
        if let verdict = verdict(ranking) { output += "\n" + prose(verdict) + "\n" }
        if let baseline = baselineNote(ranking) { output += prose(baseline) + "\n" }
        if let compromise = ranking.compromise {
            output += "\nCompromise solution (VIKOR): " + compromise.joined(separator: ", ") + "\n"
        }
        if let relations = ranking.relations {
            output += incomparabilities(relations)
        }
        return output
    }

    /// "vs baseline": the difference from the status quo, "baseline" on its own row, and "!"
    /// after an option that ranks below it.
    static func versusBaseline(_ entry: Ranking.Entry, _ ranking: Ranking) -> String {
        guard entry.id != ranking.baseline else { return "baseline" }
        guard let difference = entry.vsBaseline else { return "—" }
        let worse = ranking.worseThanBaseline.contains { $0.id == entry.id }
        return (difference >= 0 ? "+" : "−") + NumberFormat.fixed(abs(difference)) + (worse ? " !" : "")
    }

    /// Which options rank below the status quo, in words.
    static func baselineNote(_ ranking: Ranking) -> String? {
        guard let baseline = ranking.baseline else { return nil }
        let worse = ranking.worseThanBaseline.map(\.id)
        guard !worse.isEmpty else { return "Every option ranks at or above the baseline '\(baseline)' (doing nothing new)." }
        return "! Worse than doing nothing: \(worse.joined(separator: ", ")) rank\(worse.count == 1 ? "s" : "") below the baseline '\(baseline)'."
    }

    /// "First": the share of samples in which the option comes first, as a whole percent.
    static func firstShare(_ entry: Ranking.Entry) -> String {
        entry.pFirst.map { NumberFormat.fixed(100 * $0, 0) + "%" } ?? "—"
    }

    /// The sentence under a sampled ranking: whether its top is clear (`FirstPlace.verdict`).
    /// A degenerate result says that instead: it is not a ranking, so neither is its top.
    static func verdict(_ ranking: Ranking) -> String? {
        if let degeneracy = ranking.degeneracy { return degeneracy.summary }
        guard let firstPlace = ranking.firstPlace, let top = ranking.top else { return nil }
        return firstPlace.verdict(top: top.id)
    }

    /// A partial ranking's pairs that the evidence does not order, in words; shared ranks in
    /// the table above do not mean a tie.
    static func incomparabilities(_ relations: OutrankingRelations) -> String {
        let pairs = relations.incomparablePairs
        guard !pairs.isEmpty else { return "" }
        return "\nIncomparable (neither is preferred; each is better where the other is worse): "
            + pairs.map { "\($0.0) and \($0.1)" }.joined(separator: "; ") + ".\n"
    }

    /// "wsm · normalization scale · higher is better · ties: competition (1, 2, 2, 4)".
    public static func conventionLine(_ ranking: Ranking) -> String {
        var parts = ["Method \(ranking.method)"]
        if !ranking.parameters.isEmpty {
            parts[0] += " (" + ranking.parameters.map { "\($0.0)=\(NumberFormat.plain($0.1))" }.joined(separator: ", ") + ")"
        }
        parts.append("normalization \(ranking.normalization.rawValue)")
        if let perspective = ranking.perspective { parts.append("perspective \(perspective)") }
        parts.append("\(ranking.better.rawValue) score is better")
        parts.append("ties: competition (1, 2, 2, 4)")
        return parts.joined(separator: " · ")
    }

    static func topContributions(_ entry: Ranking.Entry, count: Int = 3) -> String {
        entry.topContributions(count)
            .map { "\($0.criterion) \(NumberFormat.fixed($0.value, 3))" }
            .joined(separator: ", ")
    }
}

extension RankingTableRenderer: Renderer {
    public static let format = "table"
    public static func render(_ ranking: Ranking, in context: RenderContext) -> String {
        render(ranking, color: context.color, width: context.width)
    }
}
