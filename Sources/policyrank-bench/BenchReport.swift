import Foundation

/// The printed result: a Markdown table that pastes into a pull request or the README, and a
/// line saying what machine produced it, without which the figures cannot be compared.
struct BenchReport {
    struct Row {
        enum Figure {
            /// A timed benchmark; the median must stay under `target`, where one is set.
            case time(Timing, target: Duration?)
            /// How many times faster one row ran than another (the SMAA thread speed-up): the
            /// ratio of their medians, which must reach `atLeast` where one is set, and of their minima.
            case speedup(median: Double, min: Double, atLeast: Double?)
            /// How many times slower one row ran than a reference row (a method's `sensitivity`
            /// against `wsm`'s): the ratio of their medians, which must stay at most `atMost`.
            case slowdown(median: Double, min: Double, atMost: Double)
            /// Not run, for the reason in the row's name (a method that refuses the size).
            case skipped
        }

        var name: String
        var size: String
        var figure: Figure
        /// Why this row ran fewer timed runs than `--runs`, for the machine line; nil for the
        /// usual reason, a warm-up over `MethodBenchmarks.slowRun`.
        var fewerRunsReason: String?

        init(name: String, size: String, timing: Timing, target: Duration?, fewerRunsReason: String? = nil) {
            self.init(name: name, size: size, figure: .time(timing, target: target), fewerRunsReason: fewerRunsReason)
        }

        init(name: String, size: String, figure: Figure, fewerRunsReason: String? = nil) {
            self.name = name
            self.size = size
            self.figure = figure
            self.fewerRunsReason = fewerRunsReason
        }

        var timing: Timing? {
            guard case .time(let timing, _) = figure else { return nil }
            return timing
        }

        var verdict: String {
            switch figure {
            case .time(_, nil): "—"
            case .time(let timing, let target?): timing.median < target ? "yes" : "**no**"
            case .speedup(_, _, nil): "—"
            case .speedup(let median, _, let atLeast?): median >= atLeast ? "yes" : "**no**"
            case .slowdown(let median, _, let atMost): median <= atMost ? "yes" : "**no**"
            case .skipped: "—"
            }
        }

        /// The median, min and target cells.
        var cells: (median: String, min: String, target: String) {
            switch figure {
            case .time(let timing, let target):
                (BenchReport.format(timing.median), BenchReport.format(timing.min), target.map { "< " + BenchReport.format($0, trimmed: true) } ?? "—")
            case .speedup(let median, let min, let atLeast):
                (BenchReport.times(median), BenchReport.times(min), atLeast.map { "≥ " + BenchReport.times($0, decimals: 1) } ?? "—")
            case .slowdown(let median, let min, let atMost):
                (BenchReport.times(median), BenchReport.times(min), "≤ " + BenchReport.times(atMost, decimals: 1))
            case .skipped: ("—", "—", "—")
            }
        }
    }

    var rows: [Row]
    var runs: Int
    /// Lines under the table for figures that are not timings (peak memory).
    var notes: [String] = []
    /// The executable the whole-process rows ran; nil when none did.
    var policyrank: String?
    /// How the binaries link the Swift runtime ("statically linked …"); nil when unknown.
    var linkage: String?
    /// The 1-minute load average before and after the benchmarks, from /proc/loadavg: on
    /// shared cores a neighbour's build shows up here before it is mistaken for a regression.
    var loadBefore: String?
    var loadAfter: String?

    /// The first field of /proc/loadavg; nil where there is none (macOS).
    static func loadAverage() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }

    var markdown: String {
        var lines = [
            "| benchmark | size | median | min | target | ok |",
            "|---|---|--:|--:|--:|:-:|",
        ]
        for row in rows {
            let cells = row.cells
            lines.append("| \(row.name) | \(row.size) | \(cells.median) | \(cells.min) | \(cells.target) | \(row.verdict) |")
        }
        lines.append("")
        for note in notes { lines += [note, ""] }
        lines += [machine, ""]
        return lines.joined(separator: "\n")
    }

    private var machine: String {
        let info = ProcessInfo.processInfo
        let memory = String(format: "%.1f", Double(info.physicalMemory) / 1_073_741_824)
        let slow = "where the warm-up took over " + Self.format(MethodBenchmarks.slowRun, trimmed: true)
        var fewer: [String] = []
        for row in rows {
            guard let timing = row.timing, timing.runs != runs else { continue }
            let text = "\(timing.runs) \(row.fewerRunsReason ?? slow)"
            if !fewer.contains(text) { fewer.append(text) }
        }
        let runCounts = fewer.isEmpty ? "\(runs) runs" : "\(runs) runs (\(fewer.joined(separator: "; ")))"
        return "Machine: \(info.operatingSystemVersionString), \(info.processorCount) cores (\(info.activeProcessorCount) active), "
            + "\(memory) GiB memory. Median and min of \(runCounts) after 1 warm-up, wall clock"
            + (policyrank.map { "; policyrank at `\($0)`" } ?? "")
            + (linkage.map { "; \($0)" } ?? "")
            + (loadBefore.flatMap { before in loadAfter.map { "; load average (1 min) \(before) before, \($0) after" } } ?? "") + "."
    }

    /// "100,000": thousands separated as in the issue's sizes, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    /// "1.93×", or "1.8×" with one decimal for round targets.
    static func times(_ ratio: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f×", ratio)
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
