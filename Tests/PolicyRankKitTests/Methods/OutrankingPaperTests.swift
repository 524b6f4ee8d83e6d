import Testing

@testable import PolicyRankKit

/// Worked examples for PROMETHEE I and ELECTRE III. Where a number was printed by a
/// publication it is said so; where only the inputs are published the outputs were worked out
/// independently (a separate script with the textbook formulas), and the test says that too.
@Suite struct OutrankingPaperTests {
    /// Brans, Vincke & Mareschal (1986), "How to select and how to rank projects: the PROMETHEE
    /// method", EJOR 24(2), 228–238: six projects, six criteria, one of each generalised
    /// criterion (U-shape q = 10, V-shape p = 30, linear q = 0.5 p = 5, level q = 1 p = 6,
    /// usual, Gaussian s = 5), equal weights. The inputs and the π(a, b) table at three
    /// decimals are as transcribed in the Poznań PROMETHEE library's test data
    /// (WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA, unit_tests); the paper's
    /// flows are the row and column sums of that table (its φ⁺ and φ⁻ are sums, not divided by
    /// n − 1), so they are checked to the table's rounding (6 cells × 0.0005).
    static var bransVinckeMareschal: Study {
        var study = StudyBuilder.paper(
            [
                [80, 90, 6, 5.4, 8, 5], [65, 58, 2, 9.7, 1, 1], [83, 60, 4, 7.2, 4, 7], [40, 80, 10, 7.5, 7, 10], [52, 72, 6, 2.0, 3, 8],
                [94, 96, 7, 3.6, 5, 6],
            ],
            weights: Array(repeating: 1, count: 6), types: [-1, 1, -1, -1, -1, 1],
            preferences: [("u-shape", 10, nil), ("v-shape", nil, 30), ("linear", 0.5, 5), ("level", 1, 6), ("usual", nil, nil), ("usual", nil, nil)])
        study.criteria[5].preference = Located(
            PreferenceFunction(function: Located("gaussian", at: StudyBuilder.here), q: nil, p: nil, s: Located(5, at: StudyBuilder.here)),
            at: StudyBuilder.here)
        return study
    }

    /// Row sums and column sums of the three-decimal π table.
    static let printedPlusSums = [1.099, 1.980, 1.234, 1.644, 2.274, 1.500]
    static let printedMinusSums = [1.827, 1.895, 1.681, 1.746, 0.808, 1.774]

