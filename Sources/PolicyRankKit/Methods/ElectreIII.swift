/// ELECTRE III (Roy 1978, Cahiers du CERO 20(1); as set out in Figueira, Mousseau & Roy 2005,
/// "ELECTRE methods", in Multiple Criteria Decision Analysis: State of the Art Surveys, §4.3).
///
/// Per criterion j with indifference q_j ≤ preference p_j ≤ veto v_j (from its `preference:`,
/// `PreferenceShape.outrankingThresholds`), and Δ_j the amount by which b beats a on j:
/// - partial concordance c_j(a, b) = 1 if Δ ≤ q, 0 if Δ ≥ p, (p − Δ)/(p − q) between;
/// - global concordance C(a, b) = Σ_j w_j c_j(a, b) / Σ_j w_j;
/// - discordance d_j(a, b) = 0 if Δ ≤ p, 1 if Δ ≥ v, (Δ − p)/(v − p) between (0 without a veto);
/// - credibility σ(a, b) = C(a, b) · Π over the j with d_j > C of (1 − d_j)/(1 − C).
/// The descending and ascending distillations (`Distillation`) give two complete preorders;
/// their intersection is the final partial preorder: a is preferred to b when it is ahead in
/// one and not behind in the other, incomparable when the two disagree.
///
/// It compares every pair (n² credibilities) and distils class by class (up to n³ steps), so
/// it ranks at most 500 options. The score it
/// reports is the net credibility (Σ_b σ(a, b) − σ(b, a))/(n − 1), for display and for order
/// within a rank; the ranks come from the relations.
public struct ElectreIII: AggregationMethod {
    public init() {}

    public let name = "electre3"
    public let defaultNormalization = Normalization.none
    public let normalizations: [Normalization] = [.none]
    public let parameters: [MethodParameter] = []
    public let better = ScoreOrder.higher
    public let ranksPartially = true
    public let summary = "outranking with thresholds and veto, two distillations (Roy 1978); incomparable pairs stated"
    public let maximumOptions: Int? = 500

    public func score(_ input: ScoringInput, workspace: ScoringWorkspace, into scores: UnsafeMutableBufferPointer<Double>) {
        let n = workspace.rows
        let sigma = workspace.pairs()
        Self.credibility(input, workspace: workspace, into: sigma)
        for a in 0..<n {
            var net = 0.0
            for b in 0..<n where b != a { net += sigma[a * n + b] - sigma[b * n + a] }
            scores[a] = n > 1 ? net / Double(n - 1) : 0
        }
    }

    /// σ(a, b) for every ordered pair, row-major, into `sigma` (n × n; the diagonal is 1).
    /// Each unordered pair is visited once: b's advantage over a on a criterion is exactly the
    /// negative of a's over b, so both directions come from one pass over the criteria.
    ///
    /// The partial concordances and discordances read the values only, not the weights. They
    /// are kept per pair in the workspace (`partialOutranking`), so when SMAA's confidence
    /// pass scores one draw again under another option's central weights (`reuse.unchanged`)
    /// only the weighted sums are redone, in the same order, so to the same bits.
    static func credibility(_ input: ScoringInput, workspace: ScoringWorkspace, into sigma: UnsafeMutableBufferPointer<Double>) {
        let n = workspace.rows, m = workspace.columns
        var total = 0.0
        for j in 0..<m { total += input.weights[j] }
        let thresholds = workspace.outrankingThresholds
        // w_j / Σ w, once per evaluation rather than once per pair.
        let share = workspace.column(0)
        for j in 0..<m { share[j] = total > 0 ? input.weights[j] / total : 1 / Double(max(m, 1)) }
        let (partials, width, kept) = workspace.partialOutranking(vetoes: thresholds.vetoColumns.count)
        let reuse = kept && workspace.reuse.unchanged
        let vetoes = thresholds.vetoColumns.count
        func slot(_ pair: Int) -> UnsafeMutableBufferPointer<Double> {
            let start = kept ? pair * width : 0
            return UnsafeMutableBufferPointer(rebasing: partials[start..<(start + width)])
        }
        // σ from C(a, b) and C(b, a): the discordances above each, from the pair's slot.
        func write(_ a: Int, _ b: Int, _ forward: Double, _ backward: Double, _ slot: UnsafeMutableBufferPointer<Double>) {
            var forwardCredibility = forward, backwardCredibility = backward
            for k in 0..<vetoes {
                let d = slot[2 * (m + k)], e = slot[2 * (m + k) + 1]
                if d > forward { forwardCredibility *= (1 - d) / (1 - forward) }
                if e > backward { backwardCredibility *= (1 - e) / (1 - backward) }
            }
            sigma[a * n + b] = forwardCredibility
            sigma[b * n + a] = backwardCredibility
        }
        var pair = 0
        for a in 0..<n {
            sigma[a * n + a] = 1
            var b = a + 1
            // Two pairs at a time when each has a slot of its own: four independent sums keep
            // the adders busy where two chains of dependent additions left them waiting. Each
            // sum still adds its terms in criterion order, so every σ is the same bits.
            while kept && b + 1 < n {
                let first = slot(pair), second = slot(pair + 1)
                if !reuse {
                    fillPartials(first, a, b, input.values, thresholds, workspace)
                    fillPartials(second, a, b + 1, input.values, thresholds, workspace)
                }
                var forward = 0.0, backward = 0.0, nextForward = 0.0, nextBackward = 0.0
                for j in 0..<m {
                    let weight = share[j]
                    forward += weight * first[2 * j]
                    backward += weight * first[2 * j + 1]
                    nextForward += weight * second[2 * j]
                    nextBackward += weight * second[2 * j + 1]
                }
                write(a, b, forward, backward, first)
                write(a, b + 1, nextForward, nextBackward, second)
                pair += 2
                b += 2
            }
            while b < n {
                let only = slot(pair)
                if !reuse { fillPartials(only, a, b, input.values, thresholds, workspace) }
                var forward = 0.0, backward = 0.0  // C(a, b) and C(b, a)
                for j in 0..<m {
                    forward += share[j] * only[2 * j]
                    backward += share[j] * only[2 * j + 1]
                }
                write(a, b, forward, backward, only)
                pair += 1
                b += 1
            }
        }
    }

