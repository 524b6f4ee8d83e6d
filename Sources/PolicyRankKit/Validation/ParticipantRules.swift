/// `participants/*.yaml` (DESIGN §4.2): every score names a known option and one of the
/// participant's criteria; on their own criteria, an option is scored on all of them or on
/// none, with numbers and low ≤ high; on a shared criterion, an override is checked against
/// the leaf's scale as a policy's score would be; weights are not negative and not all zero.
enum ParticipantRules {
    static func check(_ study: Study) -> [Diagnostic] {
        let options = study.policies.map(\.id.value)
        let known = Set(options)
        let shared = sharedLeaves(study)
        let groups = Set(study.allCriteria.filter { !$0.isLeaf }.map(\.id.value))
        return study.participants.flatMap { participant in
            check(participant, options: options, known: known, shared: shared, groups: groups, policiesComplete: study.policiesComplete)
        }
    }

    /// The leaves a participant's criterion may share: those of the value tree, when the
    /// study's policies carry the shared scores (a study of participants only has none).
    static func sharedLeaves(_ study: Study) -> [String: Criterion] {
        guard !study.isMappingOnly else { return [:] }
        return Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func check(
        _ participant: Participant, options: [String], known: Set<String>, shared: [String: Criterion], groups: Set<String>, policiesComplete: Bool
    ) -> [Diagnostic] {
        let who = "participant '\(participant.id.value)'"
        var diagnostics: [Diagnostic] = []
        let criterionIDs = participant.criteria.map(\.id.value)
        diagnostics += duplicateCriteria(participant, who)
        diagnostics += weights(participant, who)
        for criterion in participant.criteria where groups.contains(criterion.id.value) {
            diagnostics.append(
                .error(
                    .unknownCriterion, "\(who) names '\(criterion.id.value)', which groups other criteria of the value tree; name its leaves instead",
                    at: criterion.id.location))
        }
        let criteria = Set(criterionIDs)
        var ownScored: [String: (location: SourceLocation, criteria: Set<String>)] = [:]
        // An option scored only on shared criteria still counts as scored: its own criteria are then missing.
        for option in participant.scoredOptions
        where (known.contains(option.value) || !policiesComplete) && participant.scores.contains(where: { $0.option.value == option.value }) {
            ownScored[option.value] = (option.location, [])
        }
        if policiesComplete {
            for option in participant.scoredOptions where !known.contains(option.value) {
                diagnostics.append(
                    .error(
                        .unknownPolicy, "\(who) scores unknown option '\(option.value)'\(Suggestion.hint(for: option.value, in: options))", at: option.location)
                )
            }
        }
        for score in participant.scores where known.contains(score.option.value) || !policiesComplete {
            let option = score.option.value
            let name = score.criterion.value
            guard criteria.contains(name) else {
                diagnostics.append(
                    .error(
                        .unknownCriterion,
                        "\(who) scores '\(option)' on '\(name)', which is not one of their criteria\(Suggestion.hint(for: name, in: criterionIDs))",
                        at: score.criterion.location))
                continue
            }
            if let leaf = shared[name] {
                diagnostics += ScoreValueRules.check(ScoreEntry(criterion: score.criterion, value: score.value), on: leaf, policy: who + " for '\(option)'")
            } else {
                diagnostics += ownScore(score, who)
                ownScored[option, default: (score.option.location, [])].criteria.insert(name)
            }
        }
        let own = criterionIDs.filter { shared[$0] == nil && !groups.contains($0) }.uniqued()
        for (option, scored) in ownScored.sorted(by: { $0.value.location < $1.value.location }) where !own.isEmpty && scored.criteria.count < own.count {
            let missing = own.filter { !scored.criteria.contains($0) }.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    .missingScore,
                    "\(who) scores '\(option)' on some of their criteria but not on \(missing); score an option on all of their own criteria or on none",
                    at: scored.location))
        }
        if participant.scoresReadable, !own.isEmpty, participant.scores.isEmpty, participant.scoredOptions.allSatisfy({ known.contains($0.value) }) {
            diagnostics.append(.error(.missingScore, "\(who) has criteria of their own but scores no option on them", at: participant.id.location))
        }
        return diagnostics
    }

    /// A score on the participant's own scale: numbers, `{low, high}` or one value.
    private static func ownScore(_ score: ParticipantScore, _ who: String) -> [Diagnostic] {
        let at = score.value.location
        let place = "\(who) on '\(score.option.value)' / '\(score.criterion.value)'"
        switch score.value.value {
        case .triangular:
            return [
                .error(
                    .scoreType, "score of \(place) has 'likely'; a participant's own criteria take {low, high} (pessimistic, optimistic) or one number",
                    at: at)
            ]
        case .point(let value):
            return number(value) == nil ? [labelError(place, at)] : []
        case .uniform(let low, let high):
            guard let l = number(low), let h = number(high) else { return [labelError(place, at)] }
            if l > h {
                return [
                    .error(
                        .scoreRangeOrder,
                        "score of \(place) has low \(NumberFormat.plain(l)) above high \(NumberFormat.plain(h)); low is the pessimistic score, high the optimistic",
                        at: at)
                ]
            }
            return []
        }
    }

    private static func number(_ value: ScoreValue) -> Double? {
        if case .number(let x) = value { return x }
        return nil
    }

    private static func labelError(_ place: String, _ at: SourceLocation) -> Diagnostic {
        .error(.scoreType, "score of \(place) must be numbers: a participant's own criteria are scored on their own numeric scale", at: at)
    }

    private static func duplicateCriteria(_ participant: Participant, _ who: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for criterion in participant.criteria {
            if let earlier = first[criterion.id.value] {
                diagnostics.append(
                    .error(.duplicateID, "\(who) lists criterion '\(criterion.id.value)' twice; first at \(earlier)", at: criterion.id.location))
            } else {
                first[criterion.id.value] = criterion.id.location
            }
        }
        return diagnostics
    }

    private static func weights(_ participant: Participant, _ who: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for criterion in participant.criteria {
            guard let weight = criterion.weight, weight.value < 0 else { continue }
            diagnostics.append(
                .error(
                    .invalidWeight,
                    "weight of '\(criterion.id.value)' in \(who) is negative (\(NumberFormat.plain(weight.value))); weights are relative importances, 0 or more",
                    at: weight.location))
        }
        let given = participant.criteria.compactMap(\.weight)
        if participant.criteria.isEmpty, participant.criteriaReadable {
            diagnostics.append(
                .error(.missingField, "\(who) lists no criteria; a participant needs at least one criterion with a weight", at: participant.location))
        } else if !given.isEmpty, given.count == participant.criteria.count, given.allSatisfy({ $0.value <= 0 }) {
            diagnostics.append(.error(.invalidWeight, "\(who) gives every criterion weight 0; at least one needs a positive weight", at: given[0].location))
        }
        return diagnostics
    }
}
