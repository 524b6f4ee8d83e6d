/// `{"diagnostics": [{file, line, column, severity, code, message}], "errors": N, "warnings": N}`.
public enum DiagnosticJSONRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        JSONValue.object([
            (
                "diagnostics",
                .array(
                    diagnostics.map { diagnostic in
                        .object([
                            ("file", .string(diagnostic.location.file)),
                            ("line", .integer(diagnostic.location.line)),
                            ("column", .integer(diagnostic.location.column)),
                            ("severity", .string(diagnostic.severity.rawValue)),
                            ("code", .string(diagnostic.rule.rawValue)),
                            ("message", .string(diagnostic.message)),
                        ])
                    })
            ),
            ("errors", .integer(diagnostics.errorCount)),
            ("warnings", .integer(diagnostics.warningCount)),
        ]).rendered()
    }
}

extension DiagnosticJSONRenderer: Renderer {
    public static let format = "json"
    public static func render(_ diagnostics: [Diagnostic], in context: RenderContext) -> String { render(diagnostics) }
}
