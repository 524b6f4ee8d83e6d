import ArgumentParser
import Foundation
import PolicyRankKit

struct Init: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffold a small commented study in DIR that validates cleanly.",
        discussion: """
            Writes study.yaml, criteria/tree.yaml, two policies and the JSON Schemas (schemas/) that the files' \
            editor modelines point at, creating DIR and its subdirectories as needed. If any of those files \
            already exists, nothing is written and the command exits 1.
            """)

    @Argument(help: ArgumentHelp("The directory to create the study in.", valueName: "DIR"))
    var directory: String

    func validate() throws {
        if directory.isEmpty { throw ValidationError("name the directory to create the study in") }
    }

    func execute() throws(CommandFailure) {
        let files = StudyTemplate.files.map { (path: Self.join(directory, $0.path), contents: $0.contents) }
        try NewFiles.write(files)
        for file in files { print("created \(file.path)") }
        let study = Terminal.shellQuoted(directory)
        print("next: policyrank validate \(study); policyrank rank \(study)")
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
