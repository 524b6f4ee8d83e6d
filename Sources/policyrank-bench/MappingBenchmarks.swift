import Foundation

/// `policyrank mapping` as a whole process on a generated study of participants only
/// (`MappingStudyGenerator`): 50 participants × 40 options × 8 criteria of their own, so
/// 780 pairs × 50 participants = 39,000 pairwise inclinations in the JSON.
struct MappingBenchmarks {
    var policyrank: ChildProcess
    var runs: Int
    var seed: UInt64

    static let target = Duration.seconds(1)

    func rows(in directory: String) throws(BenchError) -> [BenchReport.Row] {
        let generator = MappingStudyGenerator(participants: 50, options: 40, criteria: 8, seed: seed)
        let path = directory + "/mapping"
        try generator.write(to: path)
        let command = ["mapping", path, "--format", "json"]
        _ = try policyrank.outputBytes(command)  // warm-up, and the check that it succeeds
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<runs {
            let start = clock.now
            try policyrank.run(command)
            durations.append(clock.now - start)
        }
        return [
            BenchReport.Row(
                name: "`policyrank mapping --format json`",
                size: "generated: \(generator.participants) participants × \(generator.options) options × \(generator.criteria) criteria",
                timing: Stopwatch.summarize(durations), target: Self.target, fewerRunsReason: nil)
        ]
    }
}

/// Writes a study of participants only: options with ids and names, and participants who
/// each score every option on their own criteria with random intervals. Same seed, same bytes.
struct MappingStudyGenerator {
    var participants = 50
    var options = 40
    var criteria = 8
    var seed: UInt64 = 1

    func write(to directory: String) throws(BenchError) {
        try StudyGenerator.prepare(directory)
        do {
            try FileManager.default.createDirectory(atPath: directory + "/participants", withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory + "/participants", reason: error.localizedDescription)
        }
        let ids = (1...options).map { String(format: "o%02d", $0) }
        for id in ids { try StudyGenerator.save("id: \(id)\nname: Option \(id)\n", to: directory + "/policies/\(id).yaml") }
        var random = SplitMix64(seed: seed)
        for p in 1...participants {
            let id = String(format: "p%02d", p)
            var lines = ["id: \(id)", "name: Participant \(p)", "group: g\(p % 4)", "criteria:"]
            for c in 1...criteria { lines.append("  - {id: c\(c), weight: \(random.int(in: 1...10))}") }
            lines.append("scores:")
            for option in ids {
                let cells = (1...criteria).map { c -> String in
                    let low = random.int(in: 0...80)
                    return "c\(c): {low: \(low), high: \(low + random.int(in: 0...20))}"
                }
                lines.append("  \(option): {\(cells.joined(separator: ", "))}")
            }
            try StudyGenerator.save(lines.joined(separator: "\n") + "\n", to: directory + "/participants/\(id).yaml")
        }
    }
}
