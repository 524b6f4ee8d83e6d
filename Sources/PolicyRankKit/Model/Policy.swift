/// One policy option and its scores on the leaf criteria.
public struct Policy: Sendable {
    public var id: Located<String>
    public var name: String?
    public var description: String?
    public var scores: [ScoreEntry]
    public var notes: [String: Located<String>]
    public var sources: [Source]
    /// `baseline: true`: the status quo, doing nothing new, that every option is measured against.
    public var baseline: Located<Bool>?
    public var location: SourceLocation
    /// Every criterion named under `scores`, including those whose value could not be read,
    /// so an unreadable score is reported once and not again as missing.
    public var scoredCriteria: Set<String> = []
    /// False when `scores` is absent or not a mapping.
    public var scoresReadable = true
    /// True when the file has a `scores` key at all: a study of participants may leave it out.
    public var scoresWritten = true

    public var displayName: String { name ?? id.value }

    public func score(for criterion: String) -> ScoreEntry? {
        scores.first { $0.criterion.value == criterion }
    }
}

public struct ScoreEntry: Sendable {
    public var criterion: Located<String>
    public var value: Located<Score>
}

public struct Source: Sendable {
    public var title: String?
    public var url: String?
    public var location: SourceLocation
}
