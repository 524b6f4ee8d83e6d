/// `flip --format table`: whether and how TARGET can come first, in words, then the changes.
public enum FlipTableRenderer: Renderer {
    public static let format = "table"

    public static func render(_ flip: FlipResult, in context: RenderContext) -> String {
        var out: [String] = []
        let what: String =
            switch flip.mode {
            case .weights: "weights only"
            case .scores: "uncertain scores only, within their ranges"
            case .both: "weights and uncertain scores"
            }
        guard flip.possible, let distance = flip.distance else {
            out.append("\(flip.target) cannot come first by changing \(what): \(flip.reason ?? "no change within the ranges does it").")
            return out.map(TerminalText.visible).joined(separator: "\n") + "\n"
        }
        if distance == 0 {
            out.append("\(flip.target) is already first under \(flip.method).")
            return out.map(TerminalText.visible).joined(separator: "\n") + "\n"
        }
        out.append(TerminalText.visible(sentence(flip)))
        out.append(
            TerminalText.visible(
                flip.exact || flip.mode == .scores
                    ? "Search: bisection on the distance with an exact check at each step (\(what))."
                    : "Search: bisection on the distance, trying seeded candidate weights at each step; for \(flip.method) a smaller change may exist."))
        let changedWeights = flip.weights
        if flip.mode != .scores, !changedWeights.isEmpty {
            var table = TextTable(headers: ["Criterion", "New weight"], alignments: [.left, .right])
            table.rows = changedWeights.map { [$0.criterion, NumberFormat.fixed($0.weight, 4)] }
            out += ["", table.render().trimmingTrailingNewlines]
        }
        if !flip.scores.isEmpty {
            var table = TextTable(headers: ["Option", "Criterion", "New score"], alignments: [.left, .left, .right])
            // TARGET's own scores first: they are what its advocates would have to show.
            let ordered = flip.scores.filter { $0.option == flip.target } + flip.scores.filter { $0.option != flip.target }
            table.rows = ordered.prefix(Self.scoreRows).map { [$0.option, $0.criterion, NumberFormat.plain(PortfolioText.rounded($0.value))] }
            out += [
                "",
                "Every uncertain score moves by the same share: \(flip.target)'s towards the end that favours it, the others' towards the end that does not.",
            ]
            out += [table.render().trimmingTrailingNewlines]
            if flip.scores.count > Self.scoreRows { out.append("\(flip.scores.count - Self.scoreRows) more in --format json.") }
        }
        let tie = flip.tiedWithTarget.isEmpty ? "" : " (tied with \(flip.tiedWithTarget.joined(separator: ", ")) within 1e-9)"
        out += [
            "",
            TerminalText.visible(
                "Ranking after the change: " + flip.target + tie + " > " + flip.ranking.dropFirst(1 + flip.tiedWithTarget.count).joined(separator: " > ")),
        ]
        return out.joined(separator: "\n") + "\n"
    }

    static let scoreRows = 12

    /// "To put military_ops first, no weight may move by less than 38.2% of itself."
    static func sentence(_ flip: FlipResult) -> String {
        let distance = flip.distance ?? 0
        return switch flip.mode {
        case .weights:
            "To put \(flip.target) first the weights must move: the smallest change moves some weight by \(NumberFormat.fixed(100 * distance, 1))% of itself."
        case .scores:
            "To put \(flip.target) first its uncertain scores and its rivals' must move \(NumberFormat.fixed(100 * distance, 1))% of the way from their likely values to the ends of their ranges."
        case .both:
            "To put \(flip.target) first, weights and uncertain scores must move by \(NumberFormat.fixed(100 * distance, 1))% (a weight's share of itself, a score's share of its range)."
        }
    }
}

/// `flip --format json`, with the keys docs/DESIGN.md §4.4 fixes.
public enum FlipJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ flip: FlipResult, in context: RenderContext) -> String {
        var scores: [(String, [(String, JSONValue)])] = []
        for change in flip.scores {
            if let index = scores.firstIndex(where: { $0.0 == change.option }) {
                scores[index].1.append((change.criterion, .number(change.value)))
            } else {
                scores.append((change.option, [(change.criterion, .number(change.value))]))
            }
        }
        var fields: [(String, JSONValue)] = [
            ("target", .string(flip.target)), ("mode", .string(flip.mode.rawValue)), ("possible", .bool(flip.possible)),
            ("distance", flip.distance.map(JSONValue.number) ?? .null),
            ("weights", .object(flip.weights.map { ($0.criterion, .number($0.weight)) })),
            ("scores", .object(scores.map { ($0.0, .object($0.1)) })),
            ("ranking", .array(flip.ranking.map(JSONValue.string))),
            ("tied_with_target", .array(flip.tiedWithTarget.map(JSONValue.string))),
            ("exact", .bool(flip.exact)), ("method", .string(flip.method)),
        ]
        if let reason = flip.reason { fields.append(("reason", .string(reason))) }
        return JSONValue.object(fields).rendered() + "\n"
    }
}
