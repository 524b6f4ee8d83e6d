import Foundation
import Testing

@Suite struct ReportCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func writesOneSelfContainedFileAtomically() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.html")
        let arguments = ["report", Self.minimal.path, "--output", output.path, "--samples", "500", "--date", "2025-01-31"]
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Fixture study</h1>"))
        #expect(html.contains("<time datetime=\"2025-01-31\">"))
        // Nothing to fetch: no external scripts, styles or images.
        #expect(!html.contains("<script src") && !html.contains("<link") && !html.contains("<img"))
        // Atomic: only the report is left in the directory, and a second run gives the same bytes.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
        #expect(try CLI.run(arguments).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == html)
    }

    @Test func aScriptInAPolicyNameIsShownAsText() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let study = directory.appendingPathComponent("study")
        try FileManager.default.copyItem(at: Self.minimal, to: study)
        let policy = study.appendingPathComponent("policies/alpha.yaml")
        let yaml = try String(contentsOf: policy, encoding: .utf8)
            .replacingOccurrences(of: "name: Alpha", with: "name: \"<script>alert('x')</script>\"")
        try yaml.write(to: policy, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("report.html")
        let result = try CLI.run(["report", study.path, "--output", output.path, "--samples", "200"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
    }

    @Test(arguments: [
        ["report"],  // --output is required
        ["report", "--output", "/tmp/x.html", "--date", "31/01/2025"],
        ["report", "--output", "/tmp/x.html", "--samples", "0"],
        ["report", "--output", "/tmp/x.html", "--perspective", "nobody"],
    ])
    func badFlagsAreUsageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments, in: Self.minimal)
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func anUnwritablePathFailsWithoutAPartialFile() throws {
        let result = try CLI.run(["report", "--output", "/nonexistent-dir/report.html", "--samples", "100"], in: Self.minimal)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
    }
}
