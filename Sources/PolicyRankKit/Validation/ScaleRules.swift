/// Numeric scales run from a lower to a higher bound; qualitative scales have distinct levels.
enum ScaleRules {
    static func check(_ study: Study) -> [Diagnostic] {
        study.leaves.flatMap { criterion -> [Diagnostic] in
            guard let scale = criterion.scale else { return [] }
            let id = criterion.id.value
            switch scale.value {
            case .numeric(let min, let max):
                guard min < max else {
                    return [
                        .error(
                            .invalidScale, "scale of '\(id)' must have min < max, found min \(NumberFormat.plain(min)) and max \(NumberFormat.plain(max))",
                            at: scale.location)
                    ]
                }
                return []
            case .levels(let levels):
                guard !levels.isEmpty else {
                    return [.error(.invalidScale, "qualitative scale of '\(id)' has no levels; list them as label: number", at: scale.location)]
                }
                var seen: [Double: String] = [:]
                var diagnostics: [Diagnostic] = []
                for level in levels {
                    if let other = seen[level.value] {
                        diagnostics.append(
                            .error(
                                .invalidScale,
                                "levels '\(other)' and '\(level.label)' of '\(id)' have the same value \(NumberFormat.plain(level.value)); each level needs its own",
                                at: level.location))
                    } else {
                        seen[level.value] = level.label
                    }
                }
                if levels.count == 1 {
                    diagnostics.append(
                        .error(.invalidScale, "qualitative scale of '\(id)' has a single level; it cannot tell options apart", at: scale.location))
                }
                return diagnostics
            }
        }
    }
}
