import ArgumentParser
import PolicyRankKit

struct Mapping: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping",
        abstract: "Multicriteria mapping of the study's participants: their intervals, the pairwise inclinations and the merit order.",
        discussion: """
            Each participant (participants/*.yaml) scores the options on their own criteria, pessimistically and \
            optimistically. Per participant, each criterion is normalized over the options they score and weighted by their \
            weights; pairs of options are compared by the midpoints and the separation of their intervals; merit sums the \
            comparisons over participants (docs/DESIGN.md §4.2). --group restricts every table to one group.
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @Option(help: "Only the participants of this group.")
    var group: String?

    @Flag(name: .shortAndLong, help: "Do not print the warning summary (errors are always printed).")
    var quiet = false

    @Option(help: Formats.help(Renderers.mapping), completion: Formats.completion(Renderers.mapping))
    var format = Renderers.names(Renderers.mapping)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try Formats.check(format, Renderers.mapping)
    }

    func execute() throws(CommandFailure) {
        let problem = try Self.loadMapping(study: study, quiet: quiet)
        if let group, !problem.groups.contains(group) {
            let groups = problem.groups
            throw .usage(
                "no participant is in group '\(group)'"
                    + (groups.isEmpty
                        ? "; no participant gives a group" : "\(Suggestion.hint(for: group, in: groups)); groups: " + groups.joined(separator: ", ")))
        }
        let text = Formats.renderer(format, Renderers.mapping).render(
            MultiCriteriaMapping(problem, group: group), in: RenderContext(width: output == nil || output == "-" ? Terminal.width() : nil))
        try Output.emit(text, to: output, study: study)
    }

    /// Loads and validates the study and returns its participants resolved; prints problems
    /// to stderr and exits 1 on errors, 64 for a study without participants.
    static func loadMapping(study path: String, quiet: Bool) throws(CommandFailure) -> MappingProblem {
        let outcome = try RankingOptions.validated(study: path, quiet: quiet, refusal: "cannot map")
        guard let mapping = outcome.mapping else {
            throw .usage("this study has no participants; add one participants/*.yaml file per participant (docs/DESIGN.md §4.2)")
        }
        return mapping
    }
}
