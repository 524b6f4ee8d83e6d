/// Compact JSON for data embedded in a page. Unlike `JSONValue` (which rounds to 10
/// decimals for stable diffs) numbers keep their shortest round-trip form, so JavaScript
/// reads back the exact doubles Swift ranked with; and `<`, `>`, `&` are written as \\u
/// escapes (they only occur inside strings), so a name containing `</script>` cannot end the
/// `<script type="application/json">` block it sits in.
enum ScriptJSON {
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value == 0 ? "0" : "\(value)"
    }

    static func string(_ text: String) -> String {
        JSONValue.quoted(text).replacingAll("<", "\\u003c").replacingAll(">", "\\u003e").replacingAll("&", "\\u0026")
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
