import Foundation
import Testing

@testable import PolicyRankKit

/// The contribution chart's colours, as readers with the two common red–green deficiencies
/// see them: each criterion's colour is simulated (Machado, Oliveira & Fernandes 2009,
/// severity 1) and adjacent segments must stay a clearly visible CIE76 ΔE apart.
@Suite struct ColourVisionTests {
    /// Machado et al. (2009), Table 1 at severity 1.0, on linear RGB.
    static let deuteranopia = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    static let protanopia = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    /// About where two flat colours side by side stop being mistaken for each other.
    static let minimumDifference = 10.0

    static func linear(_ hex: String) -> [Double] {
        Palette.rgb(hex).map { channel in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    static func simulate(_ rgb: [Double], _ matrix: [[Double]]) -> [Double] {
        matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    /// CIE L*a*b* (D65) of linear sRGB.
    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        let f = { (t: Double) in t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func difference(_ a: [Double], _ b: [Double]) -> Double {
        let (p, q) = (lab(a), lab(b))
        return sqrt(zip(p, q).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    @Test func theSimulationSeesRedAndGreenAlikeButBlueAndOrangeApart() {
        // The property the test rests on: a deuteranope confuses pure red and green far more
        // than a normal viewer does, and still tells the Okabe–Ito blue from orange.
        let (red, green) = (Self.linear("#FF0000"), Self.linear("#00A000"))
        let normal = Self.difference(red, green)
        let deuteranope = Self.difference(Self.simulate(red, Self.deuteranopia), Self.simulate(green, Self.deuteranopia))
        #expect(deuteranope < normal / 2)
        let (blue, orange) = (Self.linear(Palette.categorical(0)), Self.linear(Palette.categorical(1)))
        #expect(Self.difference(Self.simulate(blue, Self.deuteranopia), Self.simulate(orange, Self.deuteranopia)) > 40)
    }

    @Test(arguments: ["deuteranopia", "protanopia"])
    func adjacentSegmentsOfTheShippedStudysContributionBarsStayDistinct(deficiency: String) throws {
        let study = Validator.validate(path: Fixtures.repositoryRoot.path).study
        let base = try study.ranked()
        let page = HTMLReport(
            study: study, report: try SensitivityReport.compute(base, smaa: SMAA.Configuration(samples: 200, seed: 1, threads: 1)), whatIf: WhatIfModel(base),
            date: "2025-01-31")
        let colours = page.leafColors()
        let leaves = base.problem.leaves.map(\.id)
        let matrix = deficiency == "deuteranopia" ? Self.deuteranopia : Self.protanopia
        for (a, b) in zip(leaves, leaves.dropFirst()) {
            let (x, y) = (try #require(colours[a]), try #require(colours[b]))
            let seen = Self.difference(Self.simulate(Self.linear(x), matrix), Self.simulate(Self.linear(y), matrix))
            #expect(seen >= Self.minimumDifference, "\(a) \(x) and \(b) \(y) are \(seen) apart under \(deficiency)")
        }
    }

    @Test func segmentNumbersAreBlackOnLightAndWhiteOnDark() {
        #expect(Palette.textColor(on: "#FFFFFF") == "#000000")
        #expect(Palette.textColor(on: Palette.categorical(0)) == "#FFFFFF")
        #expect(Palette.textColor(on: Palette.tint(Palette.categorical(1), 0.6)) == "#000000")
    }
}
