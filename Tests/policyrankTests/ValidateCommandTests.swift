import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let broken = CLI.fixtures.appendingPathComponent("invalid/many-problems")

    @Test func theShippedStudyIsClean() throws {
        let result = try CLI.run(["validate", "--strict"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "No problems found.\n")
    }

    @Test(arguments: ["text", "json", "github", "sarif"])
    func reportsEveryProblemInEachFormat(format: String) throws {
        let result = try CLI.run(["validate", ".", "--format", format], in: Self.broken)
        #expect(result.status == 1)
        try CLI.expectGolden(result.stdout, "validate-many-problems.\(format)")
    }

    @Test func textSummaryGoesToStandardError() throws {
        let result = try CLI.run(["validate"], in: Self.broken)
        #expect(result.stderr == "5 errors, 0 warnings\n")
        #expect(result.stdout.split(separator: "\n").count == 5)
    }

    @Test func sarifOutputValidatesAgainstTheOfficialSchema() throws {
        let result = try CLI.run(["validate", ".", "--format", "sarif"], in: Self.broken)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString).sarif")
        try result.stdout.write(to: output, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: output) }
        let schema = CLI.repositoryRoot.appendingPathComponent("Tests/policyrankTests/sarif-schema-2.1.0.json")
        let check = try Self.python([
            "-c", "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
            output.path, schema.path,
        ])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "valid\n")
    }

    @Test func warningsFailOnlyUnderStrict() throws {
        let study = CLI.fixtures.appendingPathComponent("invalid/unknown-key")
        let relaxed = try CLI.run(["validate", study.path, "--no-expect"])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning: unknown key 'colour' in criterion; it is ignored"))
        let strict = try CLI.run(["validate", study.path, "--no-expect", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: unknown key 'colour'"))
    }

    /// A key a typo away from a real one would be ignored and change the answer with exit 0:
    /// `wieght: 40` (the weight becomes 1), `likly:` (a range ranked at its midpoint),
    /// `normalisation:` (the normalization ignored). Each is an error at its line, and `rank`
    /// refuses the study.
    @Test func typosOfKnownKeysAreErrorsAtTheirLines() throws {
        let study = CLI.fixtures.appendingPathComponent("invalid/misspelt-key")
        let result = try CLI.run(["validate", ".", "--no-expect"], in: study)
        #expect(result.status == 1)
        #expect(result.stdout.contains("criteria/tree.yaml:17:5: error: unknown key 'wieght' in criterion (did you mean 'weight'?)"))
        #expect(result.stdout.contains("policies/beta.yaml:6:19: error: unknown key 'likly' in score of 'cost' in policy 'beta' (did you mean 'likely'?)"))
        #expect(result.stdout.contains("study.yaml:6:1: error: unknown key 'normalisation' in study.yaml (did you mean 'normalization'?)"))
        let rank = try CLI.run(["rank"], in: study)
        #expect(rank.status == 1)
        #expect(rank.stdout.isEmpty)
    }

    /// A leaf dedented by one level reads as a new top-level criterion: an error at its line.
    @Test func aDedentedLeafIsAnErrorAtItsLine() throws {
        let result = try CLI.run(["validate", ".", "--no-expect"], in: CLI.fixtures.appendingPathComponent("invalid/dedented-criterion"))
        #expect(result.status == 1)
        #expect(result.stdout.contains("criteria/tree.yaml:23:9: error: criterion 'upkeep' is the only top-level leaf among 2 groups"))
    }

    @Test func aSingleFileIsCheckedInTheContextOfItsStudy() throws {
        let result = try CLI.run(["validate", "policies/beta.yaml"], in: Self.broken)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                policies/beta.yaml:4:13: error: score 30 of policy 'beta' on 'violence' is outside its scale [0, 10] [score-out-of-scale]
                policies/beta.yaml:5:9: error: unknown level 'hi' for 'harm'; levels: none, low, high [unknown-level]

                """)
    }

    @Test func pathsArePrintedAsTheUserWroteThem() throws {
        let result = try CLI.run(["validate", "Tests/PolicyRankKitTests/Fixtures/invalid/unknown-level"])
        #expect(result.stdout.hasPrefix("Tests/PolicyRankKitTests/Fixtures/invalid/unknown-level/policies/beta.yaml:5:9: error:"))
    }

    @Test func aMissingPathIsAnErrorNotACrash() throws {
        let result = try CLI.run(["validate", "no/such/study"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[not-a-study]"))
    }

    @Test func aBadFlagIsAUsageError() throws {
        let result = try CLI.run(["validate", "--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("xml"))
    }

    @Test func hostileFilesEndInErrorsNotCrashes() throws {
        for fixture in ["yaml-nesting", "yaml-alias-limit", "invalid-utf8", "non-finite-number"] {
            let result = try CLI.run(["validate", CLI.fixtures.appendingPathComponent("invalid/\(fixture)").path, "--format", "json"])
            #expect(result.status == 1, "\(fixture)")
            #expect(result.stdout.contains("\"code\": \"\(fixture)\""), "\(fixture)")
        }
    }

    static func python(_ arguments: [String]) throws -> CLI.Result {
        try CLI.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }
}
