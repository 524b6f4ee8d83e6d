import Foundation
import Testing

@Suite struct PortfolioCommandTests {
    static let packages = CLI.fixtures.appendingPathComponent("valid/portfolio")

    @Test(arguments: ["table", "markdown", "json"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["portfolio", ".", "--samples", "2000", "--seed", "7", "--format", format], in: Self.packages)
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "portfolio-packages.\(format)")
    }

    @Test func theJSONHasTheKeysOfTheDesign() throws {
        let result = try CLI.run(["portfolio", ".", "--samples", "500", "--format", "json"], in: Self.packages)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["method", "perspective", "constraints", "feasible", "best", "top", "frontier", "marginal", "inclusion"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let inclusion = try #require(json["inclusion"] as? [String: Any])
        #expect(inclusion["samples"] as? Int == 500)
        #expect((inclusion["share"] as? [String: Double])?.keys.sorted() == ["alpha", "beta", "gamma"])
        #expect((json["marginal"] as? [String: Any])?["gamma"] is NSNull, "adding gamma to alpha breaks the budget")
    }

    @Test func theSameSeedGivesTheSameBytesOnOneOrTwoThreads() throws {
        let arguments = ["portfolio", ".", "--samples", "3000", "--seed", "5", "--format", "json"]
        let one = try CLI.run(arguments + ["--threads", "1"], in: Self.packages)
        let two = try CLI.run(arguments + ["--threads", "2"], in: Self.packages)
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test func flagsOverrideTheStudysConstraints() throws {
        let result = try CLI.run(["portfolio", ".", "--budget", "cost=1000", "--max-size", "3", "--samples", "100", "--format", "json"], in: Self.packages)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"cost\": 1000"))
        #expect(result.stdout.contains("\"max_size\": 3"))
        #expect(result.stdout.contains("\"feasible\": 7"), "every non-empty package of three measures")
    }

    @Test(arguments: [
        (["--budget", "violence=3"], "not a cost criterion combined by sum"),
        (["--budget", "cost"], "--budget expects CRITERION=LIMIT"),
        (["--budget", "cost=-5"], "at least 0"),
        (["--method", "topsis"], "cannot score a package on its own"),
        (["--max-size", "0"], "--max-size must be at least 1"),
        (["--perspective", "doves"], "unknown perspective 'doves'"),
    ])
    func badChoicesAreUsageErrors(arguments: [String], message: String) throws {
        let result = try CLI.run(["portfolio", "."] + arguments, in: Self.packages)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aStudyWithoutAPortfolioIsAUsageError() throws {
        let result = try CLI.run(["portfolio", CLI.fixtures.appendingPathComponent("valid/minimal").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("declares no 'portfolio:'"))
    }

    @Test func aStudyWhoseConstraintsNoPackageMeetsIsAnInputError() throws {
        let result = try CLI.run(["portfolio", CLI.fixtures.appendingPathComponent("invalid/infeasible-portfolio").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[infeasible-portfolio]"))
    }

    @Test func clampingIsWarnedOnStandardErrorUnlessTheStudyDisablesIt() throws {
        let directory = try CLI.copyOfFixture("valid/portfolio")
        let tree = directory.appendingPathComponent("criteria/tree.yaml")
        let text = try String(contentsOf: tree, encoding: .utf8).replacingOccurrences(of: "combine: max", with: "combine: sum")
        try text.write(to: tree, atomically: true, encoding: .utf8)
        let warned = try CLI.run(["portfolio", ".", "--samples", "100"], in: directory)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("[combined-score-clamped]"), "\(warned.stderr)")
        let settings = directory.appendingPathComponent("study.yaml")
        try (try String(contentsOf: settings, encoding: .utf8) + "lint: {disable: [combined-score-clamped]}\n").write(
            to: settings, atomically: true, encoding: .utf8)
        let quiet = try CLI.run(["portfolio", ".", "--samples", "100"], in: directory)
        #expect(!quiet.stderr.contains("combined-score-clamped"))
    }
}

@Suite struct PackageExplainTests {
    @Test(arguments: ["text", "markdown", "json"])
    func explainsWhatEachMemberAndInteractionAdds(format: String) throws {
        let result = try CLI.run(["explain", "alpha+beta", "gamma", ".", "--format", format], in: PortfolioCommandTests.packages)
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "explain-package.\(format)")
    }

    /// A member's contribution is the package's score minus the score without it: for beta
    /// in alpha + beta, exactly the difference between the package and alpha alone.
    @Test func leaveOneOutContributionsAreScoreDifferences() throws {
        let both = try CLI.run(["explain", "alpha+beta", ".", "--format", "json"], in: PortfolioCommandTests.packages)
        let alone = try CLI.run(["explain", "alpha+beta", "alpha", ".", "--format", "json"], in: PortfolioCommandTests.packages)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
        let first = try #require(json["first"] as? [String: Any]), second = try #require(json["second"] as? [String: Any])
        let contributions = try #require(first["member_contributions"] as? [String: Double])
        let difference = try #require(first["score"] as? Double) - (try #require(second["score"] as? Double))
        #expect(abs(try #require(contributions["beta"]) - difference) < 1e-9, "beta adds exactly what removing it takes away")
        #expect(both.stdout.contains("\"feasible\": true"))
    }

    @Test func anUnknownMeasureOrAStudyWithoutPortfolioIsAUsageError() throws {
        let unknown = try CLI.run(["explain", "alpha+bta", "."], in: PortfolioCommandTests.packages)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'beta'"))
        let none = try CLI.run(["explain", "alpha+beta", CLI.fixtures.appendingPathComponent("valid/minimal").path])
        #expect(none.status == 64)
        #expect(none.stderr.contains("no 'portfolio:'"))
    }

    @Test func aPackageThatBreaksAConstraintSaysWhich() throws {
        let result = try CLI.run(["explain", "alpha+beta+gamma", "."], in: PortfolioCommandTests.packages)
        #expect(result.status == 0)
        #expect(result.stdout.contains("more than max_size 2"))
        #expect(result.stdout.contains("over the budget of 400"))
    }
}

@Suite struct ComparePackagesTests {
    @Test(arguments: ["table", "markdown", "csv", "html", "json"])
    func putsPackagesBesideSingleMeasures(format: String) throws {
        let result = try CLI.run(["compare", ".", "--packages", "alpha+gamma", "--format", format], in: PortfolioCommandTests.packages)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(format == "json" ? "\"packages\"" : format == "csv" ? "packages,alpha+gamma" : "Packages beside single measures"))
        #expect(result.stdout.contains("gamma"))
    }

    @Test func theNamedPackageIsMarkedWhenItBreaksTheConstraints() throws {
        let result = try CLI.run(["compare", ".", "--packages", "alpha+gamma", "--format", "json"], in: PortfolioCommandTests.packages)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["packages"] as? [[String: Any]])
        let named = try #require(rows.first { ($0["members"] as? [String]) == ["alpha", "gamma"] })
        #expect(named["feasible"] as? Bool == false, "450 of cost is over the budget of 400")
        #expect(rows.filter { ($0["members"] as? [String])?.count == 1 }.count == 3, "every measure alone")
    }

    @Test func packagesNeedAPortfolioAndKnownMeasures() throws {
        #expect(try CLI.run(["compare", ".", "--packages", "alpha+bta"], in: PortfolioCommandTests.packages).status == 64)
        let none = try CLI.run(["compare", CLI.fixtures.appendingPathComponent("valid/minimal").path, "--packages", "alpha+beta"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("no 'portfolio:'"))
        let plain = try CLI.run(["compare", CLI.fixtures.appendingPathComponent("valid/minimal").path, "--format", "json"])
        #expect(!plain.stdout.contains("\"packages\""), "no section without a portfolio")
    }
}

