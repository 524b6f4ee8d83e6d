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
    /// Every occurrence of `target` replaced, matched on Unicode scalars: splitting on
    /// Characters would miss the `\r` of a `"\r\n"` (one Character), so a GitHub workflow
    /// command would receive a raw line break.
    func replacingAll(_ target: String, _ replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        guard !pattern.isEmpty else { return self }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count, Array(scalars[index..<(index + pattern.count)]) == pattern {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}

extension DiagnosticGitHubRenderer: Renderer {
    public static let format = "github"
    public static func render(_ diagnostics: [Diagnostic], in context: RenderContext) -> String { render(diagnostics) }
}
