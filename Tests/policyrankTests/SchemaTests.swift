import Foundation
import Testing

/// `policyrank schema`: the committed `schemas/*.json` are current, valid draft 2020-12, accept
/// every shipped and valid study file, and reject misspelt keys, wrong types and bad values.
@Suite struct SchemaTests {
    static let kinds = ["criteria", "policy", "study"]
    static let schemas = CLI.repositoryRoot.appendingPathComponent("schemas")

    @Test(arguments: kinds)
    func committedSchemaIsCurrent(kind: String) throws {
        let result = try CLI.run(["schema", kind])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try? String(contentsOf: Self.schemas.appendingPathComponent("\(kind).schema.json"), encoding: .utf8)
        #expect(committed == result.stdout, "schemas/\(kind).schema.json is stale: run `swift run policyrank schema --write schemas` and commit the result")
    }

    @Test func writeCreatesAllThreeFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-schemas-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let result = try CLI.run(["schema", "--write", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        for kind in Self.kinds {
            let written = try String(contentsOf: directory.appendingPathComponent("\(kind).schema.json"), encoding: .utf8)
            let printed = try CLI.run(["schema", kind]).stdout
            #expect(written == printed)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: [[], ["polcy"]])
    func aMissingOrUnknownKindIsAUsageError(arguments: [String]) throws {
        let result = try CLI.run(["schema"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("criteria, policy, study"))
        #expect(result.stdout == "")
    }

    @Test func schemasAreValidDraft202012() throws {
        let check = try Self.python(
            """
            import json, sys, jsonschema
            for path in sys.argv[1:]:
                schema = json.load(open(path))
                assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", path
                jsonschema.Draft202012Validator.check_schema(schema)
            print("ok")
            """, Self.kinds.map { Self.schemas.appendingPathComponent("\($0).schema.json").path })
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "ok\n")
    }

    @Test func shippedAndValidStudyFilesConform() throws {
        let studies = [CLI.repositoryRoot] + (try Self.directories(in: CLI.fixtures.appendingPathComponent("valid")))
        let files = try studies.flatMap(Self.studyFiles)
        #expect(files.count >= 8)
        let verdicts = try Self.validate(files)
        for (kind, path) in files {
            #expect(verdicts[path] == "valid", "\(path) against the \(kind) schema")
        }
    }

    /// Mistakes a schema can see in one file, with the fragment of jsonschema's message expected.
    static let broken: [(kind: String, path: String, message: String)] = [
        ("criteria", "misspelt-key/criteria/tree.yaml", "'wieght' was unexpected"),
        ("policy", "misspelt-key/policies/beta.yaml", "'descripton' was unexpected"),
        ("study", "misspelt-key/study.yaml", "'methd', 'normalisation' were unexpected"),
        ("criteria", "unknown-key/criteria/tree.yaml", "'colour' was unexpected"),
        ("policy", "unknown-key/policies/beta.yaml", "'owner' was unexpected"),
        ("criteria", "wrong-type/criteria/tree.yaml", "'60' is not of type 'number'"),
        ("policy", "wrong-type/policies/beta.yaml", "['B', 'eta'] is not of type 'string'"),
        ("study", "wrong-type/study.yaml", "2.5 is not of type 'integer'"),
        ("criteria", "invalid-direction/criteria/tree.yaml", "'benfit' is not one of ['benefit', 'cost']"),
        ("criteria", "invalid-id/criteria/tree.yaml", "'2cost' does not match"),
        ("policy", "invalid-id/policies/beta.yaml", "'Beta Option' does not match"),
        ("criteria", "leaf-field/criteria/tree.yaml", "'scale' is a required property"),
        ("criteria", "internal-node-field/criteria/tree.yaml", "False schema does not allow 'benefit'"),
        ("criteria", "invalid-preference/criteria/tree.yaml", "'p' is a required property"),
        ("criteria", "invalid-value-function/criteria/tree.yaml", "1.5 is greater than the maximum of 1"),
        ("criteria", "invalid-weight/criteria/tree.yaml", "-5 is less than the minimum of 0"),
        ("study", "invalid-setting/study.yaml", "0 is less than the minimum of 1"),
        ("study", "unknown-method/study.yaml", "'wsn' is not valid under any of the given schemas"),
        ("study", "unknown-normalization/study.yaml", "'minmx' is not one of"),
        ("study", "invalid-method-parameter/study.yaml", "is not valid under any of the given schemas"),
    ]

    @Test func brokenFixturesAreRejected() throws {
        let files: [(kind: String, path: String)] = Self.broken.map { ($0.kind, CLI.fixtures.appendingPathComponent("invalid/\($0.path)").path) }
        let verdicts = try Self.validate(files)
        for (entry, (_, path)) in zip(Self.broken, files) {
            let verdict = verdicts[path] ?? "<no verdict>"
            #expect(verdict.hasPrefix("invalid:") && verdict.contains(entry.message), "\(entry.path): \(verdict)")
        }
    }

    // MARK: Helpers

    /// Validates each file (a YAML document) against its kind's committed schema with
    /// Python's jsonschema in one process: "valid", or "invalid: " and every message.
    static func validate(_ files: [(kind: String, path: String)]) throws -> [String: String] {
        let result = try python(
            """
            import json, sys, yaml, jsonschema
            schemas = {}
            for argument in sys.argv[2:]:
                kind, path = argument.split("=", 1)
                if kind not in schemas:
                    schemas[kind] = jsonschema.Draft202012Validator(json.load(open(f"{sys.argv[1]}/{kind}.schema.json")))
                with open(path, encoding="utf-8") as file:
                    document = yaml.safe_load(file)
                messages = [error.message for error in schemas[kind].iter_errors(document)]
                print(path + "\\t" + ("invalid: " + " | ".join(messages) if messages else "valid"))
            """, [schemas.path] + files.map { "\($0.kind)=\($0.path)" })
        #expect(result.status == 0, "\(result.stderr)")
        var verdicts: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if parts.count == 2 { verdicts[parts[0]] = parts[1] }
        }
        return verdicts
    }

    static func studyFiles(_ study: URL) throws -> [(kind: String, path: String)] {
        let study = study.standardizedFileURL
        let yaml = { (folder: String) in
            ((try? FileManager.default.contentsOfDirectory(atPath: study.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted()
                .map { study.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
        var files: [(kind: String, path: String)] = yaml("criteria").map { ("criteria", $0) } + yaml("policies").map { ("policy", $0) }
        let settings = study.appendingPathComponent("study.yaml").path
        if FileManager.default.fileExists(atPath: settings) { files.append(("study", settings)) }
        return files
    }

    static func directories(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0) }
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
    }

    static func python(_ script: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
    }
}
