import Testing

@testable import PolicyRankKit

@Suite struct ComparisonTablesTests {
    static func tables(_ choices: RankOptions = RankOptions(), options: ComparisonTables.Options = .init()) throws -> ComparisonTables {
        let study = try minimal()
        return try ComparisonTables(study.ranked(choices), study: study, options: options)
    }

    static func minimal() throws -> Study {
        let outcome = Validator.validate(path: Fixtures.path("valid", "minimal"))
        #expect(!outcome.diagnostics.hasErrors)
        return outcome.study
    }

    @Test func scoresAreShownAsWritten() throws {
        let tables = try Self.tables()
        #expect(tables.options.map(\.id) == ["alpha", "beta"])
        // Value-tree order (leaves depth first), each with its effective weight.
        #expect(tables.criteria.map(\.id) == ["violence", "harm", "cost"])
        #expect(tables.criteria.map { NumberFormat.fixed($0.weight, 3) } == ["0.300", "0.300", "0.400"])
        #expect(tables.criteria.map(\.groupID) == ["security", "security", nil])
        #expect(tables.criteria.map(\.qualitative) == [false, true, false])
        #expect(tables.criteria[2].unit == "USD million")

        let texts = tables.scores.map { $0.map { $0?.text } }
        #expect(texts == [["8", "none", "200 (100–400)"], ["3", "high", "50–150"]])
        // A level shows its label and ranks at its number; a range ranks at likely or the midpoint.
        #expect(tables.scores[0][1]?.value == 0)
        #expect(tables.scores[1][1]?.value == 8)
        #expect(tables.scores[0][2]?.value == 200)
        #expect(tables.scores[1][2]?.value == 100)
    }

    /// One notation everywhere (compare, report, explain): likely, then low–high in brackets.
    @Test func rangesReadLikelyThenLowToHigh() {
        #expect(ComparisonTables.text(.triangular(low: .number(2), likely: .number(3), high: .number(5))) == "3 (2–5)")
        #expect(ComparisonTables.text(.uniform(low: .number(0.5), high: .number(1.25))) == "0.5–1.25")
        #expect(ComparisonTables.text(.triangular(low: .label("low"), likely: .label("medium"), high: .label("high"))) == "medium (low–high)")
        #expect(ComparisonTables.text(.point(.label("none"))) == "none")
        #expect(ComparisonTables.text(.uniform(low: .number(-2), high: .number(1))) == "-2 – 1")
        #expect(ComparisonTables.text(.triangular(low: .number(-2), likely: .number(0), high: .number(1))) == "0 (-2 – 1)")
    }

    @Test func methodsKeepTheGivenOrderOnceEach() throws {
        let tables = try Self.tables(RankOptions(normalization: "minmax"), options: .init(methods: ["topsis", "wsm", "topsis"]))
        #expect(tables.methods.map(\.method) == ["topsis", "wsm"])
        // The base method keeps the chosen normalization; the others use their own default.
        #expect(tables.methods.map(\.normalization) == [.vector, .minmax])
        #expect(tables.methods[1].cells.map(\.rank) == [1, 2])
        // By hand: min–max over two options scores the better one 1 on each criterion, so
        // alpha (better on violence and harm, 0.3 each) has 0.6 and beta (cost, 0.4) 0.4.
        let scores = tables.methods[1].cells.map(\.score)
        #expect(scores.count == 2 && abs(scores[0] - 0.6) < 1e-12 && abs(scores[1] - 0.4) < 1e-12)
    }

    @Test func perspectivesFollowTheStudyWeights() throws {
        let tables = try Self.tables()
        #expect(tables.perspectives.map(\.id) == [nil, "hawks"])
        #expect(tables.perspectives.map(\.name) == ["study weights", "Hawks"])
        #expect(tables.perspectives.map(\.ranks) == [[1, 2], [1, 2]])
        let none = try Self.tables(options: .init(perspectives: []))
        #expect(none.perspectives.map(\.id) == [nil])
    }

    @Test func unknownNamesAreUsageErrorsWithSuggestions() throws {
        #expect(throws: RankError.unknownMethod("topsys")) {
            try Self.tables(options: .init(methods: ["wsm", "topsys"]))
        }
        #expect(RankError.unknownMethod("topsys").description.contains("(did you mean 'topsis'?)"))
        #expect(throws: RankError.unknownPerspective("hawk", valid: ["hawks"])) {
            try Self.tables(options: .init(perspectives: ["hawk"]))
        }
    }
}
