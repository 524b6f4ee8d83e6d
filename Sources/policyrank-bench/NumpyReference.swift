import Foundation
import PolicyRankKit

/// The vectorized numpy SMAA-2 of `scripts/smaa-numpy-reference.py`, run on the same problem
/// and sample count as `SMAA.run`: what an analyst would otherwise write, and the yardstick the
/// issue sets (SMAA.run at least 10× faster). The script times itself with `perf_counter`, so
/// Python's start-up and numpy's import are not counted against it.
enum NumpyReference {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/smaa-numpy-reference.py")

    struct Seconds {
        var median: Duration
        var min: Duration
    }

    /// A failure, with the reason, when python3 or numpy is missing or the script fails.
    static func time(_ problem: DecisionProblem, samples: Int, runs: Int, directory: String) -> Result<Seconds, BenchError> {
        let input = directory + "/smaa-problem.json"
        do {
            try Data(json(problem).utf8).write(to: URL(fileURLWithPath: input))
        } catch {
            return .failure(.cannotWrite(path: input, reason: error.localizedDescription))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, input, String(samples), String(runs)]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(.cannotLaunch(path: "python3", reason: error.localizedDescription))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let median = object["median"] as? Double, let least = object["min"] as? Double
        else {
            return .failure(.commandFailed(command: "python3 \(script.lastPathComponent)", status: process.terminationStatus, stderr: stderr))
        }
        return .success(Seconds(median: .seconds(median), min: .seconds(least)))
    }

    /// The problem as the script reads it: likely values, bounds, directions, uncertain cells.
    static func json(_ problem: DecisionProblem) -> String {
        func numbers(_ values: [Double]) -> String { "[" + values.map { "\($0)" }.joined(separator: ", ") + "]" }
        let cells = problem.uncertain.map { cell -> String in
            let index = cell.option * problem.leaves.count + cell.leaf
            switch cell.distribution {
            case .triangular(let low, let mode, let high): return "[\(index), \"triangular\", \(low), \(mode), \(high)]"
            case .uniform(let low, let high): return "[\(index), \"uniform\", \(low), \(low), \(high)]"
            }
        }
        return """
            {"n": \(problem.options.count), "m": \(problem.leaves.count), "base": \(numbers(problem.likely.storage)),
             "lower": \(numbers(problem.leaves.map(\.methodBounds.lowerBound))), "upper": \(numbers(problem.leaves.map(\.methodBounds.upperBound))),
             "benefit": [\(problem.leaves.map { $0.methodDirection == .benefit ? "true" : "false" }.joined(separator: ", "))],
             "uncertain": [\(cells.joined(separator: ", "))]}
            """
    }
}
