/// Ids are unique: criteria across the whole tree, policies among policies, perspectives
/// among perspectives, participants among participants. The second occurrence is the error, pointing back at the first.
enum IdentifierRules {
    static func check(_ study: Study) -> [Diagnostic] {
        duplicates(study.allCriteria.map(\.id), "criterion") + duplicates(study.policies.map(\.id), "policy")
            + duplicates(study.perspectives.map(\.id), "perspective") + duplicates(study.participants.map(\.id), "participant")
    }

    private static func duplicates(_ ids: [Located<String>], _ kind: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for id in ids {
            if let earlier = first[id.value] {
                diagnostics.append(.error(.duplicateID, "duplicate \(kind) id '\(id.value)'; first defined at \(earlier)", at: id.location))
            } else {
                first[id.value] = id.location
            }
        }
        return diagnostics
    }
}
