import Foundation
import Testing

@Suite struct CompareCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    @Test(arguments: ["table", "markdown", "csv", "html", "json"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["compare", ".", "--format", format], in: Self.minimal)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        try CLI.expectGolden(result.stdout, "compare-minimal.\(format)")
        // Same input, same bytes.
        #expect(try CLI.run(["compare", ".", "--format", format], in: Self.minimal).stdout == result.stdout)
    }

    @Test func comparesTheShippedStudyByDefault() throws {
        let result = try CLI.run(["compare"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Options × criteria"))
        #expect(result.stdout.contains("security_establishment"))
    }

    @Test func selectsMethodsAndPerspectives() throws {
        let result = try CLI.run(["compare", ".", "--methods", "vikor, wsm", "--perspectives", "hawks", "--format", "csv"], in: Self.minimal)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("section,id,name,vikor:rank,vikor:score,wsm:rank,wsm:score\r\n"))
        #expect(result.stdout.contains("section,id,name,(study weights),hawks,"))
        #expect(!result.stdout.contains("topsis"))
    }

    @Test func escapesStudyTextInHTML() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-compare-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Self.minimal, to: directory)
        let alpha = directory.appendingPathComponent("policies/alpha.yaml")
        let text = try String(contentsOf: alpha, encoding: .utf8)
            .replacingOccurrences(of: "name: Alpha", with: "name: '<script>alert(\"x\")</script> & Co'")
        try text.write(to: alpha, atomically: true, encoding: .utf8)

        let result = try CLI.run(["compare", ".", "--format", "html"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"))
        #expect(!result.stdout.contains("<script"))
    }

    @Test(arguments: [
        (["--methods", "wsm,topsys"], "unknown method 'topsys' (did you mean 'topsis'?)"),
        (["--methods", " , "], "--methods needs at least one method name"),
        (["--perspectives", "hawk"], "unknown perspective 'hawk' (did you mean 'hawks'?)"),
        (["--method", "vikor", "--normalization", "minmax"], "method 'vikor' normalizes in its own way"),
        (["--format", "pdf"], "The value 'pdf' is invalid for '--format"),
    ])
    func badChoicesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CLI.run(["compare", "."] + arguments, in: Self.minimal)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func writesTheOutputFileAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("handout.html")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let result = try CLI.run(["compare", ".", "--format", "html", "--output", target.path], in: Self.minimal)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        let printed = try CLI.run(["compare", ".", "--format", "html"], in: Self.minimal).stdout
        #expect(try String(contentsOf: target, encoding: .utf8) == printed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["handout.html"])
    }

    @Test func refusesAStudyWithErrors() throws {
        let result = try CLI.run(["compare", CLI.fixtures.appendingPathComponent("invalid/many-problems").path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("cannot rank:"))
    }
}
