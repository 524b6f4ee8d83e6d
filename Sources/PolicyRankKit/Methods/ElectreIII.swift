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
    static func credibility(_ input: ScoringInput, workspace: ScoringWorkspace, into sigma: UnsafeMutableBufferPointer<Double>) {
        let n = workspace.rows, m = workspace.columns
        let x = input.values
        var total = 0.0
        for j in 0..<m { total += input.weights[j] }
        let thresholds = workspace.shapes.map(\.outrankingThresholds)
        for a in 0..<n {
            for b in 0..<n {
                if a == b {
                    sigma[a * n + b] = 1
                    continue
                }
                var concordance = 0.0
                for j in 0..<m {
                    let (q, p, _) = thresholds[j]
                    let advantage = workspace.benefit[j] ? x[b * m + j] - x[a * m + j] : x[a * m + j] - x[b * m + j]
                    let c = advantage <= q ? 1 : (advantage >= p ? 0 : (p - advantage) / (p - q))
                    concordance += (total > 0 ? input.weights[j] / total : 1 / Double(max(m, 1))) * c
                }
                var credibility = concordance
                for j in 0..<m {
                    guard let v = thresholds[j].v else { continue }
                    let p = thresholds[j].p
                    let advantage = workspace.benefit[j] ? x[b * m + j] - x[a * m + j] : x[a * m + j] - x[b * m + j]
                    let d = advantage <= p ? 0 : (advantage >= v ? 1 : (advantage - p) / (v - p))
                    if d > concordance { credibility *= (1 - d) / (1 - concordance) }
                }
                sigma[a * n + b] = credibility
            }
        }
    }

    public func relations(workspace: ScoringWorkspace, input: ScoringInput, into relations: UnsafeMutableBufferPointer<OutrankingRelation>) -> Bool {
        let n = workspace.rows
        let sigma = UnsafeBufferPointer(workspace.pairs())
        Distillation.fill(
            relations, n: n, descending: Distillation.classes(sigma, n: n, descending: true), ascending: Distillation.classes(sigma, n: n, descending: false))
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

/// ELECTRE III's distillations (Roy 1978; Figueira, Mousseau & Roy 2005, §4.3.2) with the
/// discrimination threshold s(λ) = 0.3 − 0.15 λ: a outranks b at cut level λ when
/// σ(a, b) > λ and σ(a, b) − σ(b, a) > s(σ(a, b)); an option's qualification is how many it
/// outranks minus how many outrank it. The descending distillation takes, class by class,
/// the options of highest qualification (refined at lower and lower cut levels until one is
/// left or λ reaches 0); the ascending one takes the lowest, from the bottom.
enum Distillation {
    static func threshold(_ lambda: Double) -> Double { 0.3 - 0.15 * lambda }

    /// Each option's class, 0 first (best), in the descending or ascending preorder. Its buffers
    /// are made once per call and read through pointers: SMAA distils every sample twice.
    static func classes(_ sigma: UnsafeBufferPointer<Double>, n: Int, descending: Bool) -> [Int] {
        var extracted = [Int](repeating: -1, count: n)  // the extraction step of each option
        var flags = [Bool](repeating: false, count: 2 * n + n * n)  // remaining, current, strong
        var qualificationStorage = [Int](repeating: 0, count: n)
        var step = 0
        extracted.withUnsafeMutableBufferPointer { extracted in
            flags.withUnsafeMutableBufferPointer { flags in
                qualificationStorage.withUnsafeMutableBufferPointer { qualification in
                    let remaining = UnsafeMutableBufferPointer(rebasing: flags[0..<n])
                    let current = UnsafeMutableBufferPointer(rebasing: flags[n..<(2 * n)])
                    let strong = UnsafeMutableBufferPointer(rebasing: flags[(2 * n)..<(2 * n + n * n)])
                    for a in 0..<n { remaining[a] = true }
                    // σ(a, b) − σ(b, a) > s(σ(a, b)) does not depend on the cut: once per call.
                    for a in 0..<n {
                        for b in 0..<n where a != b { strong[a * n + b] = sigma[a * n + b] - sigma[b * n + a] > threshold(sigma[a * n + b]) }
                    }
                    var left = n
                    while left > 0 {
                        // One class: start from every remaining option, refine at lower cuts.
                        for a in 0..<n { current[a] = remaining[a] }
                        var count = left
                        var lambda = maximum(sigma, n: n, among: UnsafeBufferPointer(current), below: .infinity)
                        while count > 1 {
                            let next = maximum(sigma, n: n, among: UnsafeBufferPointer(current), below: lambda - threshold(lambda))
                            for a in 0..<n { qualification[a] = 0 }
                            for a in 0..<n where current[a] {
                                for b in (a + 1)..<max(n, a + 1) where current[b] {
                                    // a S b at the cut: σ(a, b) > λ and the strong margin.
                                    if strong[a * n + b] && sigma[a * n + b] > next {
                                        qualification[a] += 1
                                        qualification[b] -= 1
                                    }
                                    if strong[b * n + a] && sigma[b * n + a] > next {
                                        qualification[b] += 1
                                        qualification[a] -= 1
                                    }
                                }
                            }
                            var target = descending ? Int.min : Int.max
                            for a in 0..<n where current[a] { target = descending ? max(target, qualification[a]) : min(target, qualification[a]) }
                            count = 0
                            for a in 0..<n where current[a] {
                                if qualification[a] == target { count += 1 } else { current[a] = false }
                            }
                            if next <= 0 { break }
                            lambda = next
                        }
                        for a in 0..<n where current[a] {
                            extracted[a] = step
                            remaining[a] = false
                            left -= 1
                        }
                        step += 1
                    }
                }
            }
        }
        // Descending: the first extracted is best; ascending extracts from the bottom.
        if !descending { for a in 0..<n { extracted[a] = step - 1 - extracted[a] } }
        return extracted
    }

    /// The largest σ(a, b) among distinct a, b of the set that is below `limit`; 0 when none.
    private static func maximum(_ sigma: UnsafeBufferPointer<Double>, n: Int, among set: UnsafeBufferPointer<Bool>, below limit: Double) -> Double {
        var best = 0.0
        for a in 0..<n where set[a] {
            for b in 0..<n where set[b] && a != b && sigma[a * n + b] < limit { best = max(best, sigma[a * n + b]) }
        }
        return best
    }

    static func outranks(_ sigma: UnsafeBufferPointer<Double>, n: Int, _ a: Int, _ b: Int, at lambda: Double) -> Bool {
        let forward = sigma[a * n + b]
        return forward > lambda && forward - sigma[b * n + a] > threshold(forward)
    }

    /// Every pair's relation in the final preorder, row-major.
    static func fill(_ relations: UnsafeMutableBufferPointer<OutrankingRelation>, n: Int, descending: [Int], ascending: [Int]) {
        for a in 0..<n {
            for b in 0..<n { relations[a * n + b] = relation(a, b, descending: descending, ascending: ascending) }
        }
    }

    /// The final preorder: ahead in one distillation and not behind in the other is preferred.
    static func relation(_ a: Int, _ b: Int, descending: [Int], ascending: [Int]) -> OutrankingRelation {
        let first = descending[a] < descending[b] ? 1 : (descending[a] > descending[b] ? -1 : 0)
        let second = ascending[a] < ascending[b] ? 1 : (ascending[a] > ascending[b] ? -1 : 0)
        switch (first, second) {
        case (0, 0): return .indifferent
        case (1, 1), (1, 0), (0, 1): return .preferred
        case (-1, -1), (-1, 0), (0, -1): return .preferredBy
        default: return .incomparable
        }
    }
}
