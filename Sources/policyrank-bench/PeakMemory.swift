import Foundation
import PolicyRankKit

/// Shows that PROMETHEE II's memory grows linearly with the options: an n × n preference matrix
/// at 100,000 options would be 10¹⁰ doubles, 80 GB. The kernel's high-water mark of resident
/// memory (VmHWM) is read in a fresh `policyrank-bench method` child, once the matrix is built
/// and again after evaluate + rank, so the difference is the method's own peak and nothing
/// else the bench allocated can hide in it.
enum PeakMemory {
    /// Ten times the options between the two, so linear memory shows as a ratio near 10.
    static let sizes = [MatrixSize(10_000, 50), MatrixSize(100_000, 50)]

    /// VmHWM in kB; nil where there is no /proc (macOS).
    static func highWaterMarkKB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    /// The note under the table.
    static func note(seed: UInt64) throws(BenchError) -> String {
        var parts: [String] = []
        var growth: [Double] = []
        for size in sizes {
            let arguments = ["method", "promethee2", "--size", size.argument, "--seed", String(seed)]
            let output = try ChildProcess.bench.output(arguments)
            let fields = MethodCommand.Result(parsing: output)
            guard let matrix = fields?.matrixKB, let peak = fields?.peakKB else {
                if fields != nil { return "Peak memory: not measured (no VmHWM in /proc/self/status on this system)." }
                throw .commandFailed(command: ChildProcess.bench.commandLine(arguments), status: 0, stderr: "unexpected output: \(output)")
            }
            growth.append(Double(peak - matrix))
            parts.append("\(size.label): matrix \(megabytes(matrix)), evaluate + rank +\(megabytes(peak - matrix))")
        }
        let ratio = growth.count == 2 && growth[0] > 0 ? String(format: "%.1f", growth[1] / growth[0]) : "?"
        return "Peak memory of `promethee2`, VmHWM of a `policyrank-bench method promethee2 --size N×50` child: "
            + parts.joined(separator: "; ") + ". Ten times the options, ×\(ratio) the memory, so O(n); "
            + "an n × n matrix of doubles at 100,000 options would be 80 GB."
    }

    private static func megabytes(_ kilobytes: Int) -> String {
        String(format: "%.0f MB", Double(kilobytes) / 1_024)
    }
}
