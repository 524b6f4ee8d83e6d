import Testing

@testable import PolicyRankKit

/// SMAA scores every sample through `AggregationMethod.score` and a reused workspace. This
/// reference draws the same weights and scores from the same streams but ranks each sample
/// the plain way — a fresh `DecisionMatrix` ranked by `RankingEngine.rank`, as `rank` does —
/// and the two must agree byte for byte, under every method, on 1 and 2 threads.
@Suite struct SMAAReferenceTests {
    static func uncertainStudy(seed: UInt64) -> Study {
        var study = RankingPropertyTests.randomStudy(seed: seed)
        var random = SplitMix64(state: seed &+ 99)
        for p in study.policies.indices {
            for s in study.policies[p].scores.indices where Bool.random(using: &random) {
                guard case .point(.number(let x)) = study.policies[p].scores[s].value.value else { continue }
                let low = x - Double.random(in: 0...2, using: &random), high = x + Double.random(in: 0...2, using: &random)
                study.policies[p].scores[s].value.value =
                    Bool.random(using: &random)
                    ? .triangular(low: .number(low), likely: .number(x), high: .number(high))
                    : .uniform(low: .number(low), high: .number(high))
            }
        }
        // A value function on the first leaf, so that draws on it go through one.
        study.criteria[0].valueFunction = Located(
            [0.0, 4, 12].enumerated().map { k, x in ValueFunctionPoint(x: x, v: [0.0, 0.7, 1][k], location: StudyBuilder.here) },
            at: StudyBuilder.here)
        return study
    }

    /// Each uncertain cell drawn on its own from one uniform, by the inverse CDFs written out
    /// plainly, then the leaf's value function: what `CellSampler` computes with its loops
    /// regrouped and its choices made by masks, which must give the same bits.
    static func drawPlainly(_ problem: DecisionProblem, into values: inout [Double], _ random: inout RandomStream) {
        let m = problem.leaves.count
        for score in problem.uncertain {
            let u = random.unit()
            var x: Double
            switch score.distribution {
            case .triangular(let low, let mode, let high):
                let split = high > low ? (mode - low) / (high - low) : 0
                let lowArea = high > low ? (high - low) * (mode - low) : 0, highArea = high > low ? (high - low) * (high - mode) : 0
                x = u <= split ? low + (u * lowArea).squareRoot() : high - ((1 - u) * highArea).squareRoot()
            case .uniform(let low, let high):
                x = low + (high - low) * (1 - u)
            }
            values[score.option * m + score.leaf] = problem.leaves[score.leaf].valueFunction.map { $0(x) } ?? x
        }
    }

    /// First-pass acceptability and pairwise counts by the plain ranking path.
    static func reference(
        _ base: RankedProblem, configuration: SMAA.Configuration
    ) -> (acceptability: [[Double]], pairwise: [[Double]], centralWeights: [[Double]?], firstShare: [Double]) {
        let problem = SMAAProblem(problem: base.problem, plan: base.plan)
        let n = problem.optionCount
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        var wins = counts
        var weightSums = [[Double]](repeating: [Double](repeating: 0, count: problem.criterionCount), count: n)
        var shares = [Double](repeating: 0, count: n)
        let sampler = WeightSampler(model: configuration.weightModel, stated: problem.stated)
        let blocks = (configuration.samples + configuration.blockSize - 1) / configuration.blockSize
        for block in 0..<blocks {
            var random = RandomStream(seed: configuration.seed, pass: 1, block: UInt64(block))
            let count = min(configuration.blockSize, configuration.samples - block * configuration.blockSize)
            var weights = problem.stated
            var values = problem.base
            // Sums per block, added to the totals in block order, as SMAA.run merges them.
            var blockWeightSums = [[Double]](repeating: [Double](repeating: 0, count: problem.criterionCount), count: n)
            var blockShares = [Double](repeating: 0, count: n)
            defer {
                for i in 0..<n {
                    for j in 0..<problem.criterionCount { weightSums[i][j] += blockWeightSums[i][j] }
                    shares[i] += blockShares[i]
                }
            }
            do {
                for _ in 0..<count {
                    sampler.sample(into: &weights, &random)
                    Self.drawPlainly(base.problem, into: &values, &random)
                    var sampled = base.problem
                    sampled.likely = Matrix(rowCount: n, columnCount: problem.criterionCount, storage: values)
                    let plan = RankingPlan(base.plan, weights: weights)
                    let ranking = RankingEngine.rank(sampled, plan: plan)
                    var rankOf = [Int](repeating: 0, count: n)
                    for entry in ranking.entries { rankOf[base.problem.optionIds.firstIndex(of: entry.id) ?? 0] = entry.rank }
                    let leaders = rankOf.filter { $0 == 1 }.count
                    for i in 0..<n {
                        counts[i][rankOf[i] - 1] += 1
                        for k in 0..<n where rankOf[i] < rankOf[k] { wins[i][k] += 1 }
                        if rankOf[i] == 1 {
                            blockShares[i] += 1 / Double(leaders)
                            for j in 0..<problem.criterionCount { blockWeightSums[i][j] += weights[j] }
                        }
                    }
                }
            }
        }
        let samples = Double(configuration.samples)
        let central: [[Double]?] = (0..<n).map { i in counts[i][0] == 0 ? nil : weightSums[i].map { $0 / Double(counts[i][0]) } }
        return (
            counts.map { $0.map { Double($0) / samples } }, wins.map { $0.map { Double($0) / samples } }, central, shares.map { $0 / samples }
        )
    }

