/// GitHub Actions workflow commands, which GitHub turns into annotations on the exact line:
/// `::error file=…,line=…,col=…,title=…::message`.
public enum DiagnosticGitHubRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let location = diagnostic.location
            let properties = [
                "file=\(escapeProperty(location.file))",
                "line=\(location.line)",
                "col=\(location.column)",
                "title=\(escapeProperty("policyrank " + diagnostic.rule.rawValue))",
            ].joined(separator: ",")
            return "::\(diagnostic.severity == .error ? "error" : "warning") \(properties)::\(escapeData(diagnostic.message))\n"
        }.joined()
    }

    /// Escaping as in the Actions toolkit's `command.ts`.
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension DiagnosticGitHubRenderer: Renderer {
    public static let format = "github"
    public static func render(_ diagnostics: [Diagnostic], in context: RenderContext) -> String { render(diagnostics) }
}
