/// Escaping for HTML renderers. Every string a user wrote (titles, names, ids, labels, units)
/// goes through `escape` before it reaches a page, so a policy named `<script>…` is shown as
/// text instead of run when a facilitator opens the handout.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in element content and in quoted attribute
    /// values alike, so callers need not remember which context they are in.
    ///
    /// On Unicode scalars, as the browser reads them: a `"` followed by a combining mark is
    /// one Swift `Character` that is not `"`, and escaping Characters would let it close an
    /// attribute. The C0 controls other than tab and line breaks, and the C1 controls, which
    /// HTML and XML (the inline SVG) forbid, become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}"..."\u{9F}": result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
