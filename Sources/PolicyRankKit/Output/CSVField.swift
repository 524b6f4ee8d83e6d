/// One CSV field (RFC 4180), safe to open in a spreadsheet.
///
/// Quoting: a field with a comma, quote or line break is quoted, quotes doubled.
/// Formula neutralisation: spreadsheets run a cell that starts with `=`, `+`, `-` or `@`
/// (or a tab or carriage return before one) as a formula, so a policy named
/// `=HYPERLINK("http://…")` would become a live link in a workshop's sheet (OWASP, "CSV
/// Injection"). Such a field gets a leading `'`, which spreadsheets show as text. Numbers
/// are left alone: `-0.25` is a value, not a formula, and must stay one to sort and chart
/// (so is anything `Double` parses, such as `-inf`, which cannot call a function).
///
/// Both checks read Unicode scalars, as a spreadsheet does: `"\r\n"` is one Swift Character
/// that is neither `"\r"` nor `"\n"`, and `=` followed by a combining mark is one Character
/// that is not `=`; testing Characters would leave such fields unquoted or live.
enum CSVField {
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func render(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, formulaTriggers.contains(first), NumberFormat.number(text) == nil {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", "\"\"") + "\""
    }
}
