import Foundation
import Testing

@Suite struct InitCommandTests {
    static let files = [
        "study.yaml", "criteria/tree.yaml", "policies/speed_cameras.yaml", "policies/school_streets.yaml",
        "schemas/study.schema.json", "schemas/criteria.schema.json", "schemas/policy.schema.json",
    ]

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-init-\(UUID().uuidString)")
    }

    @Test func scaffoldsAStudyThatValidatesStrictlyAndRanks() throws {
        let parent = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("new study")

        let result = try CLI.run(["init", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        for file in Self.files {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path), "\(file)")
            #expect(result.stdout.contains("created \(directory.path)/\(file)\n"))
        }
        #expect(result.stdout.hasSuffix("next: policyrank validate '\(directory.path)'; policyrank rank '\(directory.path)'\n"))

        let validate = try CLI.run(["validate", "--strict", directory.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout == "")
        #expect(validate.stderr == "No problems found.\n")

        let rank = try CLI.run(["rank", directory.path])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("   1  speed_cameras"))
        #expect(try CLI.run(["compare", directory.path]).status == 0)
    }

    @Test func scaffoldedFilesConformToTheirSchemas() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["init", directory.path]).status == 0)
        let files = try SchemaTests.studyFiles(directory)
        #expect(files.count == 4)
        let verdicts = try SchemaTests.validate(files)
        for (kind, path) in files {
            #expect(verdicts[path] == "valid", "\(path) against the \(kind) schema: \(verdicts[path] ?? "no verdict")")
        }
    }

    @Test func refusesToOverwriteAndWritesNothing() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try CLI.run(["init", directory.path]).status == 0)
        // An edit the user made after the first init must survive the second.
        let policy = directory.appendingPathComponent("policies/school_streets.yaml")
        try Data("id: school_streets\n".utf8).write(to: policy)
        let before = try Self.snapshot(directory)

        let again = try CLI.run(["init", directory.path])
        #expect(again.status == 1)
        #expect(again.stdout == "")
        #expect(again.stderr.contains("nothing was written"))
        for file in Self.files {
            #expect(again.stderr.contains("  \(directory.path)/\(file)\n"), "\(file)")
        }
        #expect(try Self.snapshot(directory) == before)
    }

    @Test func anyExistingFileBlocksTheWholeScaffold() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("title: mine\n".utf8).write(to: directory.appendingPathComponent("study.yaml"))

        let result = try CLI.run(["init", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(directory.path)/study.yaml"))
        #expect(!result.stderr.contains("tree.yaml"))
        #expect(try Self.snapshot(directory) == ["study.yaml": Data("title: mine\n".utf8)])
    }

    @Test func needsADirectory() throws {
        let result = try CLI.run(["init"])
        #expect(result.status == 64)
    }

    /// Every regular file under `directory` (relative path → bytes).
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in enumerator {
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }
}
