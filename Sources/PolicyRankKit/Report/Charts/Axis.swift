import Foundation

/// A linear value axis with "nice" ticks (1, 2 or 5 × 10^k steps), so axis labels are
/// round numbers a reader can check a bar against.
struct Axis {
    var lower: Double
    var upper: Double
    var ticks: [Double]
    var decimals: Int

    /// Covers `values` and zero, widened to whole ticks.
    init(covering values: [Double], includeZero: Bool = true, targetTicks: Int = 5) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low < 1e-12 { high = low + 1 }
        let raw = (high - low) / Double(max(targetTicks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw - 1e-12 } ?? 10 * magnitude
        let first = floor(low / step + 1e-9) * step
        let last = ceil(high / step - 1e-9) * step
        let count = Int(((last - first) / step).rounded())
        lower = first
        upper = last
        let places = max(0, -Int(floor(log10(step) + 1e-9)))
        let scale = pow(10, Double(places))
        // Rounded to the step's decimals, so 3 × 0.2 is the tick 0.6, not 0.6000000000000001.
        ticks = (0...count).map { ((first + Double($0) * step) * scale).rounded() / scale }
        decimals = places
    }

    /// Maps a value to a pixel in [start, end].
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    func label(_ value: Double) -> String {
        NumberFormat.fixed(abs(value) < 1e-12 ? 0 : value, decimals)
    }

    /// Vertical grid lines with tick labels below a plot area.
    func render(left: Double, right: Double, top: Double, bottom: Double, title: String) -> String {
        var svg = ""
        for tick in ticks {
            let x = position(tick, from: left, to: right)
            svg += SVG.line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#D0D0D0")
            svg += SVG.text(label(tick), x: x, y: bottom + 14, anchor: .middle, fill: "#333333")
        }
        svg += SVG.text(title, x: (left + right) / 2, y: bottom + 32, anchor: .middle, fill: "#333333")
        return svg
    }
}
