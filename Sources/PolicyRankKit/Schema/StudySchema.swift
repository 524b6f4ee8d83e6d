/// JSON Schemas (draft 2020-12) for the four kinds of study file, for editors: with the
/// `# yaml-language-server: $schema=…` modeline, VS Code and other LSP editors complete keys,
/// flag misspelt keys and wrong types as you type, and show each field's description on hover.
///
/// They mirror the loaders (`Loading/`) and the per-file validation rules; what spans files
/// (scores naming real criteria, levels of the criterion's scale, unique ids) and orderings
/// a schema cannot state (min < max) remain `policyrank validate`'s job.
public enum StudySchema: String, CaseIterable, Sendable {
    case criteria, policy, study, participant

    /// The file name under `schemas/`.
    public var fileName: String { "\(rawValue).schema.json" }

    public var id: String { "https://policyrank.dev/schemas/\(fileName)" }

    public var document: JSONValue {
        let (title, description, body, definitions) =
            switch self {
            case .criteria: (Self.criteriaTitle, Self.criteriaDescription, Self.criteriaBody, Self.criteriaDefinitions)
            case .policy: (Self.policyTitle, Self.policyDescription, Self.policyBody, Self.policyDefinitions)
            case .study: (Self.studyTitle, Self.studyDescription, Self.studyBody, Self.studyDefinitions)
            case .participant: (Self.participantTitle, Self.participantDescription, Self.participantBody, Self.participantDefinitions)
            }
        var pairs: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string(title)),
            ("description", .string(description)),
        ]
        pairs += body
        if !definitions.isEmpty { pairs.append(("$defs", .object(definitions))) }
        return .object(pairs)
    }
}
