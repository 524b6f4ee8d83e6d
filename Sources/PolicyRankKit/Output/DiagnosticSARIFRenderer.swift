/// SARIF 2.1.0 (OASIS), the format code-scanning dashboards import.
public enum DiagnosticSARIFRenderer {
    /// SARIF §3.4.3: `uri` is a URI, so a path is percent-encoded (a `#` in a file name would
    /// otherwise start a fragment, a space is not allowed at all). A relative path is relative
    /// to the root the consumer knows (`uriBaseId` %SRCROOT%, as GitHub code scanning reads
    /// it); an absolute path becomes a `file://` URI, which needs no base.
    static func artifactLocation(_ path: String) -> JSONValue {
        let encoded = percentEncoded(path)
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + encoded))]) }
        return .object([("uri", .string(encoded)), ("uriBaseId", .string("%SRCROOT%"))])
    }

    /// RFC 3986: every byte but the unreserved characters and `/` as %XX, on UTF-8 bytes.
    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

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
                                    ("artifactLocation", artifactLocation(diagnostic.location.file)),
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

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
