/// The words and numbers every `mapping` format shares, so the terminal, Markdown, HTML and
/// the report say the same thing the same way.
enum MappingText {
    static let title = "Multicriteria mapping"

    /// "0.27–0.73": a participant's pessimistic to optimistic total, or "—" when unscored.
    static func interval(_ totals: MultiCriteriaMapping.Totals?) -> String {
        guard let totals else { return "—" }
        return NumberFormat.fixed(totals.pessimistic, 2) + "–" + NumberFormat.fixed(totals.optimistic, 2)
    }

    /// A pair's inclination from a's side: "+0.19" (a ahead), "−0.19" (b ahead), in brackets
    /// when the intervals are nested, "0" for equal midpoints.
    static func inclination(_ pair: MultiCriteriaMapping.Inclination) -> String {
        let size = NumberFormat.fixed(pair.separation, 2)
        let signed = pair.direction == 0 ? "0" : (pair.direction > 0 ? "+" : "−") + size
        return pair.nested ? "(\(signed))" : signed
    }

    static func merit(_ value: Double) -> String {
        let text = NumberFormat.fixed(abs(value) < 5e-10 ? 0 : value, 3)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// Competition ranks of the merit order (equal merit within 1e-9, equal rank).
    static func ranks(_ merit: [MultiCriteriaMapping.Merit]) -> [Int] {
        // Within 1e-9 of the first of a tie group, not of the neighbour: a chain of near-equal
        // merits must not become one long tie.
        var ranks: [Int] = []
        var groupStart = 0
        for (index, entry) in merit.enumerated() {
            if index > 0, abs(entry.merit - merit[groupStart].merit) <= MultiCriteriaMapping.tolerance {
                ranks.append(ranks[groupStart])
            } else {
                groupStart = index
                ranks.append(index + 1)
            }
        }
        return ranks
    }

    /// How many participants put `option` first by midpoint, among those who score it.
    static func firstCount(_ mapping: MultiCriteriaMapping, option: String) -> (first: Int, scoring: Int) {
        guard let index = mapping.options.firstIndex(where: { $0.id == option }) else { return (0, 0) }
        var first = 0
        var scoring = 0
        for participant in mapping.participants {
            guard let own = participant.totals[index] else { continue }
            scoring += 1
            let best = participant.totals.compactMap { $0?.midpoint }.max() ?? own.midpoint
            if own.midpoint >= best - MultiCriteriaMapping.tolerance { first += 1 }
        }
        return (first, scoring)
    }

    /// The answer in one sentence: the option of highest merit, and how widely it leads.
    static func headline(_ mapping: MultiCriteriaMapping) -> String {
        let who = "\(mapping.participants.count) participant\(mapping.participants.count == 1 ? "" : "s")" + (mapping.group.map { " of group \($0)" } ?? "")
        guard let top = mapping.merit.first, !mapping.participants.isEmpty else { return "No participants to map." }
        let name = "\(top.name) (\(top.option))"
        let ties = mapping.merit.dropFirst().filter { abs($0.merit - top.merit) <= MultiCriteriaMapping.tolerance }
        if !ties.isEmpty {
            return "Across \(who), \(name) shares the highest merit (\(merit(top.merit))) with "
                + ties.map { "\($0.name) (\($0.option))" }.joined(separator: ", ") + "."
        }
        let (first, scoring) = firstCount(mapping, option: top.option)
        return "Across \(who), \(name) has the highest merit (\(merit(top.merit))); "
            + "\(first) of the \(scoring) who score it put it first at the midpoint of their range."
    }

    static let meritNote =
        "Merit sums, over participants and the other options, each pair's direction (which midpoint is higher) times its separation; "
        + "'with grey' also counts pairs whose intervals are nested, where the participant's own uncertainty covers the difference."
    static let totalsNote =
        "Each cell is a participant's pessimistic–optimistic total on 0–1: their criteria normalized over the options they score, weighted by their weights."
    static let pairwiseNote =
        "From the first option's side: + it is ahead, − the second is, by the separation of the two intervals (0–1); (brackets): nested intervals."

    static func pairLabel(_ a: String, _ b: String) -> String { "\(a) vs \(b)" }
}

extension MultiCriteriaMapping {
    /// Pairs in option order with one inclination cell per participant (nil where the
    /// participant does not score both), for the tables.
    var pairRows: [(a: String, b: String, cells: [Inclination?])] {
        var byPair: [String: [String: Inclination]] = [:]
        var order: [(String, String)] = []
        for pair in pairwise {
            let key = pair.a + "\u{0}" + pair.b
            if byPair[key] == nil { order.append((pair.a, pair.b)) }
            byPair[key, default: [:]][pair.participant] = pair
        }
        return order.map { a, b in
            let cells = byPair[a + "\u{0}" + b] ?? [:]
            return (a, b, participants.map { cells[$0.id] })
        }
    }

    /// Option indices in merit order: the one shared order of every table and the chart.
    var meritOrder: [Int] {
        let index = Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.id, $0) })
        return merit.compactMap { index[$0.option] }
    }
}
