import Foundation
import Testing

@testable import PolicyRankKit

/// Each method against published worked examples, at the precision the source prints.
/// The matrices were transcribed from the papers by the test suites of pymcdm, pyrepo-mcda
/// and scikit-criteria (named where used) and recomputed independently before adoption.
@Suite struct PaperExampleTests {
    /// Scores in option order (a1, a2, …), whatever the ranking.
    static func scores(_ study: Study, _ options: RankOptions) throws -> [Double] {
        let ranking = try RankingEngine.rank(study, options: options)
        return study.policies.map { policy in ranking.entry(policy.id.value)?.score ?? .nan }
    }

    static func detail(_ study: Study, _ options: RankOptions, _ name: String) throws -> [Double] {
        let ranking = try RankingEngine.rank(study, options: options)
        return study.policies.map { policy in ranking.entry(policy.id.value)?.details?.first { $0.0 == name }?.1 ?? .nan }
    }

    /// |actual − printed| ≤ half a unit in the last printed decimal.
    static func expectPrinted(
        _ actual: [Double], _ printed: [Double], decimals: Int, _ comment: Comment? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let tolerance = 0.5 * pow(10, -Double(decimals)) + 1e-12
        #expect(actual.count == printed.count, comment, sourceLocation: sourceLocation)
        for (a, p) in zip(actual, printed) {
            #expect(abs(a - p) <= tolerance, "\(a) vs printed \(p) \(comment?.description ?? "")", sourceLocation: sourceLocation)
        }
    }

    // MARK: TOPSIS

