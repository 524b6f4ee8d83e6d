/// `policyrank portfolio` as a whole process, on generated studies (`PortfolioStudyGenerator`):
/// the exact search alone on 20 measures × 12 criteria with one budget (best package, top 5,
/// frontier), and the search with inclusion shares, 10,000 samples on 2 threads, on 12.
struct PortfolioBenchmarks {
    var policyrank: ChildProcess
    var runs: Int
    var seed: UInt64

    static let searchTarget = Duration.seconds(1)
    static let inclusionTarget = Duration.seconds(2)

    func rows(in directory: String) throws(BenchError) -> [BenchReport.Row] {
        var rows: [BenchReport.Row] = []
        for (measures, arguments, target) in [
            (20, ["--no-inclusion"], Self.searchTarget),
            (12, ["--samples", "10000", "--threads", "2"], Self.inclusionTarget),
        ] {
            let path = directory + "/portfolio-\(measures)"
            try PortfolioStudyGenerator(measures: measures, seed: seed).write(to: path)
            let size = "generated: " + BenchmarkSuite.size(of: try StudyCheck.loadValid(path)) + ", one budget"
            let command = ["portfolio", path, "--format", "json"] + arguments
            _ = try policyrank.outputBytes(command)  // warm-up, and the check that it succeeds
            let clock = ContinuousClock()
            var durations: [Duration] = []
            for _ in 0..<min(runs, 5) {
                let start = clock.now
                try policyrank.run(command)
                durations.append(clock.now - start)
            }
            rows.append(
                BenchReport.Row(
                    name: "`policyrank portfolio \(arguments.joined(separator: " ")) --format json`", size: size,
                    timing: Stopwatch.summarize(durations), target: target, fewerRunsReason: "for the portfolio rows"))
        }
        return rows
    }
}
