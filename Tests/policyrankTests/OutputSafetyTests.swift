import Foundation
import Testing

/// `--output` never replaces a device, a FIFO or a file of the study being read; keeps the
/// mode of a file it replaces; follows a symbolic link; accepts long names (hostile input,
/// class 2).
@Suite struct OutputSafetyTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-out-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RankCommandTests.minimal, to: directory)
        return directory
    }

    @Test func aFileOfTheStudyIsNeverOverwritten() throws {
        let study = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: study) }
        let before = try String(contentsOf: study.appendingPathComponent("policies/alpha.yaml"), encoding: .utf8)
        for target in ["policies/alpha.yaml", "study.yaml", "criteria/tree.yaml"] {
            let result = try CLI.run(["rank", ".", "--output", target, "--quiet"], in: study)
            #expect(result.status == 64)
            #expect(result.stderr.contains("refusing to write over '\(target)'"))
        }
        #expect(try String(contentsOf: study.appendingPathComponent("policies/alpha.yaml"), encoding: .utf8) == before)
    }

    /// Replacing /dev/null with a regular file (as root, in CI) would break the machine.
    @Test func aDeviceIsWrittenIntoNotReplaced() throws {
        let result = try CLI.run(["rank", RankCommandTests.minimal.path, "--output", "/dev/null", "--quiet"])
        #expect(result.status == 0)
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aReplacedFileKeepsItsModeAndALinkItsTarget() throws {
        let study = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: study) }
        let report = study.appendingPathComponent("ranking.txt"), link = study.appendingPathComponent("latest.txt")
        FileManager.default.createFile(atPath: report.path, contents: Data("old".utf8))
        chmod(report.path, 0o640)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "ranking.txt")
        #expect(try CLI.run(["rank", ".", "--output", "latest.txt", "--quiet"], in: study).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: report.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "ranking.txt")
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("Fixture study"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: study.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aLongNameAndADirectory() throws {
        let study = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: study) }
        let long = String(repeating: "a", count: 250)
        #expect(try CLI.run(["rank", ".", "--output", long, "--quiet"], in: study).status == 0)
        let directory = try CLI.run(["rank", ".", "--output", "policies", "--quiet"], in: study)
        #expect(directory.status != 0)
    }
}

@Suite struct SmallCommandRuleTests {
    @Test func anEmptyRankingOrMatrixIsALocatedError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-w-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "ranking: []\n".write(to: directory.appendingPathComponent("roc.yaml"), atomically: true, encoding: .utf8)
        try "criteria: []\nmatrix: []\n".write(to: directory.appendingPathComponent("ahp.yaml"), atomically: true, encoding: .utf8)
        let roc = try CLI.run(["weights", "roc", "roc.yaml"], in: directory)
        #expect(roc.status == 1)
        #expect(roc.stderr.contains("roc.yaml:1:10: error: 'ranking' is empty"))
        let ahp = try CLI.run(["weights", "ahp", "ahp.yaml"], in: directory)
        #expect(ahp.status == 1)
        #expect(ahp.stderr.contains("'criteria' is empty"))
    }

    @Test(arguments: ["2024-13-45", "2023-02-29", "2024-04-31", "24-01-01"])
    func aReportDateMustExist(date: String) throws {
        let result = try CLI.run(["report", "--output", "-", "--date", date], in: RankCommandTests.minimal)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--date expects a real date"))
    }
}

/// File discovery (hostile input, class 3): an editor's lock file or macOS metadata never
/// breaks a command; near-miss names are warnings.
@Suite struct FileDiscoveryTests {
    @Test func hiddenFilesAreSkippedEvenDanglingLinks() throws {
        let study = try OutputSafetyTests.scratch()
        defer { try? FileManager.default.removeItem(at: study) }
        try FileManager.default.createSymbolicLink(
            atPath: study.appendingPathComponent("policies/.#alpha.yaml").path, withDestinationPath: "/nonexistent/alpha")
        try "\u{0}\u{5}binary".write(to: study.appendingPathComponent("policies/._beta.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--strict"], in: study)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(try CLI.run(["rank"], in: study).status == 0)
    }

    @Test func nearMissNamesAreWarningsThatStrictRefuses() throws {
        let fixture = CLI.fixtures.appendingPathComponent("invalid/ignored-file")
        #expect(try CLI.run(["validate"], in: fixture).status == 0)
        let strict = try CLI.run(["validate", "--strict"], in: fixture)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("policies/gamma.YAML:1:1: error: this file is not read"))
    }
}

@Suite struct BoundaryValueTests {
    @Test func aSavedRankingWithAnExtremeRankIsRefusedNotATrap() throws {
        let directory = try OutputSafetyTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("saved.json")
        try """
        {"method": {"name": "wsm"}, "ranking": [{"rank": 9223372036854775807, "id": "alpha", "score": 1}, {"rank": -9223372036854775807, "id": "beta", "score": 0}]}
        """.write(to: saved, atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", saved.path, saved.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a whole \"rank\" from 1 to"))
    }

    @Test(arguments: [
        ["sensitivity", "--samples", "9223372036854775807"], ["sensitivity", "--concentration", "1e-10"],
        ["report", "--output", "-", "--samples", "9000000000000"],
    ])
    func outOfRangeValuesAreUsageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments, in: RankCommandTests.minimal)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
