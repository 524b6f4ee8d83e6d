import PolicyRankKit

/// Every aggregation method in-process on synthetic matrices, from a hand-written study's size
/// to one far past any real one, so that the cost of a method, not of loading, is on show.
/// Timed work is what `policyrank rank` does after loading: evaluate, then rank.
struct MethodBenchmarks {
    var runs: Int
    var seed: UInt64

    static let sizes = [MatrixSize(10, 5), MatrixSize(1_000, 20), MatrixSize(100_000, 50)]
    /// Every method must rank 100,000 × 50 in this, on a 2-core machine.
    static let largeTarget = Duration.milliseconds(200)
    /// PROMETHEE II's extra sizes: 10,000 × 50 is where an O(n²) implementation would first
    /// hurt (10⁸ pairs per criterion); the Gaussian at 2,000 × 10 is its one O(n²) shape,
    /// shown so the table does not pretend every preference function is fast.
    static let prometheeMedium = MatrixSize(10_000, 50)
    static let prometheeTarget = Duration.seconds(1)
    static let gaussianSize = MatrixSize(2_000, 10)
    /// A benchmark whose warm-up takes longer than this gets at most `slowRuns` timed runs,
    /// which keeps the full table to well under a minute on shared cores.
    static let slowRun = Duration.milliseconds(100)
    static let slowRuns = 3

    func rows() throws(BenchError) -> [BenchReport.Row] {
        // Each matrix is built once, outside the timing, and shared by all the methods.
        let matrices = Self.sizes.map { SyntheticMatrix(size: $0, seed: seed).make() }
        var rows: [BenchReport.Row] = []
        for method in Methods.all {
            for (size, matrix) in zip(Self.sizes, matrices) {
                if let limit = method.maximumOptions, size.options > limit {
                    rows.append(
                        BenchReport.Row(
                            name: "`\(method.name)`: not run (it compares every pair, so it ranks at most \(NumberFormat.grouped(limit)) options)",
                            size: size.label,
                            figure: .skipped))
                    continue
                }
                rows.append(try row(method, matrix, size: size, target: size == Self.sizes.last ? Self.largeTarget : nil))
            }
            guard method is PrometheeII else { continue }
            let medium = SyntheticMatrix(size: Self.prometheeMedium, seed: seed).make()
            rows.append(try row(method, medium, size: Self.prometheeMedium, target: Self.prometheeTarget))
            let gaussian = SyntheticMatrix(size: Self.gaussianSize, preferences: .gaussian, seed: seed).make()
            rows.append(try row(method, gaussian, name: "`promethee2` gaussian", size: Self.gaussianSize, target: nil))
        }
        return rows
    }

    private func row(
        _ method: any AggregationMethod, _ matrix: DecisionMatrix, name: String? = nil,
        size: MatrixSize, target: Duration?
    ) throws(BenchError) -> BenchReport.Row {
        let clock = ContinuousClock()
        let start = clock.now
        let scores = Self.evaluateAndRank(method, matrix)
        let warmUp = clock.now - start
        guard scores.count == size.options, scores.allSatisfy(\.isFinite) else {
            throw .methodFailed(method: method.name, size: size.label, reason: "scores are missing or not finite")
        }
        let timing = try Stopwatch.measure(runs: warmUp > Self.slowRun ? min(runs, Self.slowRuns) : runs) { () throws(BenchError) in
            // Checking the result keeps the optimizer from discarding the work.
            guard Self.evaluateAndRank(method, matrix).count == size.options else {
                throw .methodFailed(method: method.name, size: size.label, reason: "the scores changed between runs")
            }
        }
        return BenchReport.Row(name: name ?? "`\(method.name)`", size: size.label, timing: timing, target: target)
    }

    /// Evaluates with the method's default normalization and parameters, as `rank` does for a
    /// study that sets neither, and ranks the result; returns the scores.
    static func evaluateAndRank(_ method: any AggregationMethod, _ matrix: DecisionMatrix) -> [Double] {
        let parameters = Dictionary(method.parameters.map { ($0.name, $0.defaultValue) }, uniquingKeysWith: { $1 })
        let output = method.evaluate(matrix, normalization: method.defaultNormalization, parameters: parameters)
        let ranking = CompetitionRanking.rank(scores: output.scores, ids: matrix.options, better: method.better)
        return ranking.count == output.scores.count ? output.scores : []
    }
}
