/// `policyrank diff OLD NEW`: how the ranking moved, and for two studies, which input changes
/// move which options, each recomputed on its own against the old study.
public struct DiffReport: Sendable {
    public struct Cause: Sendable {
        public var change: StudyChange
        /// The ranking with only this change applied, against the old ranking; nil when the
        /// change cannot be evaluated alone.
        public var effect: RankingComparison?
    }

    public var old: RankingSnapshot
    public var new: RankingSnapshot
    public var comparison: RankingComparison
    /// Empty when OLD or NEW is a saved ranking rather than a study.
    public var causes: [Cause]
    public var comparedStudies: Bool

    public init(old: RankingSnapshot, new: RankingSnapshot) {
        self.old = old
        self.new = new
        self.comparison = RankingComparison(old: old, new: new)
        self.causes = []
        self.comparedStudies = false
    }

    /// Compares two studies ranked with `options` (each study's own settings fill the rest).
    public static func compare(_ oldStudy: Study, _ newStudy: Study, options: RankOptions) throws(RankError) -> DiffReport {
        let oldRanking = RankingSnapshot(try RankingEngine.rank(oldStudy, options: options))
        let newRanking = RankingSnapshot(try RankingEngine.rank(newStudy, options: options))
        var report = DiffReport(old: oldRanking, new: newRanking)
        report.comparedStudies = true
        report.causes = StudyChange.between(oldStudy, newStudy).map { change in
            let effect = change.applied(to: oldStudy, from: newStudy).flatMap { hybrid in
                (try? RankingEngine.rank(hybrid, options: options)).map { RankingComparison(old: oldRanking, new: RankingSnapshot($0)) }
            }
            return Cause(change: change, effect: effect)
        }
        return report
    }

    /// Causes that move at least one option, the ones that matter in a review.
    public var movingCauses: [Cause] { causes.filter { $0.effect?.rankingChanged == true } }
}
