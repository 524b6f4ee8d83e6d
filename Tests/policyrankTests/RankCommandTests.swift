import Foundation
import Testing

@Suite struct RankCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    @Test func ranksTheShippedStudyByDefault() throws {
        let result = try CLI.run(["rank"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Method wsm · normalization scale · higher score is better · ties: competition (1, 2, 2, 4)"))
        #expect(result.stdout.contains("   1  regional_intelligence"))
    }

    @Test(arguments: ["table", "markdown", "csv", "json"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["rank", ".", "--format", format], in: Self.minimal)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try CLI.expectGolden(result.stdout, "rank-minimal.\(format)")
    }

    @Test(arguments: ["vikor", "promethee2", "topsis"])
    func methodSpecificDetailsAppearInJSON(method: String) throws {
        let result = try CLI.run(["rank", ".", "--method", method, "--format", "json"], in: Self.minimal)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "rank-minimal-\(method).json")
    }

    @Test func vikorPrintsItsCompromiseSet() throws {
        let result = try CLI.run(["rank", ".", "--method", "vikor", "--format", "markdown"], in: Self.minimal)
        try CLI.expectGolden(result.stdout, "rank-minimal-vikor.markdown")
    }

    @Test func explainsWhyOneOptionBeatsAnother() throws {
        let result = try CLI.run(["explain", "alpha", "beta", "."], in: Self.minimal)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "explain-alpha-beta.text")
        let unknown = try CLI.run(["explain", "alpha", "bta", "."], in: Self.minimal)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown option 'bta' (did you mean 'beta'?)"))
    }

    @Test func perspectivesSwapInTheirWeights() throws {
        let result = try CLI.run(["rank", ".", "--perspective", "hawks", "--format", "json"], in: Self.minimal)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "rank-minimal-hawks.json")
    }

    @Test func refusesAStudyWithErrors() throws {
        let result = try CLI.run(["rank", CLI.fixtures.appendingPathComponent("invalid/many-problems").path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("[score-out-of-scale]"))
        #expect(result.stderr.hasSuffix("cannot rank: 5 errors, 0 warnings\n"))
    }

    @Test(arguments: [
        (["--method", "topsys"], "unknown method 'topsys'"),
        (["--param", "v=0.5"], "method 'wsm' has no parameter 'v'"),
        (["--param", "v"], "--param expects NAME=NUMBER"),
        (["--perspective", "hawk"], "unknown perspective 'hawk' (did you mean 'hawks'?)"),
        (["--normalization", "vectr"], "unknown normalization 'vectr' (did you mean 'vector'?)"),
        (["--method", "vikor", "--normalization", "minmax"], "method 'vikor' normalizes in its own way"),
        (["--normalization", "none"], "so the cost criteria harm, cost would count as benefits"),
        (["--method", "vikor", "--param", "v=2"], "parameter 'v' must be in [0, 1], got 2"),
    ])
    func badChoicesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CLI.run(["rank", "."] + arguments, in: Self.minimal)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func writesTheOutputFileAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("ranking.json")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let result = try CLI.run(["rank", ".", "--format", "json", "--output", target.path], in: Self.minimal)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{\n  \"title\": \"Fixture study\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ranking.json"])
    }

    @Test func neverColoursWhenNotATerminal() throws {
        let result = try CLI.run(["rank"], environment: ["NO_COLOR": ""])
        #expect(!result.stdout.contains("\u{1B}["))
    }
}

@Suite struct SubcommandUsageTests {
    /// An unknown method is found after parsing, in the engine; the usage printed is still
    /// the subcommand's, not `policyrank <subcommand>`.
    @Test func aUsageErrorInsideASubcommandPrintsThatSubcommandsUsage() throws {
        let result = try CLI.run(["rank", "--method", "topsys"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: unknown method 'topsys' (did you mean 'topsis'?)"))
        #expect(result.stderr.contains("Usage: policyrank rank [<study>]"))
        #expect(result.stderr.contains("See 'policyrank rank --help'"))
    }
}

@Suite struct DegenerateMethodTests {
    /// Under wpm (linear normalization) three options of the shipped study score 0, each
    /// through a criterion on which its score is 0: flagged at the criterion's line, and their
    /// order among themselves is not shown as a ranking.
    @Test func wpmOnTheShippedStudyIsNotARanking() throws {
        let result = try CLI.run(["rank", "--method", "wpm"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Not a ranking: wpm scores 3 of 8 options 0 whatever their other scores"))
        #expect(!result.stdout.contains("statistically tied"))
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("'taliban_leverage' zeroes the weighted product of 'community'") })
        #expect(line.hasPrefix("criteria/tree.yaml:"), "located at the criterion: \(line)")
        #expect(result.stderr.contains("[degenerate-method]"))
        let json = try CLI.run(["rank", "--method", "wpm", "--format", "json"])
        #expect(json.stdout.contains("\"degenerate\""))
        #expect(!json.stdout.contains("\"p_first\""))
    }

    @Test func methodTablesDoNotShowItAsARanking() throws {
        let sensitivity = try CLI.run(["sensitivity", "--samples", "200", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sensitivity.stdout.utf8)) as? [String: Any])
        let methods = try #require(object["methods"] as? [String: Any])
        #expect((methods["rankings"] as? [String: Any])?["wpm"] is NSNull)
        #expect((methods["degenerate"] as? [String: String])?["wpm"]?.hasPrefix("wpm scores 3 of 8 options 0") == true)
        let compare = try CLI.run(["compare", "--methods", "wsm,wpm"])
        #expect(compare.stdout.contains("wpm (—): Not a ranking"))
    }

    /// `expect: top` does not pass on a degenerate result (it used to pass on a five-way tie).
    @Test func anExpectationDoesNotPassOnADegenerateResult() throws {
        let copy = try DiffCommandTests.modifiedCopy("study.yaml") { _ in "method: vikor\nexpect:\n  top: alpha\n" }
        defer { try? FileManager.default.removeItem(at: copy) }
        let result = try CLI.run(["validate", copy.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: expected 'alpha' to rank first, but Not a ranking: vikor gives every option the same score"))
    }
}

@Suite struct ExplainCommandTests {
    /// The evidence behind each deciding criterion: both scores as written and their notes,
    /// then the sources.
    @Test(arguments: [["alpha", "beta", "."], [".", "alpha", "beta"], ["alpha", ".", "beta"], ["alpha", "beta"]])
    func takesTheStudyInAnyPosition(arguments: [String]) throws {
        let result = try CLI.run(["explain"] + arguments, in: RankCommandTests.minimal)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("      alpha: none — Another note."))
        #expect(result.stdout.contains("      beta: high — Why high."))
        #expect(result.stdout.contains("      alpha: 200 (100–400) — A third note."))
        #expect(result.stdout.contains("Sources:\n  alpha: A source\n  beta: A source"))
    }

    @Test func twoStudiesOrTooFewIdsAreUsageErrors() throws {
        let twoStudies = try CLI.run(["explain", "alpha", ".", "."], in: RankCommandTests.minimal)
        #expect(twoStudies.status == 64)
        #expect(twoStudies.stderr.contains("more than one study directory"))
        let oneId = try CLI.run(["explain", "alpha"], in: RankCommandTests.minimal)
        #expect(oneId.status == 64)
    }

    @Test(arguments: ["markdown", "json"])
    func printsMarkdownAndJSON(format: String) throws {
        let result = try CLI.run(["explain", "alpha", "beta", "--format", format], in: RankCommandTests.minimal)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "explain-alpha-beta.\(format)")
    }
}
