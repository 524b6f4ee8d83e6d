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
    var policyrank: String

    var markdown: String {
        var lines = [
            "| benchmark | size | median | min | target | ok |",
            "|---|---|--:|--:|--:|:-:|",
        ]
        for row in rows {
            let target = row.target.map { "< " + Self.format($0, trimmed: true) } ?? "—"
            lines.append("| \(row.name) | \(row.size) | \(Self.format(row.timing.median)) | \(Self.format(row.timing.min)) | \(target) | \(row.verdict) |")
        }
        lines += ["", machine, ""]
        return lines.joined(separator: "\n")
    }

    private var machine: String {
        let info = ProcessInfo.processInfo
        let memory = String(format: "%.1f", Double(info.physicalMemory) / 1_073_741_824)
        return "Machine: \(info.operatingSystemVersionString), \(info.processorCount) cores (\(info.activeProcessorCount) active), "
            + "\(memory) GiB memory. Median and min of \(runs) runs after 1 warm-up, wall clock; policyrank at `\(policyrank)`."
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
