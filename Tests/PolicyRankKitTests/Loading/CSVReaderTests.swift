import Testing

@testable import PolicyRankKit

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> [CSVReader.Record] { try CSVReader.records(Array(text.utf8)) }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let records = try read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\r\nlines", "z"]])
        #expect(records.map(\.line) == [1, 2, 3], "a record starts on the line of its first field")
    }

    @Test func aByteOrderMarkAndBlankLinesAreSkippedAndLineEndsMayBeAnyOfTheThree() throws {
        let records = try CSVReader.records([0xEF, 0xBB, 0xBF] + Array("a,b\n\n1,2\r3,4\r\n5,".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", ""]])
        #expect(records.map(\.line) == [1, 3, 4, 5])
    }

    @Test func anUnclosedQuoteIsAFailureAtTheLineItOpens() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try read("a\n\"never closed,\nstill\n") }
    }

    @Test func invalidUTF8IsAFailure() {
        #expect(throws: CSVReader.Failure.invalidUTF8) { try CSVReader.records([0x61, 0xFF, 0x0A]) }
    }
}

@Suite struct MappingImportTests {
    @Test func namesThatAreNotIdsBecomeIds() {
        #expect(MappingImport.identifier("Trade union") == "trade_union")
        #expect(MappingImport.identifier("  Health & Safety (2024) ") == "health_safety_2024")
        #expect(MappingImport.identifier("4th estate") == "p_4th_estate")
        #expect(MappingImport.identifier("already_an-id") == "already_an-id")
        #expect(MappingImport.identifier("???") == nil, "nothing to make an id from")
    }

    @Test func quotedNamesReadBackAsWrittenWhateverTheyHold() throws {
        let hostile = "Ends \" here\n# not: a comment\u{202E}\\ \u{1B}[31m"
        let csv =
            "participant,participant_name,option,criterion,weight,pessimistic,optimistic\nu,\"\(hostile.replacingAll("\"", "\"\""))\",alpha,c,1,0.1,0.30000000000000004\n"
        let (files, diagnostics) = MappingImport.participants(csv: Array(csv.utf8), file: "m.csv", source: "m.csv")
        #expect(diagnostics.isEmpty)
        let file = try #require(files.first)
        let reader = NodeReader(file: "participants/u.yaml")
        let (root, problems) = YAMLFile.parse(Array(file.contents.utf8), file: reader.file)
        #expect(problems.isEmpty)
        let participant = try #require(root.flatMap { ParticipantFileLoader(reader: reader).load($0) })
        #expect(reader.diagnostics.isEmpty)
        #expect(participant.name == hostile)
        #expect(participant.scores.first?.value.value == .uniform(low: .number(0.1), high: .number(0.30000000000000004)), "numbers round-trip exactly")
    }
}

@Suite struct MappingImportRuleTests {
    private func problems(_ csv: String, reserved: Set<String> = []) -> [String] {
        MappingImport.participants(csv: Array(csv.utf8), file: "m.csv", source: "m.csv", reserved: reserved).diagnostics.map {
            "\($0.location.line) \($0.rule.rawValue): \($0.message)"
        }
    }

    static let header = "participant,option,criterion,weight,pessimistic,optimistic\n"

    /// C's strtod stops at a NUL, so "0.5\0junk" once imported as 0.5 with no word.
    @Test func aNumberWithANulInsideIsRefused() {
        let found = problems(Self.header + "u,alpha,c,1,0.5\u{0}junk,1\n")
        #expect(found.count == 1 && found[0].contains("'pessimistic' must be a finite number"), "\(found)")
    }

    @Test func twoNamesThatMakeOneIdAreRefused() {
        let found = problems(Self.header + "Trade union,alpha,c,1,0,1\nTrade Union,beta,c,1,0,1\n")
        #expect(found == ["3 duplicate-id: participants 'Trade union' and 'Trade Union' both make the id 'trade_union'; give one of them another id"])
    }

    @Test func aNameWithNoLatinLetterIsRefusedNotTurnedIntoX() {
        let found = problems(Self.header + "Профсоюз,alpha,c,1,0,1\n")
        #expect(found.count == 1 && found[0].hasPrefix("2 invalid-id: cannot make an id from 'Профсоюз'"))
    }

    @Test func aCriterionNamedAfterALeafOfTheStudyIsRefusedOncePerParticipant() {
        let found = problems(Self.header + "u,alpha,cost,1,8,9\nu,beta,cost,1,1,2\n", reserved: ["cost"])
        #expect(found.count == 1 && found[0].hasPrefix("2 duplicate-id: criterion 'cost' is a leaf of the study's value tree"))
    }

    @Test func repeatedUnknownAndSurplusColumnsAreErrors() {
        let found = problems("participant,option,criterion,weight,weight,likely,pessimistic,optimistic\nu,alpha,c,1,2,5,0,1,extra\n")
        #expect(found.contains { $0.hasPrefix("1 csv-syntax: column 'weight' appears twice") })
        #expect(found.contains { $0.hasPrefix("1 csv-syntax: unknown column 'likely'") })
        #expect(found.contains { $0.hasPrefix("2 csv-syntax: this row has 9 fields and the header 8") })
        #expect(problems("participant\n\"open").first?.hasPrefix("2 csv-syntax: a quoted field opened here is never closed") == true)
    }

    @Test func idsThatAreYAMLKeywordsReadBackAsStrings() throws {
        let (files, diagnostics) = MappingImport.participants(
            csv: Array((Self.header + "null,true,false,1,0,1\n").utf8), file: "m.csv", source: "m.csv")
        #expect(diagnostics.isEmpty)
        let file = try #require(files.first)
        let reader = NodeReader(file: file.path)
        let root = try #require(YAMLFile.parse(Array(file.contents.utf8), file: reader.file).root)
        let participant = try #require(ParticipantFileLoader(reader: reader).load(root))
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        #expect(participant.id.value == "null")
        #expect(participant.criteria.map(\.id.value) == ["false"])
        #expect(participant.scoredOptions.map(\.value) == ["true"])
    }
}
