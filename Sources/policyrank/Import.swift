import ArgumentParser
import Foundation
import PolicyRankKit

/// `policyrank import …`: bring judgements recorded elsewhere into a study's files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn data recorded elsewhere into study files.",
        subcommands: [ImportMapping.self])
}

struct ImportMapping: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping",
        abstract: "Turn a multicriteria-mapping CSV into participants/*.yaml, one file per participant.",
        discussion: """
            The CSV is long: one row per participant, option and criterion, with a header naming the columns participant, \
            option, criterion, weight, pessimistic, optimistic, and optionally group, participant_name and criterion_name. \
            Participant and criterion names that are not ids become ids (Trade union → trade_union) and keep the name; \
            options must be the study's policy ids; a criterion may not be named after a leaf of the study's value tree \
            (the values are on the participant's own scale, higher is better). Every problem in the file is reported, and then nothing is written; if \
            any participant file already exists, nothing is written either. Run policyrank validate afterwards.
            """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv"))
    var file: String

    @Option(help: "The study to write the participants into.")
    var study = "."

    func execute() throws(CommandFailure) {
        guard let data = FileManager.default.contents(atPath: file) else { throw .fileSystem("cannot read '\(file)'") }
        // The study's leaves, which a participant's own criterion must not be named after.
        let leaves = Set(StudyLoader.load(path: study).study.leaves.map(\.id.value))
        let (files, diagnostics) = MappingImport.participants(
            csv: [UInt8](data), file: file, source: (file as NSString).lastPathComponent, reserved: leaves)
        guard diagnostics.isEmpty else {
            Terminal.printError(DiagnosticTextRenderer.render(diagnostics, color: Terminal.colorEnabled(for: .standardError)).trimmingCharacters(in: .newlines))
            Terminal.printError("nothing was written: " + DiagnosticTextRenderer.summary(diagnostics))
            throw .invalidInput
        }
        try NewFiles.write(files.map { (Init.join(study, $0.path), $0.contents) })
        for written in files { print("created \(Init.join(study, written.path))") }
        print(
            "next: policyrank validate\(study == "." ? "" : " " + Terminal.shellQuoted(study)); policyrank mapping\(study == "." ? "" : " " + Terminal.shellQuoted(study))"
        )
    }
}
