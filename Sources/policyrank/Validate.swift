import ArgumentParser
import Foundation
import PolicyRankKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check studies or study files and report every problem, one per line.",
        discussion: "Exit status: 0 when there are no errors, 1 when there are, 64 on a usage error.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    @Argument(help: "Study directories, or files inside a study (validated in the context of their study).")
    var paths: [String] = ["."]

    @Option(help: "Output format: text, json, github or sarif.")
    var format: Format = .text

    @Flag(help: "Treat warnings (such as unknown keys) as errors.")
    var strict = false

    @Flag(help: "Do not check the expectations in study.yaml.")
    var noExpect = false

    func run() throws {
        var diagnostics = ValidationRun.run(paths: paths, options: .init(checkExpectations: !noExpect))
        if strict { diagnostics = diagnostics.promotingWarnings() }
        switch format {
        case .text:
            print(DiagnosticTextRenderer.render(diagnostics, color: Terminal.colorEnabled(for: .standardOutput)), terminator: "")
            Terminal.printError(diagnostics.isEmpty ? "No problems found." : DiagnosticTextRenderer.summary(diagnostics))
        case .json: print(DiagnosticJSONRenderer.render(diagnostics), terminator: "")
        case .github: print(DiagnosticGitHubRenderer.render(diagnostics), terminator: "")
        case .sarif: print(DiagnosticSARIFRenderer.render(diagnostics, version: PolicyRankVersion.current), terminator: "")
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
