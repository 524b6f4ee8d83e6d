/// PROMETHEE preference functions (Brans & Vincke 1985): a known shape, the thresholds it
/// needs, none negative, and the indifference threshold q no larger than preference p.
enum PreferenceRules {
    static let required: [String: [String]] = [
        "usual": [], "u-shape": ["q"], "v-shape": ["p"], "level": ["q", "p"], "linear": ["q", "p"], "gaussian": ["s"], "electre": ["q", "p"],
    ]

    static func check(_ study: Study) -> [Diagnostic] {
        study.leaves.flatMap { criterion -> [Diagnostic] in
            guard let preference = criterion.preference else { return [] }
            let id = criterion.id.value
            let function = preference.value.function
            guard let needed = required[function.value] else {
                let hint = Suggestion.hint(for: function.value, in: PreferenceFunction.names)
                return [
                    .error(
                        .invalidPreference,
                        "unknown preference function '\(function.value)' on '\(id)'\(hint); valid: \(PreferenceFunction.names.joined(separator: ", "))",
                        at: function.location)
                ]
            }
            let given: [String: Located<Double>?] = ["q": preference.value.q, "p": preference.value.p, "s": preference.value.s, "v": preference.value.v]
            let values = given.compactMapValues { $0 }
            var diagnostics: [Diagnostic] = needed.filter { values[$0] == nil }.map { name in
                .error(.invalidPreference, "preference function '\(function.value)' on '\(id)' needs '\(name)'", at: preference.location)
            }
            // A value function maps the criterion to [0, 1], and that is what the outranking
            // methods compare: thresholds written in the criterion's own units would make every
            // difference look negligible.
            if criterion.valueFunction != nil, let large = ["q", "p", "s", "v"].compactMap({ values[$0] }).first(where: { $0.value > 1 }) {
                diagnostics.append(
                    .warning(
                        .preferenceUnits,
                        "'\(id)' has a value function, so PROMETHEE and ELECTRE compare its values on [0, 1], but its preference threshold is \(NumberFormat.plain(large.value)): write the thresholds as differences of value (for example q: 0.05, p: 0.3)",
                        at: large.location))
            }
            if let v = preference.value.v, function.value != "electre" {
                diagnostics.append(
                    .error(.invalidPreference, "'v' (a veto threshold) belongs to 'function: electre', not '\(function.value)', on '\(id)'", at: v.location))
            }
            if let p = preference.value.p, let v = preference.value.v, v.value < p.value {
                diagnostics.append(
                    .error(
                        .invalidPreference,
                        "the veto threshold v (\(NumberFormat.plain(v.value))) must not be below p (\(NumberFormat.plain(p.value))) in the preference function on '\(id)' (0 ≤ q ≤ p ≤ v)",
                        at: v.location))
            }
            for name in ["q", "p", "s", "v"] {
                if let value = values[name], value.value < 0 {
                    diagnostics.append(.error(.invalidPreference, "'\(name)' of the preference function on '\(id)' must not be negative", at: value.location))
                }
            }
            if let q = preference.value.q, let p = preference.value.p, q.value > p.value {
                diagnostics.append(
                    .error(
                        .invalidPreference,
                        "q (\(NumberFormat.plain(q.value))) must not exceed p (\(NumberFormat.plain(p.value))) in the preference function on '\(id)'",
                        at: q.location))
            }
            return diagnostics
        }
    }
}
