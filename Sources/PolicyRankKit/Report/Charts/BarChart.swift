/// A horizontal bar chart: one labelled bar per item on a shared value axis (with a zero
/// line when values go negative, as PROMETHEE's net flows do).
enum BarChart {
    struct Bar: Sendable {
        var label: String
        var value: Double
        /// Hover text; defaults to "label: value".
        var hover: String?

        init(label: String, value: Double, hover: String? = nil) {
            self.label = label
            self.value = value
            self.hover = hover
        }
    }

    struct Input: Sendable {
        var title: String
        var axisLabel: String
        var bars: [Bar]
        var color: String
        /// Decimals of the value printed at each bar's end.
        var decimals: Int

        init(title: String, axisLabel: String, bars: [Bar], color: String = Palette.categorical(0), decimals: Int = 3) {
            self.title = title
            self.axisLabel = axisLabel
            self.bars = bars
            self.color = color
            self.decimals = decimals
        }
    }

    static let width = 720.0, rowHeight = 22.0, barHeight = 14.0, top = 10.0, valueRoom = 56.0

    static func render(_ input: Input) -> String {
        // At least 64 px: the width estimate runs short for a few capital letters ("Gamma").
        let labelWidth = max(SVG.labelWidth(input.bars.map(\.label), cap: 300), 64)
        let left = labelWidth + 4, right = width - valueRoom
        let bottom = top + rowHeight * Double(input.bars.count)
        let height = bottom + 42
        let axis = Axis(covering: input.bars.map(\.value))
        var svg = SVG.open(width: width, height: height, title: input.title)
        svg += axis.render(left: left, right: right, top: top, bottom: bottom, title: input.axisLabel)
        let zero = axis.position(0, from: left, to: right)
        for (index, bar) in input.bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let end = axis.position(bar.value, from: left, to: right)
            let value = NumberFormat.fixed(bar.value, input.decimals)
            svg += SVG.text(SVG.fit(bar.label, width: labelWidth - 8), x: left - 6, y: y + rowHeight / 2 + 4, anchor: .end)
            svg += SVG.rect(
                x: min(zero, end), y: y + (rowHeight - barHeight) / 2, width: abs(end - zero), height: barHeight,
                fill: input.color, title: bar.hover ?? "\(bar.label): \(value)")
            svg += SVG.text(value, x: max(zero, end) + 4, y: y + rowHeight / 2 + 4, fill: "#333333")
        }
        svg += SVG.line(x1: zero, y1: top, x2: zero, y2: bottom, stroke: "#333333")
        return svg + "</svg>\n"
    }
}
