import ArgumentParser
import Foundation
import PolicyRankKit

struct Validate: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check studies or study files and report every problem, one per line.",
        discussion: "Exit status: 0 when there are no errors, 1 when there are, 64 on a usage error.")

    @Argument(help: "Study directories, or files inside a study (validated in the context of their study).")
    var paths: [String] = ["."]

    @Option(help: Formats.help(Renderers.diagnostics), completion: Formats.completion(Renderers.diagnostics))
    var format = Renderers.names(Renderers.diagnostics)[0]

    @Flag(help: "Treat warnings (such as unknown keys) as errors.")
    var strict = false

    @Flag(help: "Do not check the expectations in study.yaml.")
    var noExpect = false

    @Flag(help: "Validate again whenever a file of the study changes (Ctrl-C to stop).")
    var watch = false

    func validate() throws {
        try Formats.check(format, Renderers.diagnostics)
    }

    func execute() throws(CommandFailure) {
        guard watch else { return try validateOnce() }
        Watch.run(study: paths.first.flatMap { StudyPath.resolve($0)?.studyRoot } ?? ".") {
            CommandFailure.report { () throws(CommandFailure) in try validateOnce() }
        }
    }

    private func validateOnce() throws(CommandFailure) {
        var diagnostics = ValidationRun.run(paths: paths, options: .init(checkExpectations: !noExpect))
        if strict { diagnostics = diagnostics.promotingWarnings() }
        let renderer = Formats.renderer(format, Renderers.diagnostics)
        print(renderer.render(diagnostics, in: RenderContext(color: Output.color(for: nil))), terminator: "")
        if renderer == DiagnosticTextRenderer.self {
            // The summary goes to standard error, so that the text on standard output stays one problem per line.
            Terminal.printError(diagnostics.isEmpty ? "No problems found." : DiagnosticTextRenderer.summary(diagnostics))
        }
        if diagnostics.hasErrors { throw .invalidInput }
    }
}
