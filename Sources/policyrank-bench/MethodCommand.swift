import PolicyRankKit

/// `policyrank-bench method NAME --size NxM`: evaluate + rank on a synthetic matrix in a
/// process of its own, printing the time and peak memory as one `key=value` line. The bench
/// runs it as a child for `PeakMemory`; by hand it answers "how does this method do at this
/// size?" without running the whole table, and with `--runs N` it is the loop to profile
/// (`perf record -g policyrank-bench method wsm --runs 20`), free of everything else.
enum MethodCommand {
    struct Result {
        var method: String
        var size: String
        var preferences: String
        /// The median of the runs, evaluate + rank.
        var milliseconds: Double
        /// VmHWM with the matrix built, before the method runs; nil without /proc.
        var matrixKB: Int?
        /// VmHWM after evaluate + rank.
        var peakKB: Int?

        var line: String {
            "method=\(method) size=\(size) preferences=\(preferences) ms=\(milliseconds) "
                + "vmhwm_matrix_kb=\(matrixKB.map(String.init) ?? "unavailable") vmhwm_peak_kb=\(peakKB.map(String.init) ?? "unavailable")"
        }
    }

    static func run(_ options: BenchCommand.MethodOptions) throws(BenchError) -> Result {
        guard let method = Methods.named(options.method) else {
            throw .usage("unknown method '\(options.method)'; valid: \(Methods.names.joined(separator: ", "))")
        }
        let matrix = SyntheticMatrix(size: options.size, preferences: options.preferences, seed: options.seed).make()
        let matrixKB = PeakMemory.highWaterMarkKB()
        let timing = try Stopwatch.measure(runs: options.runs) { () throws(BenchError) in
            guard MethodBenchmarks.evaluateAndRank(method, matrix).count == options.size.options else {
                throw .methodFailed(method: method.name, size: options.size.label, reason: "scores are missing")
            }
        }
        return Result(
            method: method.name, size: options.size.argument, preferences: options.preferences.rawValue,
            milliseconds: timing.median.milliseconds, matrixKB: matrixKB, peakKB: PeakMemory.highWaterMarkKB())
    }
}

extension MethodCommand.Result {
    /// The last line of `output` that `line` could have written; nil if there is none.
    init?(parsing output: String) {
        guard let last = output.split(separator: "\n").last(where: { $0.hasPrefix("method=") }) else { return nil }
        var fields: [Substring: Substring] = [:]
        for pair in last.split(separator: " ") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            fields[pair[..<equals]] = pair[pair.index(after: equals)...]
        }
        guard let method = fields["method"], let size = fields["size"], let preferences = fields["preferences"],
            let milliseconds = fields["ms"].flatMap({ Double($0) })
        else { return nil }
        self.init(
            method: String(method), size: String(size), preferences: String(preferences), milliseconds: milliseconds,
            matrixKB: fields["vmhwm_matrix_kb"].flatMap { Int($0) }, peakKB: fields["vmhwm_peak_kb"].flatMap { Int($0) })
    }
}
