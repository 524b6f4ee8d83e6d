/// Warnings about a valid study that a reviewer would still question: options that cannot
/// win, criteria that cannot matter, and scores nobody can trace. They need the decision
/// matrix, so they run only on a study without errors.
enum LintRules {
    static func check(_ study: Study, _ problem: DecisionProblem, base: RankedProblem?) -> [Diagnostic] {
        let matrix = problem.matrix(weights: problem.weights.weights)
        // Independent lints, side by side; their findings in this order.
        return inParallel([
            { @Sendable in dominatedOptions(study, matrix) }, { @Sendable in constantCriteria(study, matrix) },
            { @Sendable in documentation(study) }, { @Sendable in degenerateMethod(study, base) },
        ]).flatMap { $0 }
    }

    /// The study's own method cannot rank it (`Degeneracy`): at each criterion that zeroes
    /// products, or at `method:` in study.yaml when every option simply scores the same.
    static func degenerateMethod(_ study: Study, _ base: RankedProblem?) -> [Diagnostic] {
        guard let degeneracy = base?.ranking.degeneracy else { return [] }
        let located = degeneracy.diagnostics
        guard located.isEmpty else { return located }
        let location = study.settings?.method?.name.location ?? study.settings?.location ?? study.policies.first?.location
        return location.map { [.warning(.degenerateMethod, degeneracy.summary, at: $0)] } ?? []
    }

    /// Up to this many options every pair is compared; above it each option is compared with
    /// the `strongest` options only (by the sum of their normalized values), so the lint stays
    /// O(n·k·m) instead of O(n²·m) — 100,000 options would otherwise take minutes.
    static let exhaustiveDominanceLimit = 2_000
    static let strongest = 200

    /// An option no better than another on every criterion and worse on at least one
    /// (at the values it is ranked at). Names the first dominating option by id.
    static func dominatedOptions(_ study: Study, _ matrix: DecisionMatrix) -> [Diagnostic] {
        let rows = matrix.values.rowArrays.map { row in zip(row, matrix.columns).map { $1.direction == .benefit ? $0 : -$0 } }
        let n = rows.count
        let candidates: [Int]
        if n <= exhaustiveDominanceLimit {
            candidates = Array(0..<n)
        } else {
            // A dominating option has the larger sum of scale-normalized values, so the
            // strongest options by that sum are the likeliest dominators.
            let normalized = matrix.normalized(.scale).values
            let sums = (0..<n).map { i in normalized.row(i).reduce(0, +) }
            candidates = Array((0..<n).sorted { sums[$0] > sums[$1] }.prefix(strongest))
        }
        return study.policies.indices.compactMap { a -> Diagnostic? in
            let dominators = candidates.filter { b in
                b != a && zip(rows[b], rows[a]).allSatisfy { $0 >= $1 } && zip(rows[b], rows[a]).contains { $0 > $1 }
            }
            guard let b = dominators.min(by: { matrix.options[$0] < matrix.options[$1] }) else { return nil }
            let worse = matrix.columns.indices.filter { rows[b][$0] > rows[a][$0] }.map { "'\(matrix.columns[$0].id)'" }
            let policy = study.policies[a]
            return .warning(
                .dominatedOption,
                "policy '\(policy.id.value)' is dominated by '\(matrix.options[b])': no better on any criterion and worse on \(worse.joined(separator: ", ")); it cannot rank above it under any weights",
                at: policy.id.location)
        }
    }

    static func constantCriteria(_ study: Study, _ matrix: DecisionMatrix) -> [Diagnostic] {
        guard study.policies.count > 1 else { return [] }
        let leaves = Dictionary(study.leaves.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return matrix.columns.indices.compactMap { j -> Diagnostic? in
            let column = matrix.column(j)
            guard let first = column.first, column.allSatisfy({ $0 == first }), let leaf = leaves[matrix.columns[j].id] else { return nil }
            return .warning(
                .constantCriterion, "every policy scores criterion '\(leaf.id.value)' the same (\(NumberFormat.plain(first))); it cannot change the ranking",
                at: leaf.id.location)
        }
    }

    static func documentation(_ study: Study) -> [Diagnostic] {
        study.policies.flatMap { policy -> [Diagnostic] in
            var diagnostics = policy.scores.filter { policy.notes[$0.criterion.value] == nil }.map { entry in
                Diagnostic.warning(
                    .undocumentedScore, "score of policy '\(policy.id.value)' on '\(entry.criterion.value)' has no note; add one under 'notes:' saying why",
                    at: entry.criterion.location)
            }
            if policy.sources.isEmpty {
                diagnostics.append(
                    .warning(.missingSource, "policy '\(policy.id.value)' cites no sources; add a 'sources:' list of {title, url}", at: policy.id.location))
            }
            return diagnostics
        }
    }
}
