import ArgumentParser
import Foundation
import PolicyRankKit

struct Explain: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why one option ranks above (or below) another, with the evidence behind it.",
        discussion: """
            Lists the criteria that separate them, largest first: contributions for additive methods, the method's own \
            per-criterion terms otherwise; under each, both options' scores as written and their notes, then their sources. \
            The study directory may come first, between or after the two ids.
            """)

    @Argument(
        help: ArgumentHelp("Two option ids and, in any position, the study directory (default: the current one).", valueName: "ids-and-study"),
        completion: Completions.options)
    var items: [String] = []

    @OptionGroup var ranking: RankingOptions

    @Option(help: Formats.help(Renderers.explanation), completion: Formats.completion(Renderers.explanation))
    var format = Renderers.names(Renderers.explanation)[0]

    func validate() throws {
        try Formats.check(format, Renderers.explanation)
        _ = try Self.resolve(items)
    }

    /// The two ids and the study: the one item that is a directory is the study.
    static func resolve(_ items: [String]) throws -> (first: String, second: String, study: String) {
        let directories = items.filter(Diff.isDirectory)
        switch (items.count, directories.count) {
        case (2, 0): return (items[0], items[1], ".")
        case (3, 1):
            let ids = items.filter { !Diff.isDirectory($0) }
            return (ids[0], ids[1], directories[0])
        case (3, 0):
            throw ValidationError("'\(items[2])' is not a study directory, and explain takes two option ids and one study")
        case (_, 2...):
            throw ValidationError("more than one study directory among \(items.map { "'\($0)'" }.joined(separator: ", ")); give one study and two option ids")
        default:
            throw ValidationError(
                "explain needs two option ids and, optionally, the study directory (got \(items.count) argument\(items.count == 1 ? "" : "s"))")
        }
    }

    func execute() throws(CommandFailure) {
        let resolved: (first: String, second: String, study: String)
        do {
            resolved = try Self.resolve(items)
        } catch {
            throw .usage("\(error)")
        }
        let (study, base) = try ranking.load(study: resolved.study)
        do {
            let explanation = try Explanation(ranking: base.ranking, resolved.first, resolved.second).withEvidence(from: study)
            print(Formats.renderer(format, Renderers.explanation).render(explanation, in: RenderContext()), terminator: "")
        } catch {
            throw .usage(error.description)
        }
    }
}
