/// The few SVG pieces every chart shares. Numbers print with at most two decimals and no
/// trailing zeros, so the same input gives the same bytes (golden files) on every machine;
/// every string from the study goes through `HTMLText.escape`, and every mark carries a
/// `<title>` that browsers show on hover and screen readers read.
enum SVG {
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    static let fontSize = 12.0
    /// An estimate of a character's width at `fontSize`; charts size their label columns
    /// with it, since a pure function cannot measure text.
    static let characterWidth = 7.0

    static func number(_ value: Double) -> String {
        var text = NumberFormat.fixed(value.isFinite ? value : 0, 2)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// The smallest text a chart may show on screen, in CSS pixels.
    static let smallestText = 10.0

    /// The opening tag and the chart's own title; close with `</svg>`. A page may scale a
    /// chart down to fit a phone, but never below the width at which its 12-unit text would
    /// show smaller than `smallestText` (the inline min-width; its figure scrolls instead).
    static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "width=\"\(number(width))\" height=\"\(number(height))\" style=\"min-width: \(number((width * smallestText / fontSize).rounded(.up)))px\" "
            + "role=\"img\" aria-label=\"\(escape(title))\" "
            + "font-family=\"\(fontFamily)\" font-size=\"\(number(fontSize))\">\n<title>\(escape(title))</title>\n"
    }

    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, title: String,
        stroke: String? = nil
    ) -> String {
        let outline = stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? ""
        return "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(width, 0)))\" height=\"\(number(max(height, 0)))\" "
            + "fill=\"\(fill)\"\(outline)><title>\(escape(title))</title></rect>\n"
    }

    enum Anchor: String { case start, middle, end }

    static func text(
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, fill: String = "#000000",
        weight: String? = nil, size: Double? = nil
    ) -> String {
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        let fontSize = size.map { " font-size=\"\(number($0))\"" } ?? ""
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor.rawValue)\" fill=\"\(fill)\"\(bold)\(fontSize)>\(escape(content))</text>\n"
    }

    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#000000",
        width: Double = 1, dash: String? = nil
    ) -> String {
        let dashes = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        return
            "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\"\(dashes)/>\n"
    }

    /// A label cut to `width` pixels with an ellipsis; the full text stays in the mark's title.
    static func fit(_ label: String, width: Double) -> String {
        let limit = max(Int(width / characterWidth), 4)
        return label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }

    /// Pixels a label needs, capped.
    static func labelWidth(_ labels: [String], cap: Double) -> Double {
        min(Double(labels.map(\.count).max() ?? 0) * characterWidth + 8, cap)
    }
}
