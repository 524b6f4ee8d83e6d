import ArgumentParser
import Foundation
import PolicyRankKit

struct Schema: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of a study file kind, for editors.",
        discussion: """
            Kinds: criteria (criteria/*.yaml), policy (policies/*.yaml), study (study.yaml), participant (participants/*.yaml).
            With the modeline '# yaml-language-server: $schema=../schemas/criteria.schema.json' as a file's
            first line, editors with the YAML language server complete keys, flag misspelt keys and wrong
            types, and show each field's description on hover.
            --write DIR writes the named schema, or all four, into DIR as <kind>.schema.json (atomically).
            """)

    @Argument(help: ArgumentHelp("The file kind: criteria, policy, study or participant.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Write the schema files into this directory instead of printing.", valueName: "DIR"))
    var write: String?

    func validate() throws {
        let kinds = StudySchema.allCases.map(\.rawValue).joined(separator: ", ")
        if let kind, StudySchema(rawValue: kind) == nil {
            throw ValidationError("unknown schema kind '\(kind)'; kinds: \(kinds)")
        }
        if kind == nil, write == nil {
            throw ValidationError("name a schema kind (\(kinds)), or pass --write DIR to write all of them")
        }
    }

    func execute() throws(CommandFailure) {
        let selected = kind.flatMap(StudySchema.init(rawValue:)).map { [$0] } ?? StudySchema.allCases
        guard let directory = write else {
            print(selected.map { $0.document.rendered() }.joined(), terminator: "")
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem("cannot create '\(directory)': \(error.localizedDescription)")
        }
        for schema in selected {
            let path = (directory as NSString).appendingPathComponent(schema.fileName)
            do {
                try AtomicFile.write(schema.document.rendered(), to: path)
            } catch {
                throw .fileSystem(error.description)
            }
            Terminal.printError("Wrote \(path)")
        }
    }
}
