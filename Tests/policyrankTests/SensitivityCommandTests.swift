import Foundation
import Testing

@Suite struct SensitivityCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    @Test(arguments: ["table", "markdown", "json"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["sensitivity", ".", "--samples", "2000", "--seed", "7", "--format", format], in: Self.minimal)
        #expect(result.status == 0)
        try CLI.expectGolden(result.stdout, "sensitivity-minimal.\(format)")
    }

    @Test func theSameSeedGivesTheSameBytesOnOneOrTwoThreads() throws {
        let arguments = ["sensitivity", "--samples", "20000", "--seed", "3", "--format", "json"]
        let one = try CLI.run(arguments + ["--threads", "1"])
        let two = try CLI.run(arguments + ["--threads", "2"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.contains("\"standard_error\""))
    }

    @Test func weightModelsAndMethodsAreSelectable() throws {
        let result = try CLI.run(
            [
                "sensitivity", ".", "--samples", "500", "--weight-model", "dirichlet", "--concentration", "20",
                "--method", "topsis", "--format", "json",
            ], in: Self.minimal)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"weight_model\": \"dirichlet\""))
        #expect(result.stdout.contains("\"concentration\": 20"))
        #expect(result.stdout.contains("\"name\": \"topsis\""))
    }

    @Test func badValuesAreUsageErrors() throws {
        #expect(try CLI.run(["sensitivity", "--samples", "0"]).status == 64)
        #expect(try CLI.run(["sensitivity", "--weight-model", "fancy"]).status == 64)
        #expect(try CLI.run(["sensitivity", "--threads", "0"]).status == 64)
    }
}
