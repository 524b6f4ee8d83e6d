import ArgumentParser
import PolicyRankKit

struct Explain: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why one option ranks above (or below) another.",
        discussion: "Lists the criteria that separate them, largest first: contributions for additive methods, the method's own per-criterion terms otherwise.")

    @Argument(help: "The first option's id.")
    var first: String

    @Argument(help: "The second option's id.")
    var second: String

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    func execute() throws(CommandFailure) {
        let result = try ranking.load(study: study).base.ranking
        do {
            print(ExplanationTextRenderer.render(try Explanation(ranking: result, first, second)), terminator: "")
        } catch {
            throw .usage(error.description)
        }
    }
}
