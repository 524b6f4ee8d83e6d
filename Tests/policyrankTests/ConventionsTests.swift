import Foundation
import Testing

/// The conventions a command-line user expects: one warning summary line, `--quiet`, `-` for
/// standard output, and warnings a study switches off in `study.yaml`.
@Suite struct ConventionsTests {
    static let warned = CLI.fixtures.appendingPathComponent("invalid/undocumented-score-and-missing-source")

    @Test(arguments: [["rank"], ["compare"], ["explain", "alpha", "beta"], ["sensitivity", "--samples", "100"]])
    func commandsOtherThanValidatePrintOneWarningLine(arguments: [String]) throws {
        let result = try CLI.run(arguments, in: Self.warned)
        #expect(result.status == 0)
        #expect(result.stderr == "4 warnings — run policyrank validate to see them\n")
        let quiet = try CLI.run(arguments + ["--quiet"], in: Self.warned)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == result.stdout)
    }

    @Test func errorsAreStillPrintedInFull() throws {
        let result = try CLI.run(["rank", "--quiet"], in: CLI.fixtures.appendingPathComponent("invalid/many-problems"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:"))
    }

    @Test(arguments: [["rank", "--output", "-"], ["compare", "--output", "-"], ["report", "--output", "-", "--samples", "100", "--date", "2026-01-01"]])
    func aDashMeansStandardOutput(arguments: [String]) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-dash-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RankCommandTests.minimal, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(arguments, in: directory)
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
    }

    @Test func aStudyCanSwitchOffWarnings() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-lint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.warned, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let settings = copy.appendingPathComponent("study.yaml")
        let original = (try? String(contentsOf: settings, encoding: .utf8)) ?? ""
        try (original + "lint:\n  disable: [undocumented-score, missing-source]\n").write(to: settings, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--strict"], in: copy)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stderr == "No problems found.\n")
        // An error rule, or a rule that does not exist, cannot be disabled.
        try (original + "lint:\n  disable: [missing-score, missing-sorce]\n").write(to: settings, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["validate"], in: copy)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("rule 'missing-score' reports errors, which cannot be disabled"))
        #expect(refused.stdout.contains("unknown rule 'missing-sorce' (did you mean 'missing-source'?)"))
    }
}

/// A status-quo baseline: every option's difference from it, and the options worse than
/// doing nothing flagged.
@Suite struct BaselineTests {
    static let study = CLI.fixtures.appendingPathComponent("valid/baseline")

    @Test func rankShowsTheDifferenceFromTheBaselineAndFlagsWorseOptions() throws {
        let table = try CLI.run(["rank", Self.study.path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("vs baseline"))
        #expect(table.stdout.contains("   2  status_quo  Status quo  0.6475     baseline"))
        #expect(table.stdout.contains("−0.1975 !"))
        #expect(table.stdout.contains("! Worse than doing nothing: beta ranks below the baseline 'status_quo'."))
        let json = try CLI.run(["rank", Self.study.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["baseline"] as? String == "status_quo")
        #expect(object["worse_than_baseline"] as? [String] == ["beta"])
        let entries = try #require(object["ranking"] as? [[String: Any]])
        #expect(entries.first { $0["id"] as? String == "status_quo" }?["vs_baseline"] as? Double == 0)
        let csv = try CLI.run(["rank", Self.study.path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,id,name,score,vs_baseline,p_first,"))
    }

    @Test func theReportAndCompareShowTheBaselineToo() throws {
        let report = try CLI.run(["report", Self.study.path, "--output", "-", "--samples", "100", "--date", "2026-01-01", "--quiet"])
        #expect(report.stdout.contains("<th scope=\"col\">vs baseline</th>") || report.stdout.contains(">vs baseline<"))
        #expect(report.stdout.contains("Worse than doing nothing: beta ranks below the baseline"))
        let compare = try CLI.run(["compare", Self.study.path, "--quiet"])
        #expect(compare.stdout.contains("Worse than doing nothing: beta"))
    }

    @Test func aStudyHasAtMostOneBaseline() throws {
        let result = try CLI.run(["validate", CLI.fixtures.appendingPathComponent("invalid/duplicate-baseline").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[duplicate-baseline]"))
    }
}

@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptsOfferMethodsNormalizationsAndFormats(shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["promethee2", "spotis", "minmax", "markdown", "sarif"] {
            #expect(result.stdout.contains(word), "\(shell) script lacks \(word)")
        }
    }

    /// Perspective and option ids come from the study in the current directory.
    @Test func perspectiveAndOptionIdsComeFromTheStudyHere() throws {
        let perspectives = try CLI.run(["---completion", "rank", "--", "--perspective", "2", "0"], in: CLI.repositoryRoot)
        #expect(perspectives.stdout.split(separator: "\n").contains("rights_groups"))
        let options = try CLI.run(["---completion", "explain", "--", "positional@0", "2", "0"], in: CLI.repositoryRoot)
        #expect(options.stdout.split(separator: "\n").contains("regional_intelligence"))
    }
}

@Suite struct TerminalWidthTests {
    /// At 80 columns the ranking table wraps names and contributions instead of running
    /// past the edge; at 250 no name is cut; into a pipe without COLUMNS, nothing changes.
    @Test func theRankingTableFitsTheTerminal() throws {
        let narrow = try CLI.run(["rank", "--quiet"], environment: ["COLUMNS": "80"])
        let lines = narrow.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 10)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(!narrow.stdout.contains("…"))
        let wide = try CLI.run(["rank", "--quiet"], environment: ["COLUMNS": "250"])
        #expect(wide.stdout.contains("Regional intelligence-sharing and cross-border coordination"))
        let piped = try CLI.run(["rank", "--quiet"], environment: ["COLUMNS": ""])
        #expect(piped.stdout.contains("Regional intelligence-sharing and cross-bor…"))
    }
}

@Suite struct WatchTests {
    /// Runs `policyrank arguments` in the background with its output in a file, calls
    /// `whileRunning` with a function that waits (up to 10 s) until the output shows `count`
    /// runs, then stops it with Ctrl-C (SIGINT).
    static func watch(_ arguments: [String], in directory: URL, marker: String, _ whileRunning: (_ waitFor: (Int) -> Bool) throws -> Void) throws -> (
        status: Int32, output: String
    ) {
        let output = directory.appendingPathComponent("watch.out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let read = { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
        func waitFor(_ count: Int) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if read().components(separatedBy: marker).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
        try whileRunning(waitFor)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try? handle.close()
        return (process.terminationStatus, read())
    }

    @Test(arguments: [["rank", "--watch", "--quiet"], ["validate", "--watch"]])
    func rerunsAfterAFileChangesAndStopsCleanly(arguments: [String]) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-watch-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RankCommandTests.minimal, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = arguments[0] == "rank" ? "Fixture study" : "policies/"
        if arguments[0] == "validate" {
            // Something to report, so every run prints a line.
            try DiffForCITests.replace(directory.appendingPathComponent("policies/beta.yaml"), "  - title: A source\n", "")
        }
        let result = try Self.watch(arguments, in: directory, marker: marker) { waitFor in
            #expect(waitFor(1), "no first run")
            try DiffForCITests.replace(directory.appendingPathComponent("policies/beta.yaml"), "violence: 3", "violence: 4")
            #expect(waitFor(2), "no run after the change")
        }
        #expect(result.status == 0)
    }
}
