import Foundation
import Testing

@testable import PolicyRankKit

/// The study `policyrank init` writes is the first thing a new user runs: it must be clean.
@Suite struct StudyTemplateTests {
    static func scaffold() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-template-\(UUID().uuidString)")
        for file in StudyTemplate.files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        return directory
    }

    @Test func validatesWithoutAnyDiagnosticUnderStrict() throws {
        let directory = try Self.scaffold()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = Validator.validate(path: directory.path)
        let (study, diagnostics) = (outcome.study, outcome.diagnostics)
        let strict = diagnostics.promotingWarnings()
        #expect(strict.isEmpty, "\(DiagnosticTextRenderer.render(strict))")
        #expect(study.policies.count == 2)
        #expect(study.perspectives.count == 1)
        #expect(study.allCriteria.filter { !$0.isLeaf }.count == 1)
        #expect((3...4).contains(study.leaves.count))
    }

    @Test func ranksWithTheExpectedTop() throws {
        let directory = try Self.scaffold()
        defer { try? FileManager.default.removeItem(at: directory) }
        let study = Validator.validate(path: directory.path).study
        let ranking = try RankingEngine.rank(study)
        #expect(ranking.top?.id == StudyTemplate.top)
        #expect(study.settings?.expectations?.top?.value == StudyTemplate.top)
        #expect(ranking.method == "wsm")
    }

    @Test func showsEveryKindOfScoreAndScale() throws {
        let directory = try Self.scaffold()
        defer { try? FileManager.default.removeItem(at: directory) }
        let study = Validator.validate(path: directory.path).study
        #expect(study.leaves.contains { if case .levels = $0.scale?.value { true } else { false } })
        #expect(study.leaves.contains { $0.direction?.value == .cost && $0.unit != nil })
        #expect(study.leaves.allSatisfy { $0.description?.contains("Rubric:") == true })
        let scores = study.policies.flatMap { $0.scores.map(\.value.value) }
        #expect(scores.contains { if case .triangular = $0 { true } else { false } })
        #expect(scores.contains { if case .uniform = $0 { true } else { false } })
        #expect(scores.contains { if case .point(.label) = $0 { true } else { false } })
        #expect(study.policies.allSatisfy { !$0.sources.isEmpty && $0.notes.count == $0.scores.count })
    }

    @Test func everyYAMLFileStartsWithItsSchemaModeline() {
        let expected = [
            "study.yaml": "# yaml-language-server: $schema=schemas/study.schema.json",
            "criteria/tree.yaml": "# yaml-language-server: $schema=../schemas/criteria.schema.json",
            "policies/speed_cameras.yaml": "# yaml-language-server: $schema=../schemas/policy.schema.json",
            "policies/school_streets.yaml": "# yaml-language-server: $schema=../schemas/policy.schema.json",
        ]
        let yaml = StudyTemplate.files.filter { $0.path.hasSuffix(".yaml") }
        #expect(Set(yaml.map(\.path)) == Set(expected.keys))
        for file in yaml {
            #expect(file.contents.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == expected[file.path])
        }
        let schemas = StudyTemplate.files.filter { $0.path.hasPrefix("schemas/") }
        #expect(schemas.map(\.path) == StudySchema.allCases.map { "schemas/\($0.fileName)" })
        #expect(schemas.map(\.contents) == StudySchema.allCases.map { $0.document.rendered() })
    }
}
