import Foundation
import Testing

@Suite struct WeightsCommandTests {
    static let files = CLI.fixtures.appendingPathComponent("weights")

    @Test(arguments: ["text", "json", "yaml"])
    func ahpInEachFormat(format: String) throws {
        let result = try CLI.run(["weights", "ahp", Self.files.appendingPathComponent("inconsistent.yaml").path, "--format", format])
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "weights-ahp-inconsistent.\(format)")
    }

    @Test(arguments: ["swing", "roc"])
    func swingAndRankOrderCentroid(kind: String) throws {
        let result = try CLI.run(["weights", kind, Self.files.appendingPathComponent("\(kind).yaml").path, "--format", "json"])
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "weights-\(kind).json")
    }

    @Test(arguments: ["entropy", "critic"])
    func objectiveWeightsOfTheMinimalStudy(kind: String) throws {
        let result = try CLI.run(["weights", kind, CLI.fixtures.appendingPathComponent("valid/minimal").path, "--format", "yaml"])
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "weights-\(kind)-minimal.yaml")
    }

    @Test func aBrokenMatrixGivesLocatedErrors() throws {
        let result = try CLI.run(["weights", "ahp", "broken.yaml"], in: Self.files)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                broken.yaml:1:28: error: criterion id 'Feasibility' must match ^[a-z][a-z0-9_-]*$ (lowercase letter first, then lowercase letters, digits, '_' or '-') [invalid-id]
                broken.yaml:3:12: error: a judgement must be a positive number or a fraction such as 1/3, found '0' [wrong-type]
                broken.yaml:4:14: error: a judgement must be a positive number or a fraction such as 1/3, found 'two' [wrong-type]

                """)
    }

    @Test func theYAMLBlockPastesIntoACriteriaFile() throws {
        let result = try CLI.run(["weights", "ahp", Self.files.appendingPathComponent("saaty-general-condition.yaml").path, "--format", "yaml"])
        #expect(result.stdout.contains("- id: ahp-weights\n  name: Weights from ahp, CR 0.000\n  weights:\n    house_a: 0.2\n"))
    }
}
