import ArgumentParser
import PolicyRankKit

@main
struct PolicyRank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policyrank",
        abstract: "Validate and rank policy options with multi-criteria decision analysis.",
        discussion: "A study is a directory: study.yaml, criteria/*.yaml, policies/*.yaml. Commands default to the current directory.",
        version: PolicyRankVersion.current,
        subcommands: [
            Rank.self, Explain.self, Sensitivity.self, Portfolio.self, Flip.self, Gaia.self, Compare.self, Mapping.self, Report.self, Diff.self, Validate.self,
            Weights.self,
            Schema.self,
            Init.self, Import.self,
        ],
        defaultSubcommand: nil)
}
