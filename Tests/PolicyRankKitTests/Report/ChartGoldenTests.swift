import Foundation
import Testing

@testable import PolicyRankKit

/// Each chart renderer on a tiny input against its golden SVG (`Golden/Report/*.svg`);
/// `POLICYRANK_RECORD=1` re-records. Labels carry `<`, `&` and quotes, so the goldens also
/// pin the escaping.
@Suite struct ChartGoldenTests {
    static func golden(_ name: String) -> URL {
        Fixtures.golden.appendingPathComponent("Report").appendingPathComponent(name)
    }

    static func expectGolden(_ svg: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let (expected, actual) = try Fixtures.assertGolden(svg, at: golden(name))
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    static let bar = BarChart.Input(
        title: "Scores", axisLabel: "Score",
        bars: [
            .init(label: "Alpha <b>", value: 0.62),
            .init(label: "Beta & \"Gamma\"", value: 0.35),
            .init(label: "Delta", value: -0.1),
        ])

    static let stacked = StackedBarChart.Input(
        title: "Contributions", axisLabel: "Score",
        series: [
            .init(label: "Cost", color: Palette.categorical(0)), .init(label: "Harm <x>", color: Palette.categorical(1)),
            .init(label: "Speed", color: Palette.tint(Palette.categorical(1), 0.5)),
        ],
        rows: [.init(label: "Alpha", values: [0.2, 0.3, 0.1]), .init(label: "Beta", values: [0.4, 0, 0.05])])

    static let tornado = TornadoChart.Input(
        title: "Lead of alpha", axisLabel: "Lead", base: 0.05, lowLegend: "weight 0", highLegend: "weight 1",
        rows: [
            .init(label: "Cost", atLow: 0.02, atHigh: 0.1), .init(label: "Harm", atLow: 0.2, atHigh: -0.15),
            .init(label: "Speed", atLow: 0.04, atHigh: 0.06),
        ],
        reference: .init(value: 0, label: "top changes"), decimals: 2)

    static let heat = HeatMap.Input(
        title: "Rank acceptability", rowLabels: ["Alpha", "Beta <i>"], columnLabels: ["Rank 1", "Rank 2"],
        values: [[0.75, 0.25], [0.25, 0.75]], hover: { "\($0) takes \($1) in \($2) of samples" })

    @Test func barChart() throws { try Self.expectGolden(BarChart.render(Self.bar), "bar-chart.svg") }
    @Test func stackedBarChart() throws { try Self.expectGolden(StackedBarChart.render(Self.stacked), "stacked-bar-chart.svg") }
    @Test func tornadoChart() throws { try Self.expectGolden(TornadoChart.render(Self.tornado), "tornado-chart.svg") }
    @Test func heatMap() throws { try Self.expectGolden(HeatMap.render(Self.heat), "heat-map.svg") }

    /// Twenty rank columns keep cells wide enough for "100.0%" (the map grows and scrolls) and
    /// switch every heading to the short form together.
    @Test func aHeatMapOfManyColumnsKeepsItsNumbersApart() throws {
        let input = HeatMap.Input(
            title: "Rank acceptability", rowLabels: ["Alpha"], columnLabels: (1...20).map { "Rank \($0)" },
            shortColumnLabels: (1...20).map { "\($0)" }, values: [Array(repeating: 0.05, count: 20)])
        let svg = HeatMap.render(input)
        let widths = svg.components(separatedBy: "<rect ").dropFirst().compactMap { rect -> Double? in
            guard let range = rect.range(of: "width=\""), let end = rect[range.upperBound...].firstIndex(of: "\"") else { return nil }
            return Double(rect[range.upperBound..<end])
        }
        #expect(widths.count >= 20, "the cells' widths should parse")
        #expect(widths.prefix(20).allSatisfy { $0 >= HeatMap.minCell })
        #expect(!svg.contains(">Rank 1<") && svg.contains(">20<"))
    }

    /// Hover text everywhere: every bar, segment and cell is a `<rect>` with a `<title>`.
    @Test(arguments: [
        BarChart.render(bar), StackedBarChart.render(stacked), TornadoChart.render(tornado), HeatMap.render(heat),
    ])
    func everyMarkHasATitle(svg: String) {
        let marks = svg.components(separatedBy: "<rect ").count - 1
        let titled = svg.components(separatedBy: "><title>").count - 1
        #expect(marks > 0)
        #expect(titled == marks)
        #expect(svg.contains("\n<title>"))  // the chart's own title
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<b>") && !svg.contains("<x>") && !svg.contains("<i>"))
    }

    @Test func tornadoRowsAreOrderedByTheirSwing() {
        let order = TornadoChart.sorted(Self.tornado.rows, base: Self.tornado.base).map(\.label)
        #expect(order == ["Harm", "Cost", "Speed"])
    }

    @Test func axisTicksAreRound() {
        let axis = Axis(covering: [0.503, 0.373])
        #expect(axis.ticks == [0, 0.2, 0.4, 0.6])
        #expect(axis.ticks.map(axis.label) == ["0.0", "0.2", "0.4", "0.6"])
        let negative = Axis(covering: [-0.15, 0.2], includeZero: false)
        #expect(negative.lower <= -0.15 && negative.upper >= 0.2)
    }

    @Test func paletteIsOkabeItoAndTintsTowardsWhite() {
        #expect(Set(Palette.okabeIto) == ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"])
        #expect(Palette.tint("#0072B2", 1) == "#FFFFFF")
        #expect(Palette.sequential(0) == "#FFFFFF")
        #expect(Palette.sequential(1) == "#0072B2")
    }
}
