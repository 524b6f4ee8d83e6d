/// One score against its criterion's scale: the right kind of value, inside the scale,
/// known level labels, and `low ≤ likely ≤ high` for uncertain scores.
enum ScoreValueRules {
    static func check(_ entry: ScoreEntry, on criterion: Criterion, policy: String) -> [Diagnostic] {
        guard let scale = criterion.scale?.value, let bounds = scale.bounds else { return [] }
        let id = criterion.id.value
        let location = entry.value.location
        var diagnostics: [Diagnostic] = []
        var numbers: [Double] = []
        for value in entry.value.value.values {
            switch (scale, value) {
            case (.numeric, .label(let label)):
                diagnostics.append(
                    .error(
                        .scoreType,
                        "score '\(label)' of \(policy) on '\(id)' is not a number; '\(id)' has a numeric scale [\(NumberFormat.plain(bounds.lowerBound)), \(NumberFormat.plain(bounds.upperBound))]",
                        at: location))
            case (.levels(let levels), .number(let number)):
                diagnostics.append(
                    .error(
                        .scoreType,
                        "score \(NumberFormat.plain(number)) of \(policy) on '\(id)' must be one of its levels: \(levels.map(\.label).joined(separator: ", "))",
                        at: location))
            case (.levels(let levels), .label(let label)):
                if let level = scale.level(named: label) {
                    numbers.append(level.value)
                } else {
                    let labels = levels.map(\.label)
                    diagnostics.append(
                        .error(
                            .unknownLevel,
                            "unknown level '\(label)' for '\(id)'\(Suggestion.hint(for: label, in: labels)); levels: \(labels.joined(separator: ", "))",
                            at: location))
                }
            case (.numeric, .number(let number)):
                if bounds.contains(number) {
                    numbers.append(number)
                } else {
                    diagnostics.append(
                        .error(
                            .scoreOutOfScale,
                            "score \(NumberFormat.plain(number)) of \(policy) on '\(id)' is outside its scale [\(NumberFormat.plain(bounds.lowerBound)), \(NumberFormat.plain(bounds.upperBound))]",
                            at: location))
                }
            }
        }
        if diagnostics.isEmpty, numbers.count > 1, zip(numbers, numbers.dropFirst()).contains(where: { $0 > $1 }) {
            let names = numbers.count == 3 ? "low ≤ likely ≤ high" : "low ≤ high"
            let written = entry.value.value.values.map(\.description).joined(separator: ", ")
            diagnostics.append(.error(.scoreRangeOrder, "uncertain score of \(policy) on '\(id)' must have \(names), found \(written)", at: location))
        }
        return diagnostics
    }
}