    @Test(arguments: Methods.names)
    func everyMethodMatchesThePlainRankingPath(method: String) throws {
        for seed in [UInt64(3), 8] {
            let study = Self.uncertainStudy(seed: seed)
            let base = try study.ranked(RankOptions(method: method))
            #expect(!base.problem.uncertain.isEmpty)
            #expect(base.problem.uncertain.contains { $0.leaf == 0 }, "a draw goes through the value function")
            let reference = Self.reference(base, configuration: .init(samples: 600, seed: seed, threads: 1, blockSize: 128))
            for threads in [1, 2] {
                let result = SMAA.run(
                    problem: base.problem, plan: base.plan,
                    configuration: .init(samples: 600, seed: seed, threads: threads, blockSize: 128))
                #expect(result.acceptability == reference.acceptability, "\(method), seed \(seed), \(threads) threads")
                #expect(result.pairwise == reference.pairwise, "\(method), seed \(seed), \(threads) threads")
                #expect(result.centralWeights == reference.centralWeights, "\(method), seed \(seed), \(threads) threads")
                #expect(result.firstShare == reference.firstShare, "\(method), seed \(seed), \(threads) threads")
            }
        }
    }

    /// The confidence pass scores each draw once per candidate, reusing between candidates
    /// what reads the values only (normalization, ELECTRE III's partial concordances,
    /// PROMETHEE's criterion flows). Ranked the plain way instead, each draw under each
    /// option's central weights, the hits must be the same.
    static func referenceConfidence(_ base: RankedProblem, central: [[Double]?], configuration: SMAA.Configuration) -> [Double?] {
        let problem = SMAAProblem(problem: base.problem, plan: base.plan)
        let n = problem.optionCount
        var hits = [Int](repeating: 0, count: n)
        let samples = min(configuration.samples, SMAA.confidenceSampleLimit)
        let blocks = (samples + configuration.blockSize - 1) / configuration.blockSize
        for block in 0..<blocks {
            var random = RandomStream(seed: configuration.seed, pass: 2, block: UInt64(block))
            var values = problem.base
            do {
                for _ in 0..<min(configuration.blockSize, samples - block * configuration.blockSize) {
                    Self.drawPlainly(base.problem, into: &values, &random)
                    var sampled = base.problem
                    sampled.likely = Matrix(rowCount: n, columnCount: problem.criterionCount, storage: values)
                    for (i, weights) in central.enumerated() {
                        guard let weights else { continue }
                        let ranking = RankingEngine.rank(sampled, plan: RankingPlan(base.plan, weights: weights))
                        if ranking.entries.first(where: { $0.id == base.problem.optionIds[i] })?.rank == 1 { hits[i] += 1 }
                    }
                }
            }
        }
        return central.indices.map { central[$0] == nil ? nil : Double(hits[$0]) / Double(samples) }
    }

    @Test(arguments: Methods.names)
    func confidenceFactorsMatchThePlainRankingPath(method: String) throws {
        let study = Self.uncertainStudy(seed: 5)
        let base = try study.ranked(RankOptions(method: method))
        let configuration = SMAA.Configuration(samples: 300, seed: 5, threads: 2, blockSize: 64)
        let result = SMAA.run(problem: base.problem, plan: base.plan, configuration: configuration)
        #expect(result.centralWeights.compactMap { $0 }.count > 1, "\(method): more than one candidate, so draws are scored again")
        #expect(result.confidence == Self.referenceConfidence(base, central: result.centralWeights, configuration: configuration), "\(method)")
    }

    /// The workspace path gives `evaluate`'s scores exactly, and reusing one workspace for
    /// other values and weights on the same criteria leaves nothing behind from the first.
    @Test(arguments: Methods.names)
    func aReusedWorkspaceScoresLikeAFreshOne(method: String) throws {
        let first = try RankingPropertyTests.randomStudy(seed: 21).ranked(RankOptions(method: method))
        let other = RankingPropertyTests.randomStudy(seed: 22).problem
        let matrixA = first.problem.matrix(weights: first.plan.weights)
        var matrixB = matrixA
        matrixB.values = other.likely
        for j in matrixB.columns.indices { matrixB.columns[j].weight = other.weights.weights[j] }
        let plan = first.plan, shared = ScoringWorkspace(for: matrixA)
        _ = plan.method.scores(matrixA, normalization: plan.normalization, parameters: plan.parameterMap, workspace: shared)
        let reused = plan.method.scores(matrixB, normalization: plan.normalization, parameters: plan.parameterMap, workspace: shared)
        #expect(reused == plan.method.evaluate(matrixB, normalization: plan.normalization, parameters: plan.parameterMap).scores)
        #expect(reused != plan.method.evaluate(matrixA, normalization: plan.normalization, parameters: plan.parameterMap).scores)
    }
}
