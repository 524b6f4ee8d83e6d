import ArgumentParser
import PolicyRankKit
import Testing

@testable import policyrank

/// Flags parsed in-process, as swift-argument-parser's own `AssertParse` tests do: faster
/// than running the binary, and they pin what each flag turns into.
@Suite struct ArgumentParsingTests {
    @Test func rankDefaultsToTheFirstRendererAndTheCurrentDirectory() throws {
        let rank = try Rank.parse([])
        #expect(rank.study == ".")
        #expect(rank.format == "table")
        #expect(rank.ranking.method == nil)
    }

    @Test func rankingChoicesBecomeRankOptions() throws {
        let rank = try Rank.parse(["study", "--method", "vikor", "--param", "v=0.2", "--perspective", "hawks"])
        let options = try rank.ranking.rankOptions()
        #expect(options.method == "vikor")
        #expect(options.parameters.map(\.0) == ["v"])
        #expect(options.parameters.map(\.1) == [0.2])
        #expect(options.perspective == "hawks")
    }

    @Test func aMalformedParameterIsAUsageError() throws {
        let rank = try Rank.parse(["--param", "v"])
        #expect(throws: CommandFailure.self) { try rank.ranking.rankOptions() }
    }

    /// Every command's formats come from its renderer list; an unknown one fails validation
    /// with a suggestion.
    @Test func formatsAreTheRenderersNames() throws {
        #expect(Renderers.names(Renderers.ranking) == ["table", "markdown", "csv", "json"])
        #expect(Renderers.names(Renderers.diagnostics) == ["text", "json", "github", "sarif"])
        for name in Renderers.names(Renderers.comparison) { _ = try Compare.parse(["--format", name]) }
        #expect(throws: (any Error).self) { try Rank.parse(["--format", "jsn"]) }
        #expect(throws: (any Error).self) { try Validate.parse(["--format", "sarf"]) }
    }

    @Test func sensitivityTakesSamplingFlags() throws {
        let sensitivity = try Sensitivity.parse(["--samples", "500", "--seed", "7", "--threads", "1", "--weight-model", "dirichlet"])
        #expect(sensitivity.sampling.samples == 500)
        #expect(sensitivity.sampling.seed == 7)
        #expect(sensitivity.sampling.threads == 1)
        #expect(throws: (any Error).self) { try Sensitivity.parse(["--samples", "0"]) }
    }

    @Test func usageFailuresExitSixtyFourAndOthersOne() {
        #expect(CommandFailure.usage("x").exitCode == 64)
        #expect(CommandFailure.invalidInput.exitCode == 1)
        #expect(CommandFailure.fileSystem("x").exitCode == 1)
        #expect(CommandFailure.rankingChanged.exitCode == 2)
    }
}
