/// A tornado chart: for each input, how far an output moves from its base value when that
/// input goes to its low and to its high end, widest swing on top, so the inputs that
/// matter most stand out. The two ends have their own colours, as the two ends of an input
/// can move the output the same way.
enum TornadoChart {
    struct Row: Sendable {
        var label: String
        /// The output with the input at its low end, and at its high end.
        var atLow: Double
        var atHigh: Double

        init(label: String, atLow: Double, atHigh: Double) {
            self.label = label
            self.atLow = atLow
            self.atHigh = atHigh
        }
    }

    /// A marked value on the axis, such as 0 where the top option changes.
    struct Reference: Sendable {
        var value: Double
        var label: String

        init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    struct Input: Sendable {
        var title: String
        var axisLabel: String
        var base: Double
        var lowLegend: String
        var highLegend: String
        var rows: [Row]
        var reference: Reference?
        var decimals: Int

        init(
            title: String, axisLabel: String, base: Double, lowLegend: String, highLegend: String,
            rows: [Row], reference: Reference? = nil, decimals: Int = 3
        ) {
            self.title = title
            self.axisLabel = axisLabel
            self.base = base
            self.lowLegend = lowLegend
            self.highLegend = highLegend
            self.rows = rows
            self.reference = reference
            self.decimals = decimals
        }
    }

    static let width = 720.0, rowHeight = 22.0, barHeight = 14.0, top = 38.0
    static let lowColor = Palette.okabeIto[3], highColor = Palette.okabeIto[0]

    /// Rows by swing, widest first; equal swings keep their input order.
    static func sorted(_ rows: [Row], base: Double) -> [Row] {
        func swing(_ row: Row) -> Double { max(row.atLow, row.atHigh, base) - min(row.atLow, row.atHigh, base) }
        return rows.enumerated().sorted { a, b in
            let (x, y) = (swing(a.element), swing(b.element))
            return abs(x - y) > 1e-12 ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    static func render(_ input: Input) -> String {
        let rows = sorted(input.rows, base: input.base)
        let labelWidth = SVG.labelWidth(rows.map(\.label), cap: 300)
        let left = labelWidth + 4, right = width - 20
        let bottom = top + rowHeight * Double(rows.count)
        let height = bottom + 66
        let values = rows.flatMap { [$0.atLow, $0.atHigh] } + [input.base] + (input.reference.map { [$0.value] } ?? [])
        let axis = Axis(covering: values, includeZero: false)
        func x(_ value: Double) -> Double { axis.position(value, from: left, to: right) }
        var svg = SVG.open(width: width, height: height, title: input.title)
        svg += axis.render(left: left, right: right, top: top, bottom: bottom, title: input.axisLabel)
        let base = NumberFormat.fixed(input.base, input.decimals)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let barY = y + (rowHeight - barHeight) / 2
            svg += SVG.text(SVG.fit(row.label, width: labelWidth - 8), x: left - 6, y: y + rowHeight / 2 + 4, anchor: .end)
            for (value, color, legend) in [(row.atLow, lowColor, input.lowLegend), (row.atHigh, highColor, input.highLegend)] {
                svg += SVG.rect(
                    x: min(x(value), x(input.base)), y: barY, width: abs(x(value) - x(input.base)), height: barHeight,
                    fill: color, title: "\(row.label), \(legend): \(NumberFormat.fixed(value, input.decimals)) (base \(base))")
            }
        }
        svg += SVG.line(x1: x(input.base), y1: top - 4, x2: x(input.base), y2: bottom, stroke: "#333333", width: 1.5)
        svg += SVG.text("base \(base)", x: x(input.base), y: top - 22, anchor: .middle, fill: "#333333")
        if let reference = input.reference {
            svg += SVG.line(x1: x(reference.value), y1: top - 4, x2: x(reference.value), y2: bottom, stroke: "#000000", dash: "4 3")
            let anchor: SVG.Anchor = x(reference.value) < x(input.base) ? .end : .start
            svg += SVG.text(reference.label, x: x(reference.value) + (anchor == .end ? -4 : 4), y: top - 8, anchor: anchor)
        }
        let legendY = bottom + 44
        svg += SVG.rect(x: left, y: legendY, width: 12, height: 12, fill: lowColor, title: input.lowLegend)
        svg += SVG.text(input.lowLegend, x: left + 17, y: legendY + 10)
        let second = left + 17 + SVG.labelWidth([input.lowLegend], cap: 300) + 16
        svg += SVG.rect(x: second, y: legendY, width: 12, height: 12, fill: highColor, title: input.highLegend)
        svg += SVG.text(input.highLegend, x: second + 17, y: legendY + 10)
        return svg + "</svg>\n"
    }
}
