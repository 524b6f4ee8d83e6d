import Foundation
import Testing

@Suite struct DiffCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    /// A copy of the minimal study with `edit` applied to one of its files.
    static func modifiedCopy(_ file: String, _ edit: (String) -> String) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: minimal, to: copy)
        let url = copy.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func identicalStudiesExitZeroUnderFailOnChange() throws {
        let result = try CLI.run(["diff", Self.minimal.path, Self.minimal.path, "--fail-on-change"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ranking unchanged"))
        #expect(result.stdout.contains("no input changed"))
    }

    @Test(arguments: ["table", "markdown", "json"])
    func reportsMovesAndTheirCause(format: String) throws {
        // Neither change alone lifts beta above alpha; together they do.
        let new = try Self.modifiedCopy("policies/beta.yaml") {
            $0.replacingOccurrences(of: "violence: 3", with: "violence: 10").replacingOccurrences(of: "harm: high", with: "harm: none")
        }
        defer { try? FileManager.default.removeItem(at: new) }
        let result = try CLI.run(["diff", Self.minimal.path, new.path, "--format", format, "--fail-on-change"])
        #expect(result.status == 1)
        try CLI.expectGolden(result.stdout, "diff-minimal-score.\(format)")
    }

    @Test func savedRankingsCanBeCompared() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = directory.appendingPathComponent("before.json"), after = directory.appendingPathComponent("after.json")
        #expect(try CLI.run(["rank", Self.minimal.path, "--format", "json", "--output", before.path]).status == 0)
        #expect(try CLI.run(["rank", Self.minimal.path, "--method", "topsis", "--format", "json", "--output", after.path]).status == 0)
        let result = try CLI.run(["diff", before.path, after.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("alpha"))
        #expect(!result.stdout.contains("Causes"))
        let bad = try CLI.run(["diff", before.path, Self.minimal.appendingPathComponent("study.yaml").path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not a `policyrank rank --format json` result"))
    }
}
