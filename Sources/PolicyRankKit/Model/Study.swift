/// Everything read from a study directory, in sorted file order.
public struct Study: Sendable {
    /// The directory as the user named it.
    public var path: String
    public var settings: StudySettings?
    /// Top-level criteria across all criteria files, in file order.
    public var criteria: [Criterion]
    public var perspectives: [Perspective]
    public var policies: [Policy]
    /// `participants/*.yaml`: the stakeholders of a multicriteria mapping (DESIGN §4.2).
    public var participants: [Participant] = []
    /// Every file read, as display paths.
    public var files: [String]
    /// False when a criteria file could not be read as one: cross-references to criteria
    /// are then not checked, since every one of them would be a false alarm.
    public var criteriaComplete = true
    /// False when a policy file could not be read as one.
    public var policiesComplete = true
    /// False when a participant file could not be read as one.
    public var participantsComplete = true

    public init(
        path: String, settings: StudySettings? = nil, criteria: [Criterion] = [],
        perspectives: [Perspective] = [], policies: [Policy] = [], files: [String] = []
    ) {
        self.path = path
        self.settings = settings
        self.criteria = criteria
        self.perspectives = perspectives
        self.policies = policies
        self.files = files
    }

    public var title: String? { settings?.title }

    /// Every node of the value tree, depth first.
    public var allCriteria: [Criterion] { criteria.flatMap(\.subtree) }

    public var leaves: [Criterion] { allCriteria.filter(\.isLeaf) }

    /// A study of participants only: its policies carry ids, names and descriptions, and no
    /// shared scores, so only `mapping` (and `validate`) apply to it.
    public var isMappingOnly: Bool {
        (!participants.isEmpty || !participantsComplete) && !policies.contains(where: \.scoresWritten)
    }
}
