/// SARIF 2.1.0 (OASIS), the format code-scanning dashboards import.
public enum DiagnosticSARIFRenderer {
    public static func render(_ diagnostics: [Diagnostic], version: String) -> String {
        let rules = Rule.allCases.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let driver: JSONValue = .object([
            ("name", .string("policyrank")),
            ("version", .string(version)),
            ("informationUri", .string("https://github.com/policyrank/policyrank")),
            (
                "rules",
                .array(
                    rules.map { rule in
                        .object([
                            ("id", .string(rule.rawValue)),
                            ("shortDescription", .object([("text", .string(rule.summary))])),
                        ])
                    })
            ),
        ])
        let results: [JSONValue] = diagnostics.map { diagnostic in
            .object([
                ("ruleId", .string(diagnostic.rule.rawValue)),
                ("ruleIndex", .integer(ruleIndex[diagnostic.rule] ?? 0)),
                ("level", .string(diagnostic.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(diagnostic.message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    ("artifactLocation", .object([("uri", .string(diagnostic.location.file))])),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .integer(max(1, diagnostic.location.line))),
                                            ("startColumn", .integer(max(1, diagnostic.location.column))),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
            ])
        }
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        ("tool", .object([("driver", driver)])),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ]).rendered()
    }
}

extension DiagnosticSARIFRenderer: Renderer {
    public static let format = "sarif"
    public static func render(_ diagnostics: [Diagnostic], in context: RenderContext) -> String { render(diagnostics, version: context.version) }
}
