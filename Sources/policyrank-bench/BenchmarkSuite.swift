import Foundation
import PolicyRankKit

/// The benchmarks behind the table: whole-process `validate` and `rank`, which are what
/// planners and CI wait for; the same work in-process, which shows how much of that wait is
/// policyrank's own code rather than process start-up; each method on synthetic matrices far
/// larger than any study, which shows what the methods themselves cost as studies grow; and
/// whole-process `sensitivity`, whose SMAA-2 is the one workload meant to use every core.
struct BenchmarkSuite {
    var options: BenchCommand.BenchOptions

    func run() throws(BenchError) -> BenchReport {
        var report = BenchReport(rows: [], runs: options.runs)
        report.loadBefore = BenchReport.loadAverage()
        let groups = options.groups
        // For the generated studies; cheap enough to make even when none is needed.
        let directory = try Self.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var policyrank: ChildProcess?
        if !groups.isDisjoint(with: [.process, .sensitivity, .portfolio, .mapping]) {
            policyrank = try ChildProcess.policyrank(explicitPath: options.policyrank)
            report.policyrank = policyrank?.url.path
        }
        if !groups.isDisjoint(with: [.process, .study]) {
            let generatedPath = directory + "/study"
            try StudyGenerator(policyCount: options.policies, seed: options.seed).write(to: generatedPath)
            let generated = try StudyCheck.loadValid(generatedPath)
            let generatedSize = "generated: " + Self.size(of: generated)
            if groups.contains(.process), let policyrank {
                report.rows += try processRows(policyrank, generatedPath: generatedPath, generatedSize: generatedSize)
            }
            if groups.contains(.study) {
                report.rows += try timeLoadAndValidate(generatedPath, size: generatedSize)
                report.rows.append(try timeRank(generated, size: generatedSize))
            }
        }
        if groups.contains(.methods) {
            report.rows += try MethodBenchmarks(runs: options.runs, seed: options.seed).rows()
            report.notes.append(try PeakMemory.note(seed: options.seed))
        }
        if groups.contains(.sensitivity), let policyrank {
            let sensitivity = SensitivityBenchmarks(policyrank: policyrank, runs: options.runs, seed: options.seed, study: options.study)
            let (rows, note) = try sensitivity.run(in: directory)
            report.rows += rows
            report.notes.append(note)
        }
        if groups.contains(.portfolio), let policyrank {
            report.rows += try PortfolioBenchmarks(policyrank: policyrank, runs: options.runs, seed: options.seed).rows(in: directory)
        }
        if groups.contains(.mapping), let policyrank {
            report.rows += try MappingBenchmarks(policyrank: policyrank, runs: options.runs, seed: options.seed).rows(in: directory)
        }
        report.linkage = Self.linkage(policyrank: policyrank)
        report.loadAfter = BenchReport.loadAverage()
        return report
    }

