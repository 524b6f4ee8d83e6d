import Testing

@testable import PolicyRankKit

@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+cmd", "'+cmd"), ("-2–3", "'-2–3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ])
    func textASpreadsheetWouldRunIsNeutralised(text: String, expected: String) {
        #expect(CSVField.render(text) == expected)
    }

    @Test(arguments: ["-0.25", "+3", "-1e-05", "12", "plain", "a-b=c", ""])
    func numbersAndOrdinaryTextAreUnchanged(text: String) {
        #expect(CSVField.render(text) == text)
    }

    @Test func quotesFieldsWithSeparatorsAndLineBreaks() {
        #expect(CSVField.render("a,b") == "\"a,b\"")
        #expect(CSVField.render("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVField.render("two\nlines") == "\"two\nlines\"")
    }

    @Test func aPolicyNamedLikeAFormulaStaysTextInRankCSV() throws {
        var study = StudyBuilder.study(criteria: [StudyBuilder.leaf("a")], options: [("x", [1]), ("y", [2])])
        study.policies[0].name = "=1+1"
        let csv = RankingCSVRenderer.render(try RankingEngine.rank(study))
        #expect(csv.contains(",'=1+1,"))
        #expect(!csv.contains(",=1+1,"))
    }
}
