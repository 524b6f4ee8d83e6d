import Foundation

/// The printed result: a Markdown table that pastes into a pull request or the README, and a
/// line saying what machine produced it, without which the figures cannot be compared.
struct BenchReport {
    struct Row {
        var name: String
        var size: String
        var timing: Timing
        /// The median must stay under this; nil where no target has been set.
        var target: Duration?

        var verdict: String {
            guard let target else { return "—" }
            return timing.median < target ? "yes" : "**no**"
        }
    }

    var rows: [Row]
    var runs: Int
    /// Lines under the table for figures that are not timings (peak memory).
    var notes: [String] = []
    /// The executable the whole-process rows ran; nil when none did.
    var policyrank: String?

    var markdown: String {
        var lines = [
            "| benchmark | size | median | min | target | ok |",
            "|---|---|--:|--:|--:|:-:|",
        ]
        for row in rows {
            let target = row.target.map { "< " + Self.format($0, trimmed: true) } ?? "—"
            lines.append("| \(row.name) | \(row.size) | \(Self.format(row.timing.median)) | \(Self.format(row.timing.min)) | \(target) | \(row.verdict) |")
        }
        lines.append("")
        for note in notes { lines += [note, ""] }
        lines += [machine, ""]
        return lines.joined(separator: "\n")
    }

    private var machine: String {
        let info = ProcessInfo.processInfo
        let memory = String(format: "%.1f", Double(info.physicalMemory) / 1_073_741_824)
        let fewer = Set(rows.map(\.timing.runs)).subtracting([runs]).sorted()
        let slow = Self.format(MethodBenchmarks.slowRun, trimmed: true)
        let runCounts = fewer.isEmpty ? "\(runs) runs"
            : "\(runs) runs (\(fewer.map(String.init).joined(separator: ", ")) where the warm-up took over \(slow))"
        return "Machine: \(info.operatingSystemVersionString), \(info.processorCount) cores (\(info.activeProcessorCount) active), "
            + "\(memory) GiB memory. Median and min of \(runCounts) after 1 warm-up, wall clock"
            + (policyrank.map { "; policyrank at `\($0)`." } ?? ".")
    }

    /// "100,000": thousands separated as in the sizes, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    /// Three significant figures at most, in the unit people think in for each magnitude;
    /// `trimmed` drops the decimals of round targets ("1 s", not "1.00 s").
    static func format(_ duration: Duration, trimmed: Bool = false) -> String {
        let milliseconds = duration.milliseconds
        if trimmed, milliseconds >= 1_000, milliseconds.truncatingRemainder(dividingBy: 1_000) == 0 {
            return "\(Int(milliseconds / 1_000)) s"
        }
        if trimmed, milliseconds >= 1, milliseconds.rounded() == milliseconds { return "\(Int(milliseconds)) ms" }
        switch milliseconds {
        case 1_000...: return String(format: "%.2f s", milliseconds / 1_000)
        case 100...: return String(format: "%.0f ms", milliseconds)
        case 10...: return String(format: "%.1f ms", milliseconds)
        default: return String(format: "%.2f ms", milliseconds)
        }
    }
}
