/// A horizontal stacked bar chart: each row's bar is split into its series' parts (an
/// option's score into per-criterion contributions), positive parts stacked right of zero and
/// negative parts left of it, with a legend of the series below.
enum StackedBarChart {
    struct Series: Sendable {
        var label: String
        var color: String

        init(label: String, color: String) {
            self.label = label
            self.color = color
        }
    }

    struct Row: Sendable {
        var label: String
        /// One value per series, in series order.
        var values: [Double]

        init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    struct Input: Sendable {
        var title: String
        var axisLabel: String
        var series: [Series]
        var rows: [Row]
        var decimals: Int

        init(title: String, axisLabel: String, series: [Series], rows: [Row], decimals: Int = 3) {
            self.title = title
            self.axisLabel = axisLabel
            self.series = series
            self.rows = rows
            self.decimals = decimals
        }
    }

    static let width = 720.0, rowHeight = 26.0, barHeight = 18.0, top = 10.0, valueRoom = 56.0
    static let legendColumns = 3, legendRow = 18.0
    /// A segment at least this wide carries its series' number.
    static let segmentLabelWidth = 18.0

    static func render(_ input: Input) -> String {
        let labelWidth = SVG.labelWidth(input.rows.map(\.label), cap: 300)
        let left = labelWidth + 4, right = width - valueRoom
        let bottom = top + rowHeight * Double(input.rows.count)
        let legendTop = bottom + 48
        let columns = legendColumns(input.series)
        let legendRows = (input.series.count + columns - 1) / columns
        let height = legendTop + legendRow * Double(legendRows) + 4
        let extents = input.rows.flatMap { row in
            [row.values.filter { $0 > 0 }.reduce(0, +), row.values.filter { $0 < 0 }.reduce(0, +)]
        }
        let axis = Axis(covering: extents)
        var svg = SVG.open(width: width, height: height, title: input.title)
        svg += axis.render(left: left, right: right, top: top, bottom: bottom, title: input.axisLabel)
        for (index, row) in input.rows.enumerated() {
            svg += bar(
                row, series: input.series, axis: axis, y: top + rowHeight * Double(index), left: left, right: right,
                labelWidth: labelWidth, decimals: input.decimals)
        }
        let zero = axis.position(0, from: left, to: right)
        svg += SVG.line(x1: zero, y1: top, x2: zero, y2: bottom, stroke: "#333333")
        svg += legend(input.series, top: legendTop, columns: columns)
        return svg + "</svg>\n"
    }

    private static func bar(
        _ row: Row, series: [Series], axis: Axis, y: Double, left: Double, right: Double,
        labelWidth: Double, decimals: Int
    ) -> String {
        var svg = SVG.text(SVG.fit(row.label, width: labelWidth - 8), x: left - 6, y: y + rowHeight / 2 + 4, anchor: .end)
        var positive = 0.0, negative = 0.0
        let total = row.values.reduce(0, +)
        for (index, (value, part)) in zip(row.values, series).enumerated() where value != 0 {
            let start = value > 0 ? positive : negative + value
            if value > 0 { positive += value } else { negative += value }
            let x0 = axis.position(start, from: left, to: right), x1 = axis.position(start + abs(value), from: left, to: right)
            svg += SVG.rect(
                x: x0, y: y + (rowHeight - barHeight) / 2, width: x1 - x0, height: barHeight, fill: part.color,
                title: "\(row.label) — \(part.label): \(NumberFormat.fixed(value, decimals)) of \(NumberFormat.fixed(total, decimals))",
                stroke: "#FFFFFF")
            // The series' number from the legend, where the segment has room for it, so a
            // reader need not match shades of one hue by eye.
            if x1 - x0 >= segmentLabelWidth {
                svg += SVG.text(
                    "\(index + 1)", x: (x0 + x1) / 2, y: y + rowHeight / 2 + 4, anchor: .middle, fill: Palette.textColor(on: part.color))
            }
        }
        let end = axis.position(positive, from: left, to: right)
        return svg + SVG.text(NumberFormat.fixed(total, decimals), x: end + 4, y: y + rowHeight / 2 + 4, fill: "#333333")
    }

    /// Three columns, or fewer when an entry would be cut in three: legend entries are read
    /// whole (the bars' segments carry only their numbers).
    static func legendColumns(_ series: [Series]) -> Int {
        let longest = Double(series.enumerated().map { "\($0.offset + 1) \($0.element.label)".count }.max() ?? 0) * SVG.characterWidth
        return (1...legendColumns).reversed().first { (width - 20) / Double($0) - 20 >= longest } ?? 1
    }

    private static func legend(_ series: [Series], top: Double, columns: Int) -> String {
        let columnWidth = (width - 20) / Double(columns)
        var svg = ""
        for (index, part) in series.enumerated() {
            let x = 10 + columnWidth * Double(index % columns), y = top + legendRow * Double(index / columns)
            svg += SVG.rect(x: x, y: y, width: 12, height: 12, fill: part.color, title: part.label, stroke: "#666666")
            svg += SVG.text(SVG.fit("\(index + 1) \(part.label)", width: columnWidth - 20), x: x + 17, y: y + 10)
        }
        return svg
    }
}