    @Test func prometheeIOnBransVinckeMareschal1986() throws {
        let ranking = try RankingEngine.rank(Self.bransVinckeMareschal, options: RankOptions(method: "promethee1"))
        for (k, id) in ["a1", "a2", "a3", "a4", "a5", "a6"].enumerated() {
            let entry = try #require(ranking.entry(id))
            let plus = try #require(entry.details?.first { $0.0 == "phi_plus" }?.1), minus = try #require(entry.details?.first { $0.0 == "phi_minus" }?.1)
            // Ours are divided by n − 1 = 5.
            #expect(abs(5 * plus - Self.printedPlusSums[k]) <= 0.003, "\(id) φ⁺ \(5 * plus)")
            #expect(abs(5 * minus - Self.printedMinusSums[k]) <= 0.003, "\(id) φ⁻ \(5 * minus)")
        }
        let relations = try #require(ranking.relations)
        #expect(relations.incomparablePairs.map { "\($0.0)-\($0.1)" } == ["a1-a2", "a2-a3", "a2-a4", "a2-a6", "a3-a4", "a3-a6"])
        for worse in ["a1", "a2", "a3", "a4", "a6"] { #expect(relations.relation("a5", worse) == .preferred) }
        #expect(relations.relation("a4", "a6") == .preferred)
        #expect(ranking.top?.id == "a5")
        // PROMETHEE II on the same data: a5 > a2 > a4 > a6 > a3 > a1.
        let complete = try RankingEngine.rank(Self.bransVinckeMareschal, options: RankOptions(method: "promethee2"))
        #expect(complete.entries.map(\.id) == ["a5", "a2", "a4", "a6", "a3", "a1"])
    }

    /// A credibility matrix with its distillations, from the Poznań ELECTRE library's tests
    /// (PatrykHub/ELECTRE-Methods, tests/outranking/test_distillation.py, example "ITA, BEL,
    /// GER, AUT, FRA"; s(λ) = 0.3 − 0.15λ): FRA is incomparable to GER and to ITA.
    @Test func electreIIIDistillationsAndTheirIntersection() {
        let ids = ["ITA", "BEL", "GER", "AUT", "FRA"]
        let sigma: [Double] = [
            1, 0.6, 0.3, 0.7, 0.55,
            0, 1, 0.2, 0, 0,
            0.58, 0.6, 1, 0.85, 0,
            0.3, 0, 0.6, 1, 0.58,
            0.6, 0, 0.6, 0.7, 1,
        ]
        let (descending, ascending) = sigma.withUnsafeBufferPointer {
            (Distillation.classes($0, n: 5, descending: true), Distillation.classes($0, n: 5, descending: false))
        }
        // Descending {GER} > {ITA} > {BEL, AUT, FRA}; ascending FRA > GER > ITA > BEL > AUT.
        #expect(descending == [1, 2, 0, 2, 2])
        #expect(ascending == [2, 3, 1, 4, 0])
        let relation = { (a: String, b: String) in
            Distillation.relation(ids.firstIndex(of: a)!, ids.firstIndex(of: b)!, descending: descending, ascending: ascending)
        }
        #expect(relation("FRA", "GER") == .incomparable)
        #expect(relation("FRA", "ITA") == .incomparable)
        #expect(relation("GER", "ITA") == .preferred)
        #expect(relation("ITA", "BEL") == .preferred)
        #expect(relation("BEL", "AUT") == .preferred)
        #expect(relation("FRA", "BEL") == .preferred)
    }

    /// The same library's five-project matrix: qualities at the first cut 2, 0, −1, 0, −1;
    /// descending {P1} > {P2} > {P3, P4, P5}; ascending, worst first, {P3, P5}, {P4}, {P1, P2}.
    @Test func electreIIIDistillationOfFiveProjects() {
        let sigma: [Double] = [
            1, 0, 1, 0.8, 1,
            0, 1, 0, 0.9, 0.67,
            0.6, 0, 1, 0.6, 0.8,
            0.25, 0.8, 0.67, 1, 0.85,
            0.67, 0, 0.8, 0.8, 1,
        ]
        let (descending, ascending) = sigma.withUnsafeBufferPointer {
            (Distillation.classes($0, n: 5, descending: true), Distillation.classes($0, n: 5, descending: false))
        }
        #expect(descending == [0, 1, 2, 2, 2])
        #expect(ascending == [0, 0, 2, 1, 2])
    }

    /// The inputs of OutrankingTools' documented `Electre3_SimpleThresholds` example (R, Prombo
    /// 2014): five projects, five criteria, all maximised, equal weights, with q, p and v. The
    /// package's documentation prints no outputs; the credibilities below (4 decimals) and the
    /// distillations were worked out independently with the textbook formulas.
    @Test func electreIIIOnTheOutrankingToolsExample() throws {
        let q = [25.0, 16, 0, 12, 10], p = [50.0, 24, 1, 24, 20], v = [100.0, 60, 2, 48, 90]
        var study = StudyBuilder.paper(
            [[-14, 90, 0, 40, 100], [129, 100, 0, 0, 0], [-10, 50, 0, 10, 100], [44, 90, 0, 5, 20], [-14, 100, 0, 20, 40]],
            weights: Array(repeating: 1, count: 5), types: Array(repeating: 1, count: 5))
        for j in 0..<5 {
            study.criteria[j].preference = Located(
                PreferenceFunction(
                    function: Located("electre", at: StudyBuilder.here), q: Located(q[j], at: StudyBuilder.here), p: Located(p[j], at: StudyBuilder.here),
                    s: nil, v: Located(v[j], at: StudyBuilder.here)), at: StudyBuilder.here)
        }
        let ranking = try RankingEngine.rank(study, options: RankOptions(method: "electre3"))
        let sigma = try #require(ranking.credibility)
        let expected: [[Double]] = [
            [1, 0, 1, 0.8, 1], [0, 1, 0, 0.8, 0.6667], [0.6, 0, 1, 0.6, 0.8], [0.2143, 0.8, 0.5714, 1, 0.75], [0.6667, 0, 0.8, 0.8, 1],
        ]
        for a in 0..<5 {
            for b in 0..<5 where a != b { #expect(abs(sigma[a, b] - expected[a][b]) < 0.00005, "σ(P\(a + 1), P\(b + 1)) = \(sigma[a, b])") }
        }
        // Descending {P1} > {P2} > {P3, P4, P5}; ascending {P1, P2} > {P4} > {P3, P5};
        // final P1 > P2 > P4 > P3 ≈ P5.
        let relations = try #require(ranking.relations)
        #expect(relations.relation("a1", "a2") == .preferred)
        #expect(relations.relation("a2", "a4") == .preferred)
        #expect(relations.relation("a4", "a3") == .preferred)
        #expect(relations.relation("a3", "a5") == .indifferent)
        #expect(ranking.entries.map(\.rank) == [1, 2, 3, 4, 4])
    }
}

/// The distillation over member lists against the plain definition (every option scanned with
/// a flag at every step), on random credibility matrices with ties.
@Suite struct DistillationReferenceTests {
    static func reference(_ sigma: [Double], n: Int, descending: Bool) -> [Int] {
        var extracted = [Int](repeating: -1, count: n)
        var remaining = [Bool](repeating: true, count: n)
        func strong(_ a: Int, _ b: Int) -> Bool { sigma[a * n + b] - sigma[b * n + a] > Distillation.threshold(sigma[a * n + b]) }
        func maximum(_ set: [Bool], below limit: Double) -> Double {
            var best = 0.0
            for a in 0..<n where set[a] { for b in 0..<n where set[b] && a != b && sigma[a * n + b] < limit { best = max(best, sigma[a * n + b]) } }
            return best
        }
        var step = 0, left = n
        while left > 0 {
            var current = remaining
            var count = left
            var lambda = maximum(current, below: .infinity)
            while count > 1 {
                let next = maximum(current, below: lambda - Distillation.threshold(lambda))
                var qualification = [Int](repeating: 0, count: n)
                for a in 0..<n where current[a] {
                    for b in 0..<n where current[b] && a != b && strong(a, b) && sigma[a * n + b] > next {
                        qualification[a] += 1
                        qualification[b] -= 1
                    }
                }
                let values = (0..<n).filter { current[$0] }.map { qualification[$0] }
                let target = descending ? values.max()! : values.min()!
                count = 0
                for a in 0..<n where current[a] { if qualification[a] == target { count += 1 } else { current[a] = false } }
                if next <= 0 { break }
                lambda = next
            }
            for a in 0..<n where current[a] {
                extracted[a] = step
                remaining[a] = false
                left -= 1
            }
            step += 1
        }
        if !descending { for a in 0..<n { extracted[a] = step - 1 - extracted[a] } }
        return extracted
    }

    @Test func memberListsGiveTheSameClassesAsTheDefinition() {
        var random = SplitMix64(state: 5)
        for trial in 0..<400 {
            let n = 2 + trial % 8
            // Credibilities on a coarse grid, so ties between pairs are common.
            let sigma = (0..<(n * n)).map { k in k % (n + 1) == 0 ? 1 : Double(Int.random(in: 0...10, using: &random)) / 10 }
            for descending in [true, false] {
                let fast = sigma.withUnsafeBufferPointer { Distillation.classes($0, n: n, descending: descending) }
                #expect(fast == Self.reference(sigma, n: n, descending: descending), "trial \(trial), descending \(descending)")
            }
        }
    }

    @Test func memberListsGiveTheSameClassesOnContinuousCredibilities() {
        var random = SplitMix64(state: 11)
        for trial in 0..<400 {
            let n = 1 + trial % 14
            // Credibilities as ELECTRE III makes them: mostly distinct, some exactly 0 or 1.
            let sigma = (0..<(n * n)).map { k -> Double in
                if k % (n + 1) == 0 { return 1 }
                let draw = Double.random(in: -0.2...1.2, using: &random)
                return min(1, max(0, draw))
            }
            for descending in [true, false] {
                let fast = sigma.withUnsafeBufferPointer { Distillation.classes($0, n: n, descending: descending) }
                #expect(fast == Self.reference(sigma, n: n, descending: descending), "trial \(trial), descending \(descending)")
            }
        }
    }

    /// Stopped once an option is extracted (`until`, SMAA's confidence pass), a distillation
    /// still says how every option compares with that one: each option's step is ahead of,
    /// level with or behind the stopped option's exactly as in the full distillation
    /// (`ElectreIII.leads` reads no more; SMAAReferenceTests holds its confidence factors to
    /// the plain ranking path).
    @Test func aDistillationStoppedAtAnOptionComparesEveryOptionWithIt() {
        var random = SplitMix64(state: 17)
        var stoppedEarly = 0
        for trial in 0..<300 {
            let n = 2 + trial % 9
            let sigma = (0..<(n * n)).map { k in k % (n + 1) == 0 ? 1 : Double(Int.random(in: 0...10, using: &random)) / 10 }
            let full = [true, false].map { descending in sigma.withUnsafeBufferPointer { Distillation.classes($0, n: n, descending: descending) } }
            let scratch = Distillation.Scratch(n: n)
            for stop in 0..<n {
                var steps = [[Int]](repeating: [Int](repeating: -1, count: n), count: 2)
                for (side, descending) in [true, false].enumerated() {
                    sigma.withUnsafeBufferPointer { sigma in
                        steps[side].withUnsafeMutableBufferPointer {
                            Distillation.classes($0, sigma: sigma, n: n, descending: descending, scratch: scratch, until: stop)
                        }
                    }
                }
                if steps[0].max() ?? 0 < full[0].max() ?? 0 { stoppedEarly += 1 }
                // Full classes are 0 best either way; the ascending steps count from the worst.
                func compare(_ x: Int, _ y: Int) -> Int { x < y ? 1 : (x > y ? -1 : 0) }
                for a in 0..<n where a != stop {
                    #expect(compare(steps[0][a], steps[0][stop]) == compare(full[0][a], full[0][stop]), "trial \(trial), stop \(stop)")
                    #expect(compare(steps[1][stop], steps[1][a]) == compare(full[1][a], full[1][stop]), "trial \(trial), stop \(stop)")
                }
            }
        }
        #expect(stoppedEarly > 100)
    }
}
