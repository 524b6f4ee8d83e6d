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

    @Test(arguments: ["criteria", "methods", "perspectives"])
    func printsOneCSVTablePerFile(table: String) throws {
        let result = try CLI.run(["compare", ".", "--format", "csv", "--table", table], in: Self.minimal)
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "compare-minimal-\(table).csv")
        #expect(!result.stdout.contains("section"), "one table needs no section column")
    }

    @Test func theCriteriaTableSplitsRangesIntoNumbersAndPacksOneRowPerOption() throws {
        let result = try CLI.run(["compare", ".", "--format", "csv", "--table", "criteria"], in: Self.minimal)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0].hasPrefix("id,name,violence:low,violence:likely,violence:high"))
        // alpha's cost {low: 100, likely: 200, high: 400}; beta's {low: 50, high: 150} ranks at 100.
        #expect(rows[2].hasSuffix(",100,200,400"))
        #expect(rows[3].hasSuffix(",50,100,150"))
    }

    @Test func bomStartsTheCSVWithAByteOrderMarkForExcel() throws {
        let plain = try CLI.run(["compare", ".", "--format", "csv"], in: Self.minimal)
        let marked = try CLI.run(["compare", ".", "--format", "csv", "--bom"], in: Self.minimal)
        #expect(Array(marked.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(marked.stdout.dropFirst()) == plain.stdout)
        let rank = try CLI.run(["rank", ".", "--format", "csv", "--bom"], in: Self.minimal)
        #expect(Array(rank.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        (["--table", "criteria"], "--table applies to --format csv"),
        (["--format", "csv", "--table", "scores"], "--table expects one of criteria, methods, perspectives, packages"),
        (["--format", "csv", "--table", "packages"], "--table packages needs a study with a portfolio"),
        (["--bom"], "--bom applies to --format csv"),
    ])
    func tableAndBomChoicesAreChecked(arguments: [String], message: String) throws {
        let result = try CLI.run(["compare", "."] + arguments, in: Self.minimal)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func theHTMLPrintsOnA4LandscapeWhenATableIsWide() throws {
        // Twelve methods are thirteen columns: landscape. Two methods and three criteria fit portrait.
        let wide = try CLI.run(["compare", ".", "--format", "html"], in: Self.minimal)
        #expect(wide.stdout.contains("@page { size: A4 landscape; margin: 12mm; }"))
        let narrow = try CLI.run(["compare", ".", "--format", "html", "--methods", "wsm,topsis"], in: Self.minimal)
        #expect(narrow.stdout.contains("@page { size: A4; margin: 12mm; }"))
        #expect(!narrow.stdout.contains("Letter"))
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
