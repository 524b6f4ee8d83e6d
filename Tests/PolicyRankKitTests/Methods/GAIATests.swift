import Testing

@testable import PolicyRankKit

@Suite struct GAIATests {
    /// The Brans, Vincke & Mareschal (1986) six projects (OutrankingPaperTests). No stored
    /// publication prints this example's δ, so the expected values were worked out
    /// independently (numpy, with the definition of Mareschal & Brans 1988): eigenvalues of
    /// ΦᵀΦ/n 0.89796, 0.51716, 0.19118, 0.05499, 0.03405, 0; δ = 0.8347; axes signed so that
    /// each eigenvector's largest component is positive.
    @Test func theBransVinckeMareschalPlane() throws {
        let problem = OutrankingPaperTests.bransVinckeMareschal.problem
        let plane = GAIAPlane(problem, plan: try RankingPlan(RankOptions(method: "promethee2"), for: problem))
        #expect(abs(plane.delta - 0.8347) < 0.00005, "δ = \(plane.delta)")
        for (value, expected) in zip(plane.eigenvalues, [0.89796, 0.51716, 0.19118, 0.05499, 0.03405, 0]) {
            #expect(abs(value - expected) < 0.000005)
        }
        let f1 = try #require(plane.criteria.first { $0.id == "c1" })
        #expect(abs(f1.x - 0.1847) < 0.00005 && abs(f1.y - 0.8973) < 0.00005)
        let a4 = try #require(plane.options.first { $0.id == "a4" })
        #expect(abs(a4.x - -0.6452) < 0.00005 && abs(a4.y - 1.2984) < 0.00005)
        #expect(abs(plane.decisionAxis.x - 0.0573) < 0.00005 && abs(plane.decisionAxis.y - 0.0870) < 0.00005)
    }

    /// Two criteria fit in a plane: δ = 1. The option coordinates are the flows rotated, so
    /// their lengths are kept.
    @Test func twoCriteriaKeepEverything() throws {
        let study = StudyBuilder.paper([[1, 5], [4, 2], [3, 3], [0, 6]], weights: [0.6, 0.4], types: [1, 1])
        let problem = study.problem
        let plane = GAIAPlane(problem, plan: try RankingPlan(RankOptions(method: "promethee2"), for: problem))
        #expect(abs(plane.delta - 1) < 1e-12)
        for axis in plane.criteria { #expect(abs(axis.x * axis.x + axis.y * axis.y - 1) < 1e-9, "a unit vector stays unit in its own plane") }
    }

    @Test func jacobiFindsTheEigenpairsOfAKnownMatrix() {
        // [[2, 1], [1, 2]]: eigenvalues 3 and 1, eigenvectors (1, 1)/√2 and (1, −1)/√2.
        let (values, vectors) = SymmetricEigen.decompose([2, 1, 1, 2], size: 2)
        #expect(abs(values[0] - 3) < 1e-12 && abs(values[1] - 1) < 1e-12)
        #expect(abs(vectors[0][0] - 0.5.squareRoot()) < 1e-12 && abs(vectors[0][1] - 0.5.squareRoot()) < 1e-12)
        #expect(abs(abs(vectors[1][0]) - 0.5.squareRoot()) < 1e-12 && abs(vectors[1][0] + vectors[1][1]) < 1e-12)
    }
}
