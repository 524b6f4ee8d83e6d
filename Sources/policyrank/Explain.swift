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

    /// The two ids and the study: the one item that is a directory is the study. A package
    /// ("a+b") may stand alone, to be explained without a comparison.
    static func resolve(_ items: [String]) throws -> (first: String, second: String?, study: String) {
        let directories = items.filter(Diff.isDirectory)
        let ids = items.filter { !Diff.isDirectory($0) }
        guard directories.count <= 1 else {
            throw ValidationError("more than one study directory among \(items.map { "'\($0)'" }.joined(separator: ", ")); give one study and two option ids")
        }
        let study = directories.first ?? "."
        switch ids.count {
        case 2: return (ids[0], ids[1], study)
        case 1 where isPackage(ids[0]): return (ids[0], nil, study)
        case 3 where directories.isEmpty:
            throw ValidationError("'\(items[2])' is not a study directory, and explain takes two option ids and one study")
        default:
            throw ValidationError(
                "explain needs two option ids (or one package such as a+b) and, optionally, the study directory (got \(items.count) argument\(items.count == 1 ? "" : "s"))"
            )
        }
    }

    /// "a+b": measures of the study's portfolio, combined.
    static func isPackage(_ id: String) -> Bool { id.contains("+") }

    func execute() throws(CommandFailure) {
        let resolved: (first: String, second: String?, study: String)
        do {
            resolved = try Self.resolve(items)
        } catch {
            throw .usage("\(error)")
        }
        if Self.isPackage(resolved.first) || resolved.second.map(Self.isPackage) == true {
            return try explainPackages(resolved.first, resolved.second, study: resolved.study)
        }
        guard let second = resolved.second else { throw .usage("explain needs two option ids") }
        let (study, base) = try ranking.load(study: resolved.study)
        do {
            var explanation = try Explanation(ranking: base.ranking, resolved.first, second).withEvidence(from: study)
            explanation.outranking = OutrankingExplanation(base.problem, plan: base.plan, ranking: base.ranking, resolved.first, second)
            print(Formats.renderer(format, Renderers.explanation).render(explanation, in: RenderContext()), terminator: "")
        } catch {
            throw .usage(error.description)
        }
    }

    /// `explain a+b [c]`: what each member and interaction of a package adds, against
    /// another package or single measure when one is given.
    private func explainPackages(_ first: String, _ second: String?, study path: String) throws(CommandFailure) {
        let (_, problem) = try RankingOptions.loadValid(study: path, quiet: ranking.quiet)
        guard let portfolio = problem.portfolio else { throw CommandFailure(RankError.noPortfolio) }
        let choices = try ranking.rankOptions()
        let text: String
        do {
            let a = try PackageExplanation.members(first, in: problem, portfolio: portfolio)
            let b = try second.map { (text) throws(PackageExplanation.Failure) in try PackageExplanation.members(text, in: problem, portfolio: portfolio) }
            let plan = try RankingPlan(choices, for: problem)
            let explanation = try PackageExplanation(problem, portfolio: portfolio, plan: plan, a, versus: b)
            text = Formats.renderer(format, Renderers.packageExplanation).render(explanation, in: RenderContext())
        } catch let error as PackageExplanation.Failure {
            throw .usage(error.description)
        } catch let error as RankError {
            throw CommandFailure(error)
        } catch {
            throw .usage("\(error)")
        }
        print(text, terminator: "")
    }
}