    /// One pair's c_j(a, b), c_j(b, a) for every criterion, then d_j(a, b), d_j(b, a) for each
    /// criterion with a veto, interleaved.
    private static func fillPartials(
        _ slot: UnsafeMutableBufferPointer<Double>, _ a: Int, _ b: Int, _ x: UnsafeBufferPointer<Double>,
        _ thresholds: OutrankingThresholds, _ workspace: ScoringWorkspace
    ) {
        let m = workspace.columns
        for j in 0..<m {
            let advantage = Self.advantage(of: b, over: a, on: j, x, m: m, benefit: workspace.benefit[j])
            slot[2 * j] = thresholds.concordance(j, advantage)
            slot[2 * j + 1] = thresholds.concordance(j, -advantage)
        }
        for (k, j) in thresholds.vetoColumns.enumerated() {
            let advantage = Self.advantage(of: b, over: a, on: j, x, m: m, benefit: workspace.benefit[j])
            slot[2 * (m + k)] = thresholds.discordance(j, advantage)
            slot[2 * (m + k) + 1] = thresholds.discordance(j, -advantage)
        }
    }

    /// Δ_j: how much b beats a on criterion j (the negative of a's advantage over b, exactly).
    @inline(__always)
    private static func advantage(of b: Int, over a: Int, on j: Int, _ x: UnsafeBufferPointer<Double>, m: Int, benefit: Bool) -> Double {
        benefit ? x[b * m + j] - x[a * m + j] : x[a * m + j] - x[b * m + j]
    }

    public func relations(workspace: ScoringWorkspace, input: ScoringInput, into relations: UnsafeMutableBufferPointer<OutrankingRelation>) -> Bool {
        let n = workspace.rows
        let sigma = UnsafeBufferPointer(workspace.pairs())
        let (scratch, descending, ascending) = workspace.distillation()
        Distillation.classes(descending, sigma: sigma, n: n, descending: true, scratch: scratch)
        Distillation.classes(ascending, sigma: sigma, n: n, descending: false, scratch: scratch, prepared: true)
        Distillation.fill(relations, n: n, descending: UnsafeBufferPointer(descending), ascending: UnsafeBufferPointer(ascending))
        return true
    }

    /// Whether no option is preferred to option i in the final preorder, with each
    /// distillation run only until i is extracted: an option extracted before i, with i, or
    /// after it is ahead of, level with or behind it (the other way round in the ascending
    /// distillation, which extracts the worst first). SMAA's confidence pass asks only this.
    public func leads(_ i: Int, workspace: ScoringWorkspace, input: ScoringInput) -> Bool? {
        let n = workspace.rows
        let sigma = UnsafeBufferPointer(workspace.pairs())
        let (scratch, down, up) = workspace.distillation()
        Distillation.classes(down, sigma: sigma, n: n, descending: true, scratch: scratch, until: i)
        Distillation.classes(up, sigma: sigma, n: n, descending: false, scratch: scratch, prepared: true, until: i)
        for a in 0..<n where a != i {
            // The ascending steps count from the worst, so its pair goes in the other way round.
            if Distillation.relation(down[a], down[i], up[i], up[a]) == .preferred { return false }
        }
        return true
    }

    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization, parameters: [String: Double]) -> MethodOutput {
        let workspace = ScoringWorkspace(for: matrix)
        let scores = self.scores(matrix, normalization: normalization, parameters: parameters, workspace: workspace)
        let n = matrix.options.count
        let credibility = Matrix(rowCount: n, columnCount: n, storage: Array(workspace.pairs()[0..<(n * n)]))
        // Distilled once: the classes are both the details shown and the source of the relations.
        let descending = Distillation.classes(UnsafeBufferPointer(workspace.pairs()), n: n, descending: true)
        let ascending = Distillation.classes(UnsafeBufferPointer(workspace.pairs()), n: n, descending: false)
        var relations = [OutrankingRelation](repeating: .indifferent, count: n * n)
        relations.withUnsafeMutableBufferPointer { Distillation.fill($0, n: n, descending: descending, ascending: ascending) }
        var output = MethodOutput(
            scores: scores,
            details: [
                MethodDetail("descending", descending.map { Double($0 + 1) }), MethodDetail("ascending", ascending.map { Double($0 + 1) }),
            ])
        output.relations = relations
        output.credibility = credibility
        return output
    }
}
