/// Small builders for the report's markup. Cell and text content passed as `String` is
/// escaped here; only `Markup` (built by these helpers) is inserted as is, so a forgotten
/// escape shows up as a type error rather than as a script in a policy name.
struct Markup: Sendable, ExpressibleByStringInterpolation {
    var html: String

    init(raw html: String) { self.html = html }
    init(stringLiteral value: String) { self.html = value }

    /// Interpolated `String`s are escaped; interpolated `Markup` is kept.
    struct StringInterpolation: StringInterpolationProtocol {
        var html = ""
        init(literalCapacity: Int, interpolationCount: Int) { html.reserveCapacity(literalCapacity) }
        mutating func appendLiteral(_ literal: String) { html += literal }
        mutating func appendInterpolation(_ text: String) { html += HTMLText.escape(text) }
        mutating func appendInterpolation(_ markup: Markup) { html += markup.html }
        mutating func appendInterpolation(_ markups: [Markup]) { html += markups.map(\.html).joined() }
        mutating func appendInterpolation(_ number: Int) { html += String(number) }
    }

    init(stringInterpolation: StringInterpolation) { self.html = stringInterpolation.html }

    static func + (lhs: Markup, rhs: Markup) -> Markup { Markup(raw: lhs.html + rhs.html) }
}

enum HTML {
    /// A table; `numeric` columns are right-aligned.
    static func table(
        _ headers: [String], _ rows: [[Markup]], numeric: Set<Int> = [], caption: String? = nil,
        className: String = "data"
    ) -> Markup {
        let head = headers.enumerated().map { index, header in
            Markup("<th scope=\"col\"\(numeric.contains(index) ? Markup(raw: " class=\"num\"") : "")>\(header)</th>")
        }
        let body = rows.map { row in
            Markup(
                "<tr>\(row.enumerated().map { index, cell in Markup("<td\(numeric.contains(index) ? Markup(raw: " class=\"num\"") : "")>\(cell)</td>") })</tr>\n"
            )
        }
        let title = caption.map { Markup("<caption>\($0)</caption>") } ?? ""
        // In its own scrolling box: a wide table scrolls there, not the whole page on a phone.
        return "<div class=\"wide\"><table class=\"\(className)\">\(title)<thead><tr>\(head)</tr></thead>\n<tbody>\n\(body)</tbody></table></div>\n"
    }

    /// A section with an anchor for the contents list.
    static func section(_ id: String, _ title: String, _ content: [Markup]) -> Markup {
        "<section id=\"\(id)\">\n<h2>\(title)</h2>\n\(content)</section>\n"
    }

    static func paragraph(_ text: String, className: String? = nil) -> Markup {
        "<p\(className.map { Markup(raw: " class=\"\(HTMLText.escape($0))\"") } ?? "")>\(text)</p>\n"
    }

    /// A chart's SVG in a figure; renderers escape their own text.
    static func figure(_ svg: String, caption: String) -> Markup {
        "<figure>\(Markup(raw: svg))<figcaption>\(caption)</figcaption></figure>\n"
    }

    /// A link only for http(s) and mailto addresses: a `javascript:` URL in a policy's
    /// sources must not become something a reader can click.
    static func link(_ url: String?, _ text: String) -> Markup {
        guard let url, ["http://", "https://", "mailto:"].contains(where: { url.lowercased().hasPrefix($0) }) else {
            return url.map { Markup("\(text) (\($0))") } ?? Markup("\(text)")
        }
        return "<a href=\"\(url)\">\(text)</a>"
    }

    static func code(_ text: String) -> Markup { "<code>\(text)</code>" }
}
