/// One participant of a multicriteria mapping (DESIGN §4.2): their own criteria and weights,
/// and a pessimistic and an optimistic score for each option on each of them.
///
/// A criterion whose id is a leaf of the study's shared value tree is *shared*: it takes the
/// leaf's direction, scale and the policies' scores, and the participant may override only the
/// scores they believe differently about. Any other criterion is the participant's own, scored
/// on their own scale, higher is better.
public struct Participant: Sendable {
    public var id: Located<String>
    public var name: String?
    public var description: String?
    public var group: Located<String>?
    public var criteria: [ParticipantCriterion]
    /// In file order: option, then criterion.
    public var scores: [ParticipantScore]
    /// The option keys under `scores`, each once, in file order (an option may map to `{}`).
    public var scoredOptions: [Located<String>] = []
    public var sources: [Source]
    public var location: SourceLocation
    /// False when `scores`, or an option's scores, is not a mapping (already reported).
    public var scoresReadable = true
    /// False when `criteria` is not a list (already reported).
    public var criteriaReadable = true

    public var displayName: String { name ?? id.value }
}

public struct ParticipantCriterion: Sendable {
    public var id: Located<String>
    public var name: String?
    /// Relative importance, normalized over the participant's criteria.
    public var weight: Located<Double>?
    public var location: SourceLocation

    public var displayName: String { name ?? id.value }
}

public struct ParticipantScore: Sendable {
    public var option: Located<String>
    public var criterion: Located<String>
    /// `{low, high}` or a single value; on a shared criterion also `{low, likely, high}` and
    /// level labels, as in a policy file.
    public var value: Located<Score>
}
