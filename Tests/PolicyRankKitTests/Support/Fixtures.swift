import Foundation

@testable import PolicyRankKit

/// Paths to the test fixtures and the shipped study, read from the source tree.
enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let root = testsDirectory.appendingPathComponent("Fixtures")
    static let golden = testsDirectory.appendingPathComponent("Golden")
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// `POLICYRANK_RECORD=1 swift test` rewrites golden files instead of comparing; review the diff.
    static var recording: Bool { ProcessInfo.processInfo.environment["POLICYRANK_RECORD"] == "1" }

    static func names(_ kind: String) -> [String] {
        let directory = root.appendingPathComponent(kind)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    static func path(_ kind: String, _ name: String) -> String {
        root.appendingPathComponent(kind).appendingPathComponent(name).path
    }

    /// Compares `actual` with the golden file at `url`, or records it.
    static func assertGolden(_ actual: String, at url: URL) throws -> (expected: String, actual: String) {
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(url.path); run with POLICYRANK_RECORD=1>"
        return (expected, actual)
    }

    /// Diagnostics of a fixture study with paths relative to the study, as a user there sees them.
    static func diagnosticsText(_ path: String) -> (diagnostics: [Diagnostic], text: String) {
        let diagnostics = Validator.validate(path: path).diagnostics
        let text = DiagnosticTextRenderer.render(diagnostics).replacingAll(path + "/", "")
        return (diagnostics, text)
    }
}