    /// Tzeng & Huang (2011), Multiple Attribute Decision Making, CRC Press, TOPSIS example
    /// (via scikit-criteria): C* printed to 4 decimals.
    @Test func topsisTzengAndHuang2011() throws {
        let study = StudyBuilder.paper([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], weights: [0.3, 0.4, 0.3], types: [1, 1, 1])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "topsis")), [0.5037, 0.6581, 0.7482, 0.3340], decimals: 4)
    }

    /// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid, ch. 1 "TOPSIS":
    /// C* printed to 3 decimals.
    @Test func topsisPapathanasiouAndPloskas2018() throws {
        let study = StudyBuilder.paper(Self.papathanasiou, weights: [0.4, 0.3, 0.1, 0.2], types: [1, 1, 1, 1])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "topsis")), [0.387, 0.327, 0.391, 0.615, 0.868, 0.493], decimals: 3)
    }

    static let papathanasiou: [[Double]] = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]]

    // MARK: VIKOR

    /// Opricovic & Tzeng (2004), EJOR 156(2), §5 numerical example: S, R, Q exact, and the
    /// compromise solution A2 with both conditions satisfied.
    @Test func vikorOpricovicAndTzeng2004() throws {
        let study = StudyBuilder.paper([[1, 3000], [2, 3750], [5, 4500]], weights: [0.5, 0.5], types: [-1, 1])
        let options = RankOptions(method: "vikor")
        Self.expectPrinted(try Self.detail(study, options, "S"), [0.5, 0.375, 0.5], decimals: 12)
        Self.expectPrinted(try Self.detail(study, options, "R"), [0.5, 0.25, 0.5], decimals: 12)
        Self.expectPrinted(try Self.scores(study, options), [1, 0, 1], decimals: 12)
        #expect(try RankingEngine.rank(study, options: options).compromise == ["a2"])
    }

    /// Opricovic & Tzeng (2007), EJOR 178(2), four weight sets (via scikit-criteria): S, R, Q
    /// to 3 decimals and the compromise sets, two of which fail acceptable advantage (C1).
    @Test(arguments: [
        ([1.0, 1, 1, 1, 1, 1, 1, 1], [0.991, 1, 0.473, 0.670, 0, 0.578], ["a5"]),
        ([2.0, 2, 2, 2, 1, 1, 1, 1], [1, 0.533, 0.552, 0.563, 0, 0.686], ["a5"]),
        ([1.0, 1, 1, 1, 2, 2, 2, 2], [0.684, 1, 0.147, 0.554, 0.041, 0.191], ["a5", "a3", "a6"]),
        ([1.0, 1, 1, 1, 3.2, 3.2, 3.2, 3.2], [0.668, 1, 0.051, 0.588, 0.058, 0.078], ["a3", "a5", "a6"]),
    ])
    func vikorOpricovicAndTzeng2007(weights: [Double], q: [Double], compromise: [String]) throws {
        let x: [[Double]] = [
            [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41], [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
            [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42], [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
            [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04], [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
        ]
        let study = StudyBuilder.paper(x, weights: weights, types: [1, -1, 1, 1, -1, -1, -1, 1])
        let options = RankOptions(method: "vikor")
        Self.expectPrinted(try Self.scores(study, options), q, decimals: 3)
        #expect(try RankingEngine.rank(study, options: options).compromise == compromise)
    }

    // MARK: PROMETHEE II

    /// Zhao, Peng & Li (2013), Procedia Computer Science 17 (via pymcdm): usual criterion,
    /// net flows printed to 1 decimal; flows divided by n − 1.
    @Test func prometheeUsualZhao2013() throws {
        let study = StudyBuilder.paper([[4, 3, 2], [3, 2, 4], [5, 1, 3]], weights: [0.5, 0.3, 0.2], types: [1, 1, 1])
        let options = RankOptions(method: "promethee2")
        Self.expectPrinted(try Self.scores(study, options), [0.1, -0.3, 0.2], decimals: 12)
        Self.expectPrinted(try Self.detail(study, options, "phi_plus"), [0.55, 0.35, 0.60], decimals: 12)
    }

    /// Papathanasiou & Ploskas (2018), ch. 3 "PROMETHEE" (via pyrepo-mcda): linear
    /// preference q = 1, p = 2 on every criterion; φ printed to 2 decimals.
    @Test func prometheeLinearPapathanasiou2018() throws {
        let linear = Array(repeating: ("linear", q: Optional(1.0), p: Optional(2.0)), count: 4)
        let study = StudyBuilder.paper(Self.papathanasiou, weights: [0.4, 0.3, 0.1, 0.2], types: [1, 1, 1, 1], preferences: linear)
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "promethee2")), [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06], decimals: 2)
    }

    /// Ziemba, Wątróbski, Ziolo & Karczmarczyk (2017), Energies 10(11):1755 (via pyrepo-mcda):
    /// V-shape with per-criterion p, cost criteria, φ printed to 4 decimals.
    @Test func prometheeVShapeZiemba2017() throws {
        let columns: [[Double]] = [
            [16347, 14219, 8160, 8160], [9, 8.5, 9, 8.5], [73.8, 55, 64.8, 62.5], [36.7, 36, 28.5, 29.5],
            [1.5, 2, 2, 1.5], [3730, 3240, 1860, 1860], [2, 1, 2, 1], [1, 1, 2, 3], [38.8, 33.1, 45.8, 27.3],
            [4, 2, 4, 3], [1720524, 1496512, 858830, 858830], [40012, 34803, 19973, 19973],
        ]
        let x = (0..<4).map { i in columns.map { $0[i] } }
        let p: [Double] = [7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820]
        let study = StudyBuilder.paper(
            x, weights: [20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33],
            types: [-1, -1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1],
            preferences: p.map { ("v-shape", q: nil, p: $0) })
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "promethee2")), [-0.0445, 0.1884, -0.0954, -0.0485], decimals: 4)
    }

    // MARK: COPRAS

    /// Goswami & Mitra (2020), Int. J. Data and Network Science 4(1) (via pyrepo-mcda):
    /// utility degree N/100 printed to 5 decimals.
    @Test func coprasGoswamiAndMitra2020() throws {
        let x: [[Double]] = [
            [80, 16, 2, 5], [110, 32, 2, 9], [130, 64, 4, 9], [185, 64, 4, 1], [135, 64, 3, 4],
            [140, 32, 3, 5], [185, 64, 6, 7], [110, 16, 3, 3], [120, 16, 4, 3], [340, 128, 6, 5],
        ]
        let study = StudyBuilder.paper(x, weights: [0.60338, 0.13639, 0.19567, 0.06456], types: [-1, 1, 1, 1])
        let utility = try Self.detail(study, RankOptions(method: "copras"), "utility").map { $0 / 100 }
        Self.expectPrinted(utility, [1, 0.85262, 0.91930, 0.68523, 0.80515, 0.72587, 0.83436, 0.79758, 0.79097, 0.79533], decimals: 5)
    }

    /// Uysal & İnan (2022), "Performance evaluation of research assistants by COPRAS method"
    /// (via scikit-criteria): N in percent, printed to 4 decimals.
    @Test func coprasUysalAndInan2022() throws {
        let x: [[Double]] = [
            [3.57, 4.00, 4.00, 83.75, 3, 9, 1], [3.07, 3.95, 4.00, 83.00, 3, 1, 3], [3.23, 3.54, 3.46, 66.00, 4, 0, 2],
            [3.42, 3.96, 4.00, 70.00, 5, 5, 7], [2.56, 3.37, 3.79, 82.00, 4, 4, 5],
        ]
        let study = StudyBuilder.paper(x, weights: Array(repeating: 1, count: 7), types: [1, 1, 1, 1, -1, 1, 1])
        Self.expectPrinted(try Self.detail(study, RankOptions(method: "copras"), "utility"), [100, 78.8501, 63.3837, 98.6506, 86.8878], decimals: 4)
    }

    // MARK: EDAS

    /// Yazdani, Torkayesh, Santibanez-Gonzalez & Otaghsara (2020), Sustainable Operations and
    /// Computers 1 (via pymcdm): appraisal scores printed to 3 decimals.
    @Test func edasYazdani2020() throws {
        let x: [[Double]] = [
            [3873, 39.55, 0.27, 0.87, 150, 0.07, 12, 2130], [5067, 67.26, 0.23, 0.23, 40, 0.02, 21, 2200],
            [2213, 24.69, 0.08, 0.17, 200, 0.04, 35, 570], [6243, 132, 0.07, 0.25, 100, 0.04, 16, 100],
            [8312, 460.47, 0.05, 0.21, 25, 0.1, 25, 200],
        ]
        let study = StudyBuilder.paper(x, weights: [0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117], types: [-1, -1, -1, 1, 1, -1, 1, 1])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "edas")), [0.841, 0.632, 0.883, 0.457, 0.104], decimals: 3)
    }

    // MARK: MOORA

    /// Siregar, Tampubolon, Parapat, Malau & Hutagalung (2021), IOP Conf. Ser. 1088:012022
    /// (via pymcdm): weighted ratio system with a cost criterion, y printed to 4 decimals.
    @Test func mooraSiregar2021() throws {
        let x: [[Double]] = [
            [1.5, 3, 5, 3.3], [2, 7, 5, 3.35], [3, 1, 5, 3.07], [2.2, 4, 5, 3.5], [2, 5, 3, 3.09], [3.2, 2, 3, 3.48], [2.775, 3, 5, 3.27],
        ]
        let study = StudyBuilder.paper(x, weights: [0.3, 0.2, 0.1, 0.4], types: [-1, 1, 1, 1])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "moora")), [0.1801, 0.2345, 0.0625, 0.1757, 0.1683, 0.0742, 0.1197], decimals: 4)
    }

    // MARK: SPOTIS

    /// Dezert, Tchamova, Han & Tacnet (2020), FUSION, example A (via pymcdm): bounds per
    /// criterion, d printed to 4 decimals (lower is better).
    @Test func spotisDezert2020ExampleA() throws {
        let study = StudyBuilder.paper(
            [[10.5, -3.1, 1.7], [-4.7, 0, 3.4], [8.1, 0.3, 1.3], [3.2, 7.3, -5.3]],
            weights: [0.2, 0.3, 0.5], types: [1, -1, 1], bounds: [-5...12, -6...10, -8...5])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "spotis")), [0.1989, 0.3705, 0.3063, 0.7491], decimals: 4)
    }

    /// Dezert et al. (2020), example B (cars), weights (5, 4, 4, 1, 3)/17.
    @Test func spotisDezert2020ExampleB() throws {
        let study = StudyBuilder.paper(
            [[15000, 4.3, 99, 42, 737], [15290, 5.0, 116, 42, 892], [15350, 5.0, 114, 45, 952], [15490, 5.3, 123, 45, 1120]],
            weights: [5, 4, 4, 1, 3], types: [-1, -1, -1, 1, 1],
            bounds: [14000...16000, 3...8, 80...140, 35...60, 650...1300])
        Self.expectPrinted(try Self.scores(study, RankOptions(method: "spotis")), [0.4779, 0.5781, 0.5558, 0.5801], decimals: 4)
    }

    // MARK: WPM and WASPAS

    /// Triantaphyllou (2000), Multi-Criteria Decision Making Methods, §2.2: WPM ratios
    /// R(A1/A2) = 1.007, R(A1/A3) = 1.067, R(A2/A3) = 1.059 on raw values.
    @Test func wpmTriantaphyllou2000() throws {
        let study = StudyBuilder.paper([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], weights: [0.20, 0.15, 0.40, 0.25], types: [1, 1, 1, 1])
        let p = try Self.scores(study, RankOptions(method: "wpm", normalization: "none"))
        Self.expectPrinted([p[0] / p[1], p[0] / p[2], p[1] / p[2]], [1.007, 1.067, 1.059], decimals: 3)
    }

    /// Chakraborty, Zavadskas & Antucheviciene (2015), Economic Computation and Economic
    /// Cybernetics Studies and Research 49(1), example 2 (via scikit-criteria): Q at λ = 0, 0.5
    /// and 1 printed to 4 decimals; two printed entries are 1 off in the last digit, so the
    /// tolerance is 1e-4.
    @Test(arguments: [
        (0.0, [0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697]),
        (0.5, [0.8584, 0.8169, 0.8419, 0.9417, 0.8638, 0.8278, 0.8503, 0.8949, 0.9027, 0.8740]),
        (1.0, [0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784]),
    ])
    func waspasChakraborty2015(lambda: Double, printed: [Double]) throws {
        let x: [[Double]] = [
            [581818, 54.49, 3, 5500], [595454, 49.73, 3, 4500], [586060, 51.24, 3, 5000], [522727, 45.71, 3, 5800],
            [561818, 52.66, 3, 5200], [543030, 74.46, 4, 5600], [522727, 75.42, 4, 5800], [486970, 62.62, 4, 5600],
            [509394, 65.87, 4, 6400], [513333, 70.67, 4, 6000],
        ]
        let study = StudyBuilder.paper(x, weights: [0.467, 0.160, 0.095, 0.278], types: [-1, -1, -1, 1])
        let scores = try Self.scores(study, RankOptions(method: "waspas", parameters: [("lambda", lambda)]))
        for (a, p) in zip(scores, printed) { #expect(abs(a - p) <= 1e-4, "\(a) vs printed \(p)") }
    }
}