    /// For the machine line: whether the binaries that ran link the Swift runtime statically,
    /// as `scripts/bench.sh` builds them (`--static-swift-stdlib`), which roughly halves
    /// process start-up. Read from `ldd`, not taken on trust from the build script.
    private static func linkage(policyrank: ChildProcess?) -> String? {
        var binaries = [("policyrank-bench", ChildProcess.bench)]
        if let policyrank { binaries.insert(("policyrank", policyrank), at: 0) }
        var statically: [String] = [], dynamically: [String] = []
        for (name, binary) in binaries {
            switch binary.linksSwiftRuntimeStatically {
            case true?: statically.append(name)
            case false?: dynamically.append(name)
            case nil: break
            }
        }
        var parts: [String] = []
        if !statically.isEmpty {
            parts.append("\(statically.joined(separator: " and ")) statically linked against the Swift runtime (no libswiftCore in `ldd`)")
        }
        if !dynamically.isEmpty {
            parts.append("\(dynamically.joined(separator: " and ")) dynamically linked against the Swift runtime (libswiftCore in `ldd`)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private func processRows(_ policyrank: ChildProcess, generatedPath: String, generatedSize: String) throws(BenchError) -> [BenchReport.Row] {
        let shipped = try StudyCheck.loadValid(options.study)
        let shippedSize = "`\(options.study)`: " + Self.size(of: shipped)
        return [
            // The floor under every whole-process figure: launch, dynamic linking, runtime start-up.
            try timeProcess(policyrank, "`policyrank --version`", "start-up only", ["--version"], target: nil),
            try timeProcess(policyrank, "`policyrank validate`", generatedSize, ["validate", generatedPath], target: .seconds(1)),
            try timeProcess(policyrank, "`policyrank validate`", shippedSize, ["validate", options.study], target: nil),
            try timeProcess(policyrank, "`policyrank rank`", shippedSize, ["rank", options.study], target: .milliseconds(20)),
        ]
    }

    /// "1,000 policies × 12 criteria".
    static func size(of study: Study) -> String {
        let policies = study.policies.count
        return "\(BenchReport.grouped(policies)) \(policies == 1 ? "policy" : "policies") × \(study.leaves.count) criteria"
    }

    private func timeProcess(_ policyrank: ChildProcess, _ name: String, _ size: String, _ arguments: [String], target: Duration?) throws(BenchError)
        -> BenchReport.Row
    {
        try policyrank.check(arguments)
        let timing = try Stopwatch.measure(runs: options.runs) { () throws(BenchError) in try policyrank.run(arguments) }
        return BenchReport.Row(name: name, size: size, timing: timing, target: target)
    }

    /// Load and validate timed separately inside one loop, so the table shows where the
    /// validate time goes (YAML and model building versus the rules) without a profiler.
    /// `StudyCheck.loadValid` has already warmed this path up.
    private func timeLoadAndValidate(_ path: String, size: String) throws(BenchError) -> [BenchReport.Row] {
        let clock = ContinuousClock()
        var load: [Duration] = [], validate: [Duration] = [], total: [Duration] = []
        for _ in 0..<options.runs {
            let start = clock.now
            let (study, loadDiagnostics) = StudyLoader.load(path: path)
            let loaded = clock.now
            let diagnostics = Validator.validate(study, loadDiagnostics: loadDiagnostics).diagnostics
            let end = clock.now
            // Also keeps the optimizer from discarding work whose result is unused.
            try StudyCheck.requireNoErrors(diagnostics, path: path)
            load.append(loaded - start)
            validate.append(end - loaded)
            total.append(end - start)
        }
        return [
            BenchReport.Row(name: "`StudyLoader.load` + `Validator.validate`", size: size, timing: Stopwatch.summarize(total), target: nil),
            BenchReport.Row(name: "… of which `StudyLoader.load`", size: size, timing: Stopwatch.summarize(load), target: nil),
            BenchReport.Row(name: "… of which `Validator.validate`", size: size, timing: Stopwatch.summarize(validate), target: nil),
        ]
    }

    private func timeRank(_ study: Study, size: String) throws(BenchError) -> BenchReport.Row {
        let expected = try StudyCheck.rank(study).entries.count
        let timing = try Stopwatch.measure(runs: options.runs) { () throws(BenchError) in
            // Checking the result keeps the optimizer from discarding the ranking.
            guard try StudyCheck.rank(study).entries.count == expected else {
                throw .rankFailed(path: study.path, reason: "the ranking changed between runs")
            }
        }
        return BenchReport.Row(name: "`RankingEngine.rank`", size: size, timing: timing, target: nil)
    }

    /// A fresh private directory from `mkdtemp`, so parallel runs never share files.
    private static func makeTemporaryDirectory() throws(BenchError) -> String {
        var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("policyrank-bench.XXXXXX").path.utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
            return String(cString: made)
        }
        guard let path else { throw .cannotCreateTemporaryDirectory(reason: String(cString: strerror(errno))) }
        return path
    }
}
