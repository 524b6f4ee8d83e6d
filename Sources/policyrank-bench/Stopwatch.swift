/// Median and fastest of repeated runs of one piece of work.
///
/// The median is the headline because the cores are shared and a single slow run says more
/// about the neighbours than about policyrank; the minimum shows what the work costs when
/// nothing interferes. Both come from `ContinuousClock`, which keeps counting while the process
/// sleeps or waits for a child, as wall-clock figures for a CLI should.
struct Timing {
    var median: Duration
    var min: Duration
    var runs: Int
}

enum Stopwatch {
    /// Times `runs` calls of `work`. Warm-up is the caller's job, because the warm-up run is
    /// also where callers check that the work succeeds before timing it.
    static func measure<E: Error>(runs: Int, _ work: () throws(E) -> Void) throws(E) -> Timing {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<max(runs, 1) {
            let start = clock.now
            try work()
            samples.append(clock.now - start)
        }
        return summarize(samples)
    }

    /// For work timed in parts inside one loop (see `BenchmarkSuite.timeLoadAndValidate`).
    static func summarize(_ samples: [Duration]) -> Timing {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return Timing(median: median, min: sorted[0], runs: sorted.count)
    }
}

extension Duration {
    /// Milliseconds as a `Double`, for formatting and for comparing against targets.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
