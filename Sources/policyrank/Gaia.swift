import ArgumentParser
import PolicyRankKit

struct Gaia: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaia",
        abstract: "The GAIA plane of the PROMETHEE per-criterion net flows: how criteria agree or conflict, and where options stand.",
        discussion: """
            Principal components of the covariance of the unweighted per-criterion net flows (Mareschal & Brans 1988); δ is \
            the share of the variance the plane keeps. The decision axis is the weight vector projected on the plane. The \
            study's preference functions apply; under a method other than PROMETHEE the raw values are read.
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @Option(help: "promethee2 or promethee1 (default: the study's method when it is one of them, else promethee2).")
    var method: String?

    @Option(help: "Draw the decision axis with a stakeholder perspective's weights.", completion: Completions.perspectives)
    var perspective: String?

    @Flag(name: .shortAndLong, help: "Do not print the warning summary (errors are always printed).")
    var quiet = false

    @Option(help: Formats.help(Renderers.gaia), completion: Formats.completion(Renderers.gaia))
    var format = Renderers.names(Renderers.gaia)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try Formats.check(format, Renderers.gaia)
        if let method, !["promethee1", "promethee2"].contains(method) { throw ValidationError("--method must be promethee1 or promethee2 for the GAIA plane") }
    }

    func execute() throws(CommandFailure) {
        let (_, problem) = try RankingOptions.loadValid(study: study, quiet: quiet)
        let own = problem.defaults.method.flatMap { ["promethee1", "promethee2"].contains($0) ? $0 : nil }
        let plan: RankingPlan
        do {
            plan = try RankingPlan(RankOptions(method: method ?? own ?? "promethee2", perspective: perspective), for: problem)
        } catch {
            throw CommandFailure(error)
        }
        let text = Formats.renderer(format, Renderers.gaia).render(GAIAPlane(problem, plan: plan), in: RenderContext())
        try Output.emit(text, to: output, study: study)
    }
}
