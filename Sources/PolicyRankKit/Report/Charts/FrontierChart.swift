/// The efficient frontier of packages (docs/DESIGN.md §4.1): each package as a point, its use
/// of the first budget across and its score up; the efficient ones joined by a line, the best
/// package ringed and labelled. Every point's title names its members, score and use.
enum FrontierChart {
    struct Point: Sendable {
        var label: String
        var use: Double
        var score: Double
        var efficient: Bool
        var best: Bool
    }

    static let width = 720.0, height = 340.0
    static let left = 64.0, right = 700.0, top = 16.0, bottom = 280.0

    static func render(title: String, budget: String, limit: Double, points: [Point]) -> String {
        let xAxis = Axis(covering: points.map(\.use) + [limit])
        let yAxis = Axis(covering: points.map(\.score), includeZero: false)
        func x(_ value: Double) -> Double { xAxis.position(value, from: left, to: right) }
        func y(_ value: Double) -> Double { yAxis.position(value, from: bottom, to: top) }
        var svg = SVG.open(width: width, height: height, title: title)
        svg += xAxis.render(left: left, right: right, top: top, bottom: bottom, title: "\(budget) used (budget \(NumberFormat.plain(limit)))")
        for tick in yAxis.ticks {
            svg += SVG.line(x1: left, y1: y(tick), x2: right, y2: y(tick), stroke: "#E4E4E4")
            svg += SVG.text(yAxis.label(tick), x: left - 6, y: y(tick) + 4, anchor: .end, fill: "#333333")
        }
        svg += SVG.text("score", x: left - 6, y: top - 4, anchor: .end, fill: "#333333")
        svg += SVG.line(x1: x(limit), y1: top, x2: x(limit), y2: bottom, stroke: "#D55E00", width: 1.5, dash: "6 4")
        let efficient = points.filter(\.efficient).sorted { $0.use < $1.use }
        for (a, b) in zip(efficient, efficient.dropFirst()) {
            svg += SVG.line(x1: x(a.use), y1: y(a.score), x2: x(b.use), y2: y(b.score), stroke: Palette.categorical(0), width: 2)
        }
        for point in points {
            let hover = "\(point.label): score \(NumberFormat.fixed(point.score)), \(budget) \(NumberFormat.plain(PortfolioText.rounded(point.use)))"
            let fill = point.efficient ? Palette.categorical(0) : "#9A9A9A"
            svg +=
                "<circle cx=\"\(SVG.number(x(point.use)))\" cy=\"\(SVG.number(y(point.score)))\" r=\"\(point.best ? 6 : 4)\" fill=\"\(fill)\"\(point.best ? " stroke=\"#000000\" stroke-width=\"2\"" : "")><title>\(SVG.escape(hover))</title></circle>\n"
            if point.best {
                let anchor: SVG.Anchor = x(point.use) > (left + right) / 2 ? .end : .start
                let dx = anchor == .end ? -10.0 : 10.0
                svg += SVG.text("best: " + SVG.fit(point.label, width: 320), x: x(point.use) + dx, y: y(point.score) - 8, anchor: anchor, weight: "bold")
            }
        }
        return svg + "</svg>\n"
    }
}
