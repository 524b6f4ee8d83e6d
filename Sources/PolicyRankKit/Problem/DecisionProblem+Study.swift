extension DecisionProblem {
    /// Resolves a study that validation found free of errors. Anything validation would have
    /// refused (a leaf without a direction or scale, a score with an unknown label) cannot
    /// occur; the fallbacks below exist only so that this initializer never traps.
    public init(validated study: Study) {
        let groupOf = Dictionary(
            study.criteria.flatMap { root in root.subtree.map { ($0.id.value, (root.id.value, root.displayName)) } },
            uniquingKeysWith: { first, _ in first })
        let sourceLeaves = study.leaves.filter { $0.direction != nil && $0.scale?.value.bounds != nil }
        let leaves = sourceLeaves.map { leaf in
            Leaf(
                id: leaf.id.value, name: leaf.displayName,
                direction: leaf.direction?.value ?? .benefit,
                bounds: leaf.scale?.value.bounds ?? 0...1,
                valueFunction: leaf.valueFunction.map { ValueFunction($0.value) },
                preference: leaf.preference.map { PreferenceShape($0.value) } ?? .usual,
                group: groupOf[leaf.id.value] ?? (leaf.id.value, leaf.displayName),
                location: leaf.id.location)
        }
        func effective(_ overrides: [String: Double]) -> [Double] {
            let byId = EffectiveWeights.leafWeights(study.criteria, overrides: overrides)
            return leaves.map { byId[$0.id] ?? 0 }
        }

        var likely: [Double] = []
        var raws: [Double] = []
        var uncertain: [UncertainScore] = []
        likely.reserveCapacity(study.policies.count * leaves.count)
        if study.settings?.portfolio != nil { raws.reserveCapacity(study.policies.count * leaves.count) }
        for (i, policy) in study.policies.enumerated() {
            for (j, (leaf, source)) in zip(leaves, sourceLeaves).enumerated() {
                let score = policy.score(for: leaf.id)?.value.value
                let raw = score.flatMap { ScoreResolver.likely($0, on: source) } ?? 0
                likely.append(leaf.methodValue(raw))
                if study.settings?.portfolio != nil { raws.append(raw) }
                let number = { (value: ScoreValue) in ScoreResolver.number(value, on: source) ?? raw }
                switch score {
                case .triangular(let low, let mode, let high)?:
                    let (l, m, h) = (number(low), number(mode), number(high))
                    if h > l { uncertain.append(.init(option: i, leaf: j, distribution: .triangular(low: l, mode: m, high: h))) }
                case .uniform(let low, let high)?:
                    let (l, h) = (number(low), number(high))
                    if h > l { uncertain.append(.init(option: i, leaf: j, distribution: .uniform(low: l, high: h))) }
                case .point?, nil:
                    break
                }
            }
        }

        let settings = study.settings
        self.init(
            title: settings?.title,
            options: study.policies.map { Option(id: $0.id.value, name: $0.displayName) },
            leaves: leaves,
            groups: WeightGroup.all(in: study, leaves: leaves),
            weights: WeightSet(perspective: nil, name: "study weights", weights: effective([:])),
            perspectives: study.perspectives.map { WeightSet(perspective: $0.id.value, name: $0.displayName, weights: effective($0.overrideMap)) },
            likely: Matrix(rowCount: study.policies.count, columnCount: leaves.count, storage: likely),
            uncertain: uncertain,
            defaults: Defaults(
                method: settings?.method?.name.value,
                normalization: settings?.normalization?.value,
                parameters: settings?.method?.parameters.map { ($0.name.value, $0.value.value) } ?? [],
                samples: settings?.samples?.value,
                seed: settings?.seed.map { UInt64(max(0, $0.value)) }))
        baseline = study.policies.first { $0.baseline?.value == true }?.id.value
        participants = Self.participantViews(study, leaves: leaves, sources: sourceLeaves)
        portfolio = PortfolioProblem(settings: study.settings?.portfolio, study: study, options: options, leaves: leaves, raw: raws)
    }
}
