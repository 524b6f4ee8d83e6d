/// The classic multicriteria-mapping chart (Stirling's MCM): for each option, in the merit
/// order, one bar per participant from their pessimistic to their optimistic total on 0–1,
/// with a tick at the midpoint. Bars are coloured by group, with shapes that do not rely on
/// colour alone: the group is also written in each bar's title and in the legend.
enum MappingChart {
    static let width = 720.0
    static let labelWidth = 200.0
    static let left = 210.0, right = 700.0
    static let rowHeight = 15.0, optionHeight = 20.0, gap = 8.0, axisHeight = 26.0

    static func render(_ mapping: MultiCriteriaMapping) -> String {
        let order = mapping.meritOrder
        let groups = Array(Set(mapping.participants.compactMap(\.group))).sorted()
        let legendHeight = groups.isEmpty ? 0.0 : 24.0
        let blockHeight = optionHeight + Double(mapping.participants.count) * rowHeight + gap
        let plotTop = axisHeight
        let plotBottom = plotTop + Double(order.count) * blockHeight
        let height = plotBottom + 34 + legendHeight
        func x(_ value: Double) -> Double { left + min(max(value, 0), 1) * (right - left) }
        func colour(_ group: String?) -> String { group.flatMap { groups.firstIndex(of: $0) }.map(Palette.categorical) ?? Palette.categorical(0) }

        var svg = SVG.open(width: width, height: height, title: "Each participant's pessimistic to optimistic total for every option")
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += SVG.line(x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom, stroke: tick == 0 || tick == 1 ? "#B0B0B0" : "#E4E4E4")
            svg += SVG.text(NumberFormat.fixed(tick, 2), x: x(tick), y: plotTop - 8, anchor: .middle, fill: "#333333")
            svg += SVG.text(NumberFormat.fixed(tick, 2), x: x(tick), y: plotBottom + 14, anchor: .middle, fill: "#333333")
        }
        svg += SVG.text(
            "total (0 worst, 1 best, on each participant's own criteria)", x: (left + right) / 2, y: plotBottom + 30, anchor: .middle, fill: "#333333")
        for (block, i) in order.enumerated() {
            let option = mapping.options[i]
            let top = plotTop + Double(block) * blockHeight
            if block % 2 == 1 {
                svg += "<rect x=\"0\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(width))\" height=\"\(SVG.number(blockHeight))\" fill=\"#F6F8FA\"/>\n"
            }
            svg += SVG.text(SVG.fit("\(option.name) (\(option.id))", width: width - 16), x: 8, y: top + 14, weight: "bold")
            for (row, participant) in mapping.participants.enumerated() {
                let y = top + optionHeight + Double(row) * rowHeight
                svg += SVG.text(SVG.fit(participant.name, width: labelWidth - 16), x: 16, y: y + 10, fill: "#333333")
                guard let totals = participant.totals[i] else {
                    svg += SVG.text("not scored", x: left + 4, y: y + 10, fill: "#6E7781")
                    continue
                }
                let hover =
                    "\(participant.name)\(participant.group.map { " (\($0))" } ?? ""), \(option.id): \(MappingText.interval(totals))"
                let barX = x(totals.pessimistic)
                let barWidth = x(totals.optimistic) - barX
                if barWidth < 3 {
                    // No spread between pessimistic and optimistic: a dot, not an invisible bar.
                    svg +=
                        "<circle cx=\"\(SVG.number(x(totals.midpoint)))\" cy=\"\(SVG.number(y + 6.5))\" r=\"5\" fill=\"\(colour(participant.group))\"><title>\(SVG.escape(hover))</title></circle>\n"
                } else {
                    svg += SVG.rect(x: barX, y: y + 2, width: barWidth, height: 9, fill: colour(participant.group), title: hover)
                }
                svg += SVG.line(x1: x(totals.midpoint), y1: y, x2: x(totals.midpoint), y2: y + 13, stroke: "#000000", width: 2)
            }
        }
        if !groups.isEmpty {
            var legendX = 8.0
            let legendY = plotBottom + 50
            for group in groups {
                svg += SVG.rect(x: legendX, y: legendY - 9, width: 14, height: 9, fill: colour(group), title: "group \(group)")
                svg += SVG.text(group, x: legendX + 18, y: legendY, fill: "#333333")
                legendX += 18 + Double(group.count) * SVG.characterWidth + 18
            }
        }
        return svg + "</svg>\n"
    }
}
