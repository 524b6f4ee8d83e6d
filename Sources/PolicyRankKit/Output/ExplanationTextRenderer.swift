/// `explain A B` in sentences a planner can repeat in a meeting.
public enum ExplanationTextRenderer {
    public static func render(_ explanation: Explanation) -> String {
        let a = explanation.first, b = explanation.second
        var lines: [String] = []
        let order: String
        if a.rank < b.rank {
            order = "'\(a.id)' ranks \(a.rank) and '\(b.id)' ranks \(b.rank)"
        } else if a.rank > b.rank {
            order = "'\(a.id)' ranks \(a.rank), below '\(b.id)' at \(b.rank)"
        } else {
            order = "'\(a.id)' and '\(b.id)' tie at rank \(a.rank)"
        }
        lines.append(
            "Under \(explanation.method), \(order) (scores \(NumberFormat.fixed(a.score)) and \(NumberFormat.fixed(b.score)); \(explanation.better.rawValue) is better)."
        )
        let unit = explanation.additive ? "contribution to the score" : "\(explanation.method)'s per-criterion term"
        let favourA = explanation.differences.filter { $0.value > 0 }
        let favourB = explanation.differences.filter { $0.value < 0 }
        if favourA.isEmpty && favourB.isEmpty {
            lines.append("No criterion separates them.")
        }
        if !favourA.isEmpty {
            lines.append("")
            lines.append("In favour of '\(a.id)' (difference in \(unit)):")
            lines += favourA.map { "  + \($0.name) [\($0.criterion)]: \(signed($0.value))" }
        }
        if !favourB.isEmpty {
            lines.append("")
            lines.append("In favour of '\(b.id)':")
            lines += favourB.map { "  − \($0.name) [\($0.criterion)]: \(signed($0.value))" }
        }
        if explanation.additive {
            let total = explanation.differences.reduce(0) { $0 + $1.value }
            lines.append("")
            lines.append("Net: \(signed(total)), the difference between their scores.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func signed(_ value: Double) -> String {
        (value >= 0 ? "+" : "−") + NumberFormat.fixed(abs(value))
    }
}
