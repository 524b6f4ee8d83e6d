/// A partial ranking as a Hasse diagram: one row per rank (1 + the options preferred to each),
/// options side by side within a row, and a line from a to b for every covering preference —
/// a preferred to b with no option between them. Options in one row with no line between
/// them and no common path are incomparable; the title of each line says which pair it is.
enum HasseChart {
    static let width = 720.0, rowHeight = 70.0, boxHeight = 26.0, top = 20.0

    static func render(_ ranking: Ranking, names: [String: String] = [:]) -> String? {
        guard let relations = ranking.relations else { return nil }
        let ids = relations.ids
        let n = ids.count
        let levels = Array(Set(ids.indices.map(relations.rank))).sorted()
        let rows = levels.map { level in ids.indices.filter { relations.rank($0) == level }.sorted { ids[$0] < ids[$1] } }
        var position = [Int: (x: Double, y: Double)]()
        for (r, row) in rows.enumerated() {
            for (k, i) in row.enumerated() {
                position[i] = (width * (Double(k) + 0.5) / Double(row.count), top + rowHeight * Double(r) + boxHeight / 2)
            }
        }
        let height = top + rowHeight * Double(rows.count)
        var svg = SVG.open(width: width, height: height, title: "Partial ranking under \(ranking.method) (Hasse diagram)")
        for a in 0..<n {
            for b in 0..<n where relations.relation(a, b) == .preferred {
                // Only covering pairs: no c with a > c > b.
                if (0..<n).contains(where: { relations.relation(a, $0) == .preferred && relations.relation($0, b) == .preferred }) { continue }
                guard let from = position[a], let to = position[b] else { continue }
                svg +=
                    "<line x1=\"\(SVG.number(from.x))\" y1=\"\(SVG.number(from.y + boxHeight / 2))\" x2=\"\(SVG.number(to.x))\" y2=\"\(SVG.number(to.y - boxHeight / 2))\" stroke=\"#555555\" stroke-width=\"1.5\"><title>\(SVG.escape("\(ids[a]) is preferred to \(ids[b])"))</title></line>\n"
            }
        }
        for (i, point) in position.sorted(by: { $0.key < $1.key }) {
            let label = SVG.fit(names[ids[i]] ?? ids[i], width: min(200, width / Double(max(rows.map(\.count).max() ?? 1, 1)) - 12))
            let boxWidth = min(Double(label.count) * SVG.characterWidth + 16, 210)
            svg += SVG.rect(
                x: point.x - boxWidth / 2, y: point.y - boxHeight / 2, width: boxWidth, height: boxHeight, fill: "#FFFFFF",
                title: "\(names[ids[i]] ?? ids[i]) (rank \(relations.rank(i)))", stroke: "#0072B2")
            svg += SVG.text(label, x: point.x, y: point.y + 4, anchor: .middle)
        }
        return svg + "</svg>\n"
    }
}
