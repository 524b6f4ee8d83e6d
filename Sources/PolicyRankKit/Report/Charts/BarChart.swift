/// A horizontal bar chart: one labelled bar per item on a shared value axis (with a zero
/// line when values go negative, as PROMETHEE's net flows do).
public enum BarChart {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Hover text; defaults to "label: value".
        public var hover: String?

        public init(label: String, value: Double, hover: String? = nil) {
            self.label = label
            self.value = value
            self.hover = hover
        }
    }

    public struct Input: Sendable {
        public var title: String
        public var axisLabel: String
        public var bars: [Bar]
        public var color: String
        /// Decimals of the value printed at each bar's end.
        public var decimals: Int

        public init(title: String, axisLabel: String, bars: [Bar], color: String = Palette.categorical(0), decimals: Int = 3) {
            self.title = title
            self.axisLabel = axisLabel
            self.bars = bars
            self.color = color
            self.decimals = decimals
        }
    }

    static let width = 720.0, rowHeight = 22.0, barHeight = 14.0, top = 10.0, valueRoom = 56.0

    public static func render(_ input: Input) -> String {
        let labelWidth = SVG.labelWidth(input.bars.map(\.label), cap: 300)
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
