/// A heat map of shares in [0, 1] (SMAA-2 rank acceptability: options × ranks): each cell
/// shaded on a white-to-blue scale and printed as a percentage, so it reads in greyscale too.
enum HeatMap {
    struct Input: Sendable {
        var title: String
        var rowLabels: [String]
        var columnLabels: [String]
        /// Headings for columns too narrow for `columnLabels` ("12" for "Rank 12"); the full
        /// label stays in each cell's hover text.
        var shortColumnLabels: [String]? = nil
        /// `values[row][column]`, each in [0, 1].
        var values: [[Double]]
        /// What a cell means, for its hover text: "community takes Rank 1 in 61.0% of samples".
        var hover: @Sendable (_ row: String, _ column: String, _ percent: String) -> String

        init(
            title: String, rowLabels: [String], columnLabels: [String], shortColumnLabels: [String]? = nil, values: [[Double]],
            hover: @escaping @Sendable (String, String, String) -> String = { "\($0), \($1): \($2)" }
        ) {
            self.title = title
            self.rowLabels = rowLabels
            self.columnLabels = columnLabels
            self.shortColumnLabels = shortColumnLabels
            self.values = values
            self.hover = hover
        }
    }

    /// Cells never get narrower than "100.0%" needs: a map of many columns grows wider and
    /// scrolls in its figure instead of printing its numbers over each other.
    static let cellHeight = 30.0, top = 28.0, maxWidth = 720.0, maxCell = 90.0, minCell = 46.0, legendStep = 56.0
    static let legendWidth = 5 * legendStep

    static func render(_ input: Input) -> String {
        let labelWidth = SVG.labelWidth(input.rowLabels, cap: 300)
        let left = labelWidth + 4
        let columns = max(input.columnLabels.count, 1)
        let cellWidth = max(minCell, min(maxCell, (maxWidth - left - 10) / Double(columns)))
        let bottom = top + cellHeight * Double(input.rowLabels.count)
        let width = max(left + cellWidth * Double(columns), left + legendWidth) + 10
        let height = bottom + 44
        var svg = SVG.open(width: width, height: height, title: input.title)
        // One style of heading across the map: short ones as soon as the longest does not fit.
        let longest = Double(input.columnLabels.map(\.count).max() ?? 0) * SVG.characterWidth
        let headings = longest <= cellWidth - 8 ? input.columnLabels : (input.shortColumnLabels ?? input.columnLabels)
        for (column, label) in headings.enumerated() {
            svg += SVG.text(SVG.fit(label, width: cellWidth - 4), x: left + cellWidth * (Double(column) + 0.5), y: top - 8, anchor: .middle, weight: "bold")
        }
        for (row, label) in input.rowLabels.enumerated() {
            let y = top + cellHeight * Double(row)
            svg += SVG.text(SVG.fit(label, width: labelWidth - 8), x: left - 6, y: y + cellHeight / 2 + 4, anchor: .end)
            for (column, columnLabel) in input.columnLabels.enumerated() {
                let value = row < input.values.count && column < input.values[row].count ? input.values[row][column] : 0
                let percent = NumberFormat.fixed(100 * value, 1) + "%"
                let x = left + cellWidth * Double(column)
                svg += SVG.rect(
                    x: x, y: y, width: cellWidth, height: cellHeight, fill: Palette.sequential(value),
                    title: input.hover(label, columnLabel, percent), stroke: "#FFFFFF")
                svg += SVG.text(percent, x: x + cellWidth / 2, y: y + cellHeight / 2 + 4, anchor: .middle, fill: Palette.sequentialText(value))
            }
        }
        svg += legend(x: left, y: bottom + 14)
        return svg + "</svg>\n"
    }

    /// Five swatches from 0% to 100%: a stepped key, which needs no gradient ids that could
    /// clash with another chart's on the same page.
    private static func legend(x: Double, y: Double) -> String {
        var svg = ""
        for step in 0...4 {
            let value = Double(step) / 4
            let sx = x + legendStep * Double(step)
            svg += SVG.rect(x: sx, y: y, width: 14, height: 14, fill: Palette.sequential(value), title: "\(Int(value * 100))%", stroke: "#999999")
            svg += SVG.text("\(Int(value * 100))%", x: sx + 18, y: y + 11, fill: "#333333")
        }
        return svg
    }
}
