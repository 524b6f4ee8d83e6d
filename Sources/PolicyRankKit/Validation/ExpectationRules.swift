/// `expect:` claims checked against the ranking the study produces today, so a change to a
/// score or weight that silently flips the answer fails CI at the line that made the claim.
enum ExpectationRules {
    static func check(_ study: Study) -> [Diagnostic] {
        guard let expectations = study.settings?.expectations, let top = expectations.top else { return [] }
        let ranking: Ranking
        do {
            ranking = try RankingEngine.rank(study)
        } catch {
            return [.error(.expectationFailed, "cannot check expectations: \(error)", at: expectations.location)]
        }
        let leaders = ranking.entries.filter { $0.rank == 1 }
        guard !leaders.contains(where: { $0.id == top.value }) else { return [] }
        let actual = leaders.map { "'\($0.id)'" }.joined(separator: " and ")
        let expected = ranking.entries.first { $0.id == top.value }
        let detail = expected.map { " ('\(top.value)' is ranked \($0.rank), score \(NumberFormat.fixed($0.score)) against \(NumberFormat.fixed(leaders[0].score)))" } ?? ""
        return [.error(.expectationFailed, "expected '\(top.value)' to rank first under \(ranking.method), but \(actual) ranks first\(detail)", at: expectations.location)]
    }
}
