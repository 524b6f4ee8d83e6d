import Foundation
import Testing

@Suite struct DiffCommandTests {
    static let minimal = CLI.fixtures.appendingPathComponent("valid/minimal")

    /// A copy of the minimal study with `edit` applied to one of its files.
    static func modifiedCopy(_ file: String, _ edit: (String) -> String) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: minimal, to: copy)
        let url = copy.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func identicalStudiesExitZeroUnderFailOnChange() throws {
        let result = try CLI.run(["diff", Self.minimal.path, Self.minimal.path, "--fail-on-change"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ranking unchanged"))
        #expect(result.stdout.contains("no input changed"))
    }

    @Test(arguments: ["table", "markdown", "json"])
    func reportsMovesAndTheirCause(format: String) throws {
        // Neither change alone lifts beta above alpha; together they do.
        let new = try Self.modifiedCopy("policies/beta.yaml") {
            $0.replacingOccurrences(of: "violence: 3", with: "violence: 10").replacingOccurrences(of: "harm: high", with: "harm: none")
        }
        defer { try? FileManager.default.removeItem(at: new) }
        let result = try CLI.run(["diff", Self.minimal.path, new.path, "--format", format, "--fail-on-change"])
        #expect(result.status == 2)
        try CLI.expectGolden(result.stdout, "diff-minimal-score.\(format)")
    }

    @Test func savedRankingsCanBeCompared() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = directory.appendingPathComponent("before.json"), after = directory.appendingPathComponent("after.json")
        #expect(try CLI.run(["rank", Self.minimal.path, "--format", "json", "--output", before.path]).status == 0)
        #expect(try CLI.run(["rank", Self.minimal.path, "--method", "topsis", "--format", "json", "--output", after.path]).status == 0)
        let result = try CLI.run(["diff", before.path, after.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("alpha"))
        #expect(!result.stdout.contains("Causes"))
        let bad = try CLI.run(["diff", before.path, Self.minimal.appendingPathComponent("study.yaml").path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not a `policyrank rank --format json` result"))
    }
}

/// `diff` for CI: a distinct exit code for a changed ranking, git revisions, added and
/// removed options reported as such, and a moved criterion attributed.
@Suite struct DiffForCITests {
    /// A git repository holding the minimal study, committed once, then edited by `edit`
    /// and committed again.
    static func repository(_ edit: (URL) throws -> Void) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: DiffCommandTests.minimal, to: root.appendingPathComponent("study"))
        let git = URL(fileURLWithPath: "/usr/bin/env")
        let identity = ["-c", "user.email=ci@example.org", "-c", "user.name=CI"]
        for arguments in [["git", "init", "-q"], ["git", "add", "-A"], ["git"] + identity + ["commit", "-qm", "first"]] {
            #expect(try CLI.execute(git, arguments, in: root).status == 0)
        }
        try edit(root.appendingPathComponent("study"))
        for arguments in [["git", "add", "-A"], ["git"] + identity + ["commit", "-qm", "second"]] {
            #expect(try CLI.execute(git, arguments, in: root).status == 0)
        }
        return root
    }

    static func replace(_ file: URL, _ old: String, _ new: String) throws {
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func readsTheStudyAtAGitRevision() throws {
        let root = try Self.repository { study in
            try Self.replace(study.appendingPathComponent("policies/beta.yaml"), "violence: 3", "violence: 10")
            try Self.replace(study.appendingPathComponent("policies/beta.yaml"), "harm: high", "harm: none")
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let study = root.appendingPathComponent("study")
        let againstWorkingTree = try CLI.run(["diff", "HEAD~1", "--fail-on-change"], in: study)
        #expect(againstWorkingTree.status == 2)
        #expect(againstWorkingTree.stdout.hasPrefix("ranking changed, 2 options moved; top changed: 'alpha' → 'beta'"))
        let twoRevisions = try CLI.run(["diff", "HEAD~1", "HEAD", "study", "--format", "json"], in: root)
        #expect(twoRevisions.status == 0)
        #expect(twoRevisions.stdout.contains("\"changed\": true"))
        let unchanged = try CLI.run(["diff", "HEAD", "--fail-on-change"], in: study)
        #expect(unchanged.status == 0)
        let unknown = try CLI.run(["diff", "no-such-revision"], in: study)
        #expect(unknown.status == 64)
        // Nothing was checked out: the working tree still has the second version.
        #expect(try String(contentsOf: study.appendingPathComponent("policies/beta.yaml"), encoding: .utf8).contains("violence: 10"))
    }

    /// 0 unchanged, 2 changed under --fail-on-change, 1 a study with errors, 64 usage.
    @Test func everyExitCodeIsDistinct() throws {
        let changed = try DiffCommandTests.modifiedCopy("policies/beta.yaml") {
            $0.replacingOccurrences(of: "violence: 3", with: "violence: 10").replacingOccurrences(of: "harm: high", with: "harm: none")
        }
        let broken = try DiffCommandTests.modifiedCopy("policies/beta.yaml") { $0.replacingOccurrences(of: "violence: 3", with: "violence: 30") }
        defer {
            try? FileManager.default.removeItem(at: changed)
            try? FileManager.default.removeItem(at: broken)
        }
        let minimal = DiffCommandTests.minimal.path
        #expect(try CLI.run(["diff", minimal, minimal, "--fail-on-change"]).status == 0)
        #expect(try CLI.run(["diff", minimal, changed.path, "--fail-on-change"]).status == 2)
        #expect(try CLI.run(["diff", minimal, changed.path]).status == 0)
        #expect(try CLI.run(["diff", minimal, broken.path, "--fail-on-change"]).status == 1)
        #expect(try CLI.run(["diff", minimal, changed.path, "--format", "pdf"]).status == 64)
    }

    @Test func anAddedOptionIsReportedAsAddedNotAsAMove() throws {
        let added = try DiffCommandTests.modifiedCopy("policies/beta.yaml") { $0 }
        defer { try? FileManager.default.removeItem(at: added) }
        let beta = try String(contentsOf: added.appendingPathComponent("policies/beta.yaml"), encoding: .utf8)
        try beta.replacingOccurrences(of: "id: beta", with: "id: gamma").replacingOccurrences(of: "violence: 3", with: "violence: 9")
            .replacingOccurrences(of: "harm: high", with: "harm: none").replacingOccurrences(of: "{low: 50, high: 150}", with: "10")
            .write(to: added.appendingPathComponent("policies/gamma.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", DiffCommandTests.minimal.path, added.path, "--format", "json"])
        #expect(result.stdout.contains("\"added\": [\"gamma\"]"))
        let table = try CLI.run(["diff", DiffCommandTests.minimal.path, added.path])
        #expect(table.stdout.hasPrefix("ranking changed, 2 options moved, 'gamma' added; top changed: 'alpha' → 'gamma'"))
    }

    /// Moving a criterion to another group is one change, applied alone and credited with
    /// the moves it causes (it used to be "cannot be evaluated alone").
    @Test func aMovedCriterionIsCreditedWithItsMoves() throws {
        let moved = try DiffCommandTests.modifiedCopy("criteria/tree.yaml") {
            $0.replacingOccurrences(
                of: "      - id: harm\n        direction: cost\n        weight: 1\n        scale:\n          levels: {none: 0, low: 3, high: 8}\n",
                with: ""
            ).replacingOccurrences(
                of: "perspectives:",
                with: "  - id: harm\n    direction: cost\n    weight: 5\n    scale:\n      levels: {none: 0, low: 3, high: 8}\nperspectives:")
        }
        defer { try? FileManager.default.removeItem(at: moved) }
        let result = try CLI.run(["diff", DiffCommandTests.minimal.path, moved.path, "--quiet"])
        #expect(result.stdout.contains("criterion 'harm' changed (moved from security to the top level)"))
        #expect(!result.stdout.contains("cannot be evaluated alone"))
    }
}