@Suite struct GaiaCommandTests {
    @Test(arguments: ["table", "json", "svg"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["gaia", CLI.fixtures.appendingPathComponent("valid/minimal").path, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "gaia-minimal.\(format)")
    }

    @Test func theJSONHasTheKeysOfTheDesign() throws {
        let result = try CLI.run(["gaia", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["delta", "criteria", "options", "decision_axis"] { #expect(json[key] != nil, "missing \(key)") }
        #expect((json["options"] as? [String: [Double]])?.count == 8)
    }

    @Test func onlyPrometheeMethodsDrawAPlane() throws {
        #expect(try CLI.run(["gaia", "--method", "wsm"]).status == 64)
    }
}

@Suite struct FlipCommandTests {
    @Test(arguments: ["table", "json"])
    func printsEachFormat(format: String) throws {
        let result = try CLI.run(["flip", "military_ops", "--weights-only", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "flip-military-ops.\(format)")
    }

    @Test func theJSONHasTheKeysOfTheDesign() throws {
        let result = try CLI.run(["flip", "community", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["target", "possible", "distance", "weights", "scores", "ranking"] { #expect(json[key] != nil, "missing \(key)") }
        #expect((json["ranking"] as? [String])?.first == "community")
    }

    @Test func badChoicesAreUsageErrors() throws {
        #expect(try CLI.run(["flip", "nobody"]).status == 64)
        #expect(try CLI.run(["flip", "community", "--weights-only", "--scores-only"]).status == 64)
    }
}

@Suite struct PartialExplainTests {
    /// Under ELECTRE III military_ops and deradicalization are incomparable on the shipped
    /// study: the explanation says so, with both credibilities, the distillation classes and the
    /// criteria that concord with and oppose the outranking.
    @Test func explainSaysWhyTwoOptionsAreIncomparable() throws {
        let result = try CLI.run(["explain", "military_ops", "deradicalization", "--method", "electre3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("share rank 5 without being tied"))
        #expect(result.stdout.contains("are incomparable"))
        #expect(result.stdout.contains("σ(military_ops, deradicalization) = "))
        #expect(result.stdout.contains("Distillation classes"))
        #expect(result.stdout.contains("Concordant with 'military_ops' outranking 'deradicalization': near_term_violence"))
        let json = try CLI.run(["explain", "military_ops", "deradicalization", "--method", "electre3", "--format", "json"])
        #expect(json.stdout.contains("\"relation\": \"R\""))
    }

    @Test func compareSaysWhichPairsAPartialMethodCannotCompare() throws {
        let result = try CLI.run(["compare", "--methods", "wsm,electre3"])
        #expect(result.stdout.contains("electre3 cannot compare deradicalization and military_ops (a shared rank there is not a tie)."))
    }

    @Test func explainNamesTheFlowsUnderPrometheeI() throws {
        let result = try CLI.run(["explain", "community", "diplomacy_kabul", "--method", "promethee1"])
        #expect(result.stdout.contains("'diplomacy_kabul' is preferred to 'community'"))
        #expect(result.stdout.contains("φ⁺ community"))
    }
}

@Suite struct PartialRankGoldenTests {
    @Test(arguments: ["promethee1", "electre3"], ["table", "markdown", "csv", "json"])
    func ranksPartiallyInEveryFormat(method: String, format: String) throws {
        let result = try CLI.run(["rank", "--method", method, "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try CLI.expectGolden(result.stdout, "rank-\(method).\(format)")
    }
}
