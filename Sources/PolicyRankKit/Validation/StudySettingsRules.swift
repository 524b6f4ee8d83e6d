/// `study.yaml` names a method and normalization policyrank implements, parameters the
/// method accepts, sensible sensitivity settings, and expectations about real policies.
enum StudySettingsRules {
    static func check(_ study: Study) -> [Diagnostic] {
        guard let settings = study.settings else { return [] }
        var diagnostics: [Diagnostic] = []
        if let spec = settings.method {
            diagnostics += method(spec)
        }
        if let normalization = settings.normalization {
            if let known = Normalization(rawValue: normalization.value) {
                let method = Methods.named(settings.method?.name.value ?? RankingPlan.defaultMethod)
                let costs = study.leaves.filter { $0.direction?.value == .cost && $0.valueFunction == nil }.map(\.id.value)
                if let method, method.normalizations.contains(known), !method.ranksCosts(under: known), !costs.isEmpty {
                    diagnostics.append(
                        .error(.unknownNormalization, RankError.costsUnderNone(method: method.name, criteria: costs).description, at: normalization.location))
                }
                if let method, !method.normalizations.contains(known) {
                    let error = RankError.unsupportedNormalization(
                        method: method.name, normalization: known.rawValue, supported: method.normalizations.map(\.rawValue))
                    diagnostics.append(.error(.unknownNormalization, error.description, at: normalization.location))
                }
            } else {
                diagnostics.append(.error(.unknownNormalization, RankError.unknownNormalization(normalization.value).description, at: normalization.location))
            }
        }
        if let samples = settings.samples, samples.value < 1 {
            diagnostics.append(.error(.invalidSetting, "'samples' must be at least 1, found \(samples.value)", at: samples.location))
        }
        if let seed = settings.seed, seed.value < 0 {
            diagnostics.append(.error(.invalidSetting, "'seed' must not be negative, found \(seed.value)", at: seed.location))
        }
        if let expectations = settings.expectations {
            diagnostics += Self.expectations(expectations, policies: study.policies.map(\.id.value), portfolioDeclared: settings.portfolio != nil)
        }
        diagnostics += disabledRules(settings.disabledRules)
        return diagnostics
    }

    /// Only warnings can be switched off: an error means the study cannot be ranked as written.
    private static func disabledRules(_ ids: [Located<String>]) -> [Diagnostic] {
        let warnings = Rule.allCases.filter(\.canBeDisabled).map(\.rawValue)
        return ids.compactMap { id -> Diagnostic? in
            guard !warnings.contains(id.value) else { return nil }
            if Rule(rawValue: id.value) != nil {
                return .error(
                    .invalidSetting, "rule '\(id.value)' reports errors, which cannot be disabled; rules that can: \(warnings.joined(separator: ", "))",
                    at: id.location)
            }
            return .error(
                .invalidSetting,
                "unknown rule '\(id.value)'\(Suggestion.hint(for: id.value, in: warnings)) in 'lint.disable'; rules that can be disabled: \(warnings.joined(separator: ", "))",
                at: id.location)
        }
    }

    private static func expectations(_ expectations: Expectations, policies ids: [String], portfolioDeclared: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let named =
            [expectations.top.map { ("expect.top", $0) }].compactMap { $0 }
            + (expectations.ranking?.value ?? []).map { ("expect.ranking", $0) }
            + expectations.portfolioCore.map { ("expect.portfolio.core", $0) }
            + expectations.portfolioExterior.map { ("expect.portfolio.exterior", $0) }
        for (field, id) in named where !ids.contains(id.value) {
            diagnostics.append(.error(.unknownPolicy, "\(field) names unknown policy '\(id.value)'\(Suggestion.hint(for: id.value, in: ids))", at: id.location))
        }
        if let ranking = expectations.ranking {
            var seen = Set<String>()
            for id in ranking.value where !seen.insert(id.value).inserted {
                diagnostics.append(.error(.invalidSetting, "expect.ranking lists '\(id.value)' twice", at: id.location))
            }
        }
        if let location = expectations.portfolioLocation, portfolioDeclared == false {
            diagnostics.append(.error(.invalidSetting, "'expect.portfolio' makes claims about packages, but study.yaml declares no 'portfolio:'", at: location))
        }
        if let minimum = expectations.minimumAcceptability, !(0...1).contains(minimum.value) {
            diagnostics.append(
                .error(
                    .invalidSetting, "'min_acceptability' is a share of samples between 0 and 1, found \(NumberFormat.plain(minimum.value))",
                    at: minimum.location))
        }
        if let within = expectations.stableWithin, !(within.value > 0 && within.value <= 1) {
            diagnostics.append(
                .error(
                    .invalidSetting,
                    "'stable_within' is a relative weight change above 0 and at most 1 (0.1 = ±10 %), found \(NumberFormat.plain(within.value))",
                    at: within.location))
        }
        return diagnostics
    }

    private static func method(_ spec: MethodSpec) -> [Diagnostic] {
        let name = spec.name.value
        guard let method = Methods.named(name) else {
            return [.error(.unknownMethod, RankError.unknownMethod(name).description, at: spec.name.location)]
        }
        return spec.parameters.compactMap { parameter in
            guard let declared = method.parameters.first(where: { $0.name == parameter.name.value }) else {
                let error = RankError.unknownParameter(method: name, name: parameter.name.value, valid: method.parameters.map(\.name))
                return .error(.invalidMethodParameter, error.description, at: parameter.name.location)
            }
            guard declared.range.contains(parameter.value.value) else {
                let error = RankError.parameterOutOfRange(name: declared.name, value: parameter.value.value, range: declared.range)
                return .error(.invalidMethodParameter, error.description, at: parameter.value.location)
            }
            return nil
        }
    }
}
