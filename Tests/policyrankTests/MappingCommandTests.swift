import Foundation
import Testing

@Suite struct MappingCommandTests {
    static let participants = CLI.fixtures.appendingPathComponent("valid/participants")

    @Test(arguments: ["table", "markdown", "json", "html"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["mapping", ".", "--format", format], in: Self.participants)
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "mapping-participants.\(format)")
    }

    @Test func theJSONHasTheKeysOfTheDesign() throws {
        let result = try CLI.run(["mapping", ".", "--format", "json"], in: Self.participants)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let participants = try #require(json["participants"] as? [[String: Any]])
        #expect(participants.map { $0["id"] as? String } == ["residents", "union"])
        let union = try #require(participants.last?["scores"] as? [String: [String: Double]])
        // Safety 2/3 (40 of 60) on [40, 70] vs [20, 50]; the shared cost 1/3, alpha's override
        // 150–300 against beta's 50–150 (a cost: fewer is better).
        #expect(abs((union["alpha"]?["pessimistic"] ?? 0) - 0.8 / 3) < 1e-9)
        #expect(abs((union["alpha"]?["optimistic"] ?? 0) - 2.6 / 3) < 1e-9)
        let merit = try #require(json["merit"] as? [[String: Any]])
        #expect(merit.map { $0["option"] as? String } == ["alpha", "beta"])
        #expect(merit.allSatisfy { $0["merit"] is Double && $0["merit_with_grey"] is Double })
        let pairwise = try #require(json["pairwise"] as? [[String: Any]])
        #expect(Set(pairwise[0].keys) == ["a", "b", "participant", "direction", "nested", "separation"])
    }

    @Test func aGroupRestrictsEveryTable() throws {
        let result = try CLI.run(["mapping", ".", "--group", "public", "--format", "json"], in: Self.participants)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["participants"] as? [[String: Any]])?.map { $0["id"] as? String } == ["residents"])
        #expect((json["pairwise"] as? [[String: Any]])?.allSatisfy { $0["participant"] as? String == "residents" } == true)
        #expect(json["group"] as? String == "public")
    }

    @Test func anUnknownGroupIsAUsageErrorThatNamesTheGroups() throws {
        let result = try CLI.run(["mapping", ".", "--group", "publik"], in: Self.participants)
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'public'?"), "\(result.stderr)")
        #expect(result.stderr.contains("groups: public, workforce"))
    }

    @Test func aStudyWithoutParticipantsIsAUsageError() throws {
        let result = try CLI.run(["mapping", CLI.fixtures.appendingPathComponent("valid/minimal").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no participants"))
    }

    @Test func aStudyOfParticipantsOnlyMapsButDoesNotRank() throws {
        let study = CLI.fixtures.appendingPathComponent("valid/participants-only").path
        #expect(try CLI.run(["validate", "--strict", study]).status == 0)
        #expect(try CLI.run(["mapping", study]).status == 0)
        let rank = try CLI.run(["rank", study])
        #expect(rank.status == 64)
        #expect(rank.stderr.contains("run policyrank mapping"), "\(rank.stderr)")
    }

    @Test func errorsInParticipantFilesStopTheMapping() throws {
        let result = try CLI.run(["mapping", CLI.fixtures.appendingPathComponent("invalid/participants-many-problems").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[score-range-order]"))
        #expect(result.stdout.isEmpty)
    }
}

@Suite struct ImportMappingCommandTests {
    static let csv = """
        \u{FEFF}Participant,Group,Option,Criterion,Criterion_name,Weight,Pessimistic,Optimistic\r
        Trade union,workforce,alpha,safety,"Health, ""safety"" first",40,40,70\r
        Trade union,workforce,beta,safety,"Health, ""safety"" first",40,20,50\r
        Trade union,workforce,alpha,pay,Pay,20,1.5,2.25\r
        Trade union,workforce,beta,pay,Pay,20,0.1,3\r
        Residents,public,alpha,quiet,Quiet streets,1,2,9\r
        Residents,public,beta,quiet,Quiet streets,1,5,6\r

        """

    private func study(with csv: String) throws -> (study: URL, csv: URL) {
        let study = try CLI.copyOfFixture("valid/minimal")
        let file = study.appendingPathComponent("mapping.csv")
        try Data(csv.utf8).write(to: file)
        return (study, file)
    }

    @Test func importedParticipantsValidateAndMapToTheCSVsNumbers() throws {
        let (study, file) = try study(with: Self.csv)
        let result = try CLI.run(["import", "mapping", file.path, "--study", study.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("participants/trade_union.yaml"))
        #expect(try CLI.run(["validate", "--strict", study.path]).status == 0)
        let yaml = try String(contentsOf: study.appendingPathComponent("participants/trade_union.yaml"), encoding: .utf8)
        #expect(yaml.contains(#"name: "Health, \"safety\" first""#), "\(yaml)")
        let mapping = try CLI.run(["mapping", study.path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(mapping.stdout.utf8)) as? [String: Any])
        let union = try #require((json["participants"] as? [[String: Any]])?.first { $0["id"] as? String == "trade_union" })
        let scores = try #require(union["scores"] as? [String: [String: Double]])
        // safety 2/3 on 20…70, pay 1/3 on 0.1…3, by hand from the CSV's rows.
        let alphaLow = 2.0 / 3 * (40 - 20) / 50 + 1.0 / 3 * (1.5 - 0.1) / 2.9
        let alphaHigh = 2.0 / 3 * (70 - 20) / 50 + 1.0 / 3 * (2.25 - 0.1) / 2.9
        #expect(abs((scores["alpha"]?["pessimistic"] ?? 0) - alphaLow) < 1e-9, "JSON prints ten significant digits")
        #expect(abs((scores["alpha"]?["optimistic"] ?? 0) - alphaHigh) < 1e-9)
        #expect(union["group"] as? String == "workforce")
    }

    @Test func itNeverOverwritesAParticipantFile() throws {
        let (study, file) = try study(with: Self.csv)
        #expect(try CLI.run(["import", "mapping", file.path, "--study", study.path]).status == 0)
        let again = try CLI.run(["import", "mapping", file.path, "--study", study.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("not overwriting"))
    }

    @Test func everyProblemInTheCSVIsReportedAndNothingIsWritten() throws {
        let bad = "participant,option,criterion,weight,pessimistic,optimistic\nu,alpha,c,1,5,2\nu,beta,c,2,x,3\nu,alpha,c,1,1,2\n,alpha,c,1,1,1\n"
        let (study, file) = try study(with: bad)
        let result = try CLI.run(["import", "mapping", file.path, "--study", study.path])
        #expect(result.status == 1)
        for expected in [
            "mapping.csv:2:1: error: pessimistic 5 is above optimistic 2", "mapping.csv:3:1: error: 'pessimistic' must be a finite number",
            "mapping.csv:4:1: error: participant 'u' scores 'alpha' on 'c' again", "mapping.csv:5:1: error: every row needs",
        ] {
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: study.appendingPathComponent("participants").path))
    }

    @Test func aHeaderWithoutTheRequiredColumnsNamesThem() throws {
        let (study, file) = try study(with: "who,option,criterion,weight,low,high\n")
        let result = try CLI.run(["import", "mapping", file.path, "--study", study.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lacks columns participant, pessimistic, optimistic"), "\(result.stderr)")
    }
}
