import Foundation

/// The GAIA plane as SVG: each criterion an axis from the origin with its label, each option a
/// dot with its label, the decision stick a thick arrow; δ in the title. Coordinates are scaled
/// so that the options fill the square and the unit-length criterion axes reach its edge.
enum GAIAChart {
    static let size = 520.0, margin = 60.0

    static func render(_ plane: GAIAPlane, names: [String: String] = [:]) -> String {
        let title = "GAIA plane (δ = \(NumberFormat.fixed(100 * plane.delta, 1))% of the variance kept)"
        let reach = max(plane.options.map { max(abs($0.x), abs($0.y)) }.max() ?? 0, 1e-12)
        let half = size / 2, radius = half - margin
        func point(_ x: Double, _ y: Double, scale: Double) -> (Double, Double) { (half + x / scale * radius, half - y / scale * radius) }
        var svg = SVG.open(width: size, height: size + 24, title: title)
        svg += SVG.text(title, x: half, y: 16, anchor: .middle, weight: "bold")
        svg += SVG.line(x1: margin / 2, y1: half, x2: size - margin / 2, y2: half, stroke: "#E4E4E4")
        svg += SVG.line(x1: half, y1: margin / 2, x2: half, y2: size - margin / 2, stroke: "#E4E4E4")
        for (k, axis) in plane.criteria.enumerated() {
            let (x, y) = point(axis.x, axis.y, scale: 1)
            let color = Palette.categorical(k % 7)
            svg += SVG.line(x1: half, y1: half, x2: x, y2: y, stroke: color, width: 1.5)
            svg += SVG.text(SVG.fit(names[axis.id] ?? axis.id, width: 140), x: x, y: y + (y < half ? -4 : 12), anchor: x < half ? .end : .start, fill: color)
        }
        for option in plane.options {
            let (x, y) = point(option.x, option.y, scale: reach)
            svg +=
                "<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"4\" fill=\"#000000\"><title>\(SVG.escape(names[option.id] ?? option.id))</title></circle>\n"
            svg += SVG.text(SVG.fit(option.id, width: 140), x: x + 6, y: y - 6)
        }
        let length = (plane.decisionAxis.x * plane.decisionAxis.x + plane.decisionAxis.y * plane.decisionAxis.y).squareRoot()
        if length > 1e-12 {
            let (x, y) = point(plane.decisionAxis.x / length * 0.9, plane.decisionAxis.y / length * 0.9, scale: 1)
            svg += SVG.line(x1: half, y1: half, x2: x, y2: y, stroke: "#D55E00", width: 4)
            svg += SVG.text("decision axis", x: x, y: y - 8, anchor: .middle, fill: "#D55E00", weight: "bold")
        }
        return svg + "</svg>\n"
    }
}
