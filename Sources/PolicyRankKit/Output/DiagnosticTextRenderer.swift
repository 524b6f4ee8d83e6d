/// `file:line:column: severity: message [rule]`, the form compilers and editors read.
public enum DiagnosticTextRenderer {
    public static func render(_ diagnostics: [Diagnostic], color: Bool = false) -> String {
        diagnostics.map { line(for: $0, color: color) + "\n" }.joined()
    }

    public static func line(for diagnostic: Diagnostic, color: Bool = false) -> String {
        let severity = diagnostic.severity.rawValue
        let label = color ? ANSI.wrap(severity + ":", diagnostic.severity == .error ? ANSI.red : ANSI.yellow) : severity + ":"
        // A message quotes what the file says; on a terminal its control characters could
        // move the cursor or recolour the screen, so they are dropped (`TerminalText`).
        return "\(TerminalText.visible(diagnostic.location.description)): \(label) \(TerminalText.visible(diagnostic.message)) [\(diagnostic.rule.rawValue)]"
    }

    /// "2 errors, 1 warning" for the end of a run.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning"))"
    }
}

/// Terminal colour codes; renderers use them only when asked (a TTY without NO_COLOR).
public enum ANSI {
    static let red = "31"
    static let yellow = "33"
    static let bold = "1"

    static func wrap(_ text: String, _ code: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

extension DiagnosticTextRenderer: Renderer {
    public static let format = "text"
    public static func render(_ diagnostics: [Diagnostic], in context: RenderContext) -> String { render(diagnostics, color: context.color) }
}
