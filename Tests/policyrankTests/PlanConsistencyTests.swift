import Foundation
import Testing

/// Every command ranks with one plan: with `normalization` and method parameters set in
/// `study.yaml`, `rank`, `rank --method <the study's own>`, `sensitivity` (header and method
/// table), `compare`, `report` and `diff` report the same ranking, normalization and parameters.
/// Before the plan was resolved once, `rank --method` silently fell back to the method's default
/// normalization and `sensitivity`'s method table disagreed with its own header.
@Suite struct PlanConsistencyTests {
    static func study() throws -> URL {
        try DiffCommandTests.modifiedCopy("study.yaml") { _ in
            "title: Plan fixture\nmethod: {name: waspas, lambda: 0.2}\nnormalization: minmax\n"
        }
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// id → score, from a `rank --format json` ranking array.
    static func scores(_ entries: Any?) -> [String: Double] {
        Dictionary(
            ((entries as? [[String: Any]]) ?? []).compactMap { entry in
                (entry["id"] as? String).flatMap { id in (entry["score"] as? Double).map { (id, $0) } }
            }, uniquingKeysWith: { first, _ in first })
    }

    @Test func everyCommandRanksWithTheStudysNormalizationAndParameters() throws {
        let study = try Self.study()
        defer { try? FileManager.default.removeItem(at: study) }
        let path = study.path

        let rank = try Self.json(["rank", path, "--format", "json"])
        let method = try #require(rank["method"] as? [String: Any])
        #expect(method["name"] as? String == "waspas")
        #expect(method["normalization"] as? String == "minmax")
        #expect((method["params"] as? [String: Double])?["lambda"] == 0.2)
        let expected = Self.scores(rank["ranking"])
        #expect(expected.count == 2)

        // Naming the study's own method keeps the study's normalization and parameters.
        let named = try Self.json(["rank", path, "--method", "waspas", "--format", "json"])
        #expect(NSDictionary(dictionary: named["method"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: method))
        #expect(Self.scores(named["ranking"]) == expected)

        // Sensitivity: its header and its method table use the same plan.
        let sensitivity = try Self.json(["sensitivity", path, "--format", "json", "--samples", "200"])
        #expect(NSDictionary(dictionary: sensitivity["method"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: method))
        let order = ((rank["ranking"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        let table = (sensitivity["methods"] as? [String: Any])?["rankings"] as? [String: Any]
        #expect(table?["waspas"] as? [String] == order)

        // Compare: the base method's column is the ranking itself.
        let compare = try Self.json(["compare", path, "--format", "json"])
        let columns = (compare["methods"] as? [[String: Any]]) ?? []
        let waspas = try #require(columns.first { $0["name"] as? String == "waspas" })
        #expect(waspas["normalization"] as? String == "minmax")
        #expect((waspas["params"] as? [String: Double])?["lambda"] == 0.2)
        let compared = ((waspas["ranking"] as? [String: [String: Any]]) ?? [:]).compactMapValues { $0["score"] as? Double }
        #expect(compared == expected)

        // Diff of the study against itself: the same scores.
        let diff = try Self.json(["diff", path, path, "--format", "json"])
        let moves = (diff["moves"] as? [[String: Any]]) ?? []
        let diffed = Dictionary(
            moves.compactMap { move in (move["id"] as? String).flatMap { id in (move["new_score"] as? Double).map { (id, $0) } } },
            uniquingKeysWith: { first, _ in first })
        #expect(diffed == expected)

        // The report's header names the same plan.
        let output = study.appendingPathComponent("report.html")
        #expect(try CLI.run(["report", path, "--output", output.path, "--samples", "200", "--date", "2026-01-01"]).status == 0)
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("method <strong>waspas</strong> (minmax normalization; lambda = 0.2)"))
    }
}
