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
        #expect(MappingImport.identifier("???") == "x")
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
