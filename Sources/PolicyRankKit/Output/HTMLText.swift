/// Escaping for HTML renderers. Every string a user wrote (titles, names, ids, labels, units)
/// goes through `escape` before it reaches a page, so a policy named `<script>…` is shown as
/// text instead of run when a facilitator opens the handout.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in element content and in quoted attribute
    /// values alike, so callers need not remember which context they are in.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
