import Foundation
import Testing

@testable import PolicyRankKit

/// `NumberFormat.fixed` writes through C's vsnprintf instead of `String(format:)`; the bytes
/// must be the same for every kind of Double a table can hold.
@Suite struct NumberFormatTests {
    static let edgeCases: [Double] = [
        0, -0.0, 0.5, -0.5, 0.00005, 0.00015, 0.00025, -0.00004, 1, -1, 123_456.789_05, 1e-300, 5e-324, 1e15, 1e200, -1e250, 9.999_95e299,
        1e300, 1.797_693_134_862_315_7e308, .infinity, -.infinity, .nan, 2.675, 1.0005, 0.125, 0.375,
    ]

    @Test func fixedWritesWhatStringFormatWrites() {
        var random = SplitMix64(state: 17)
        let randomValues = (0..<2_000).map { k -> Double in
            let magnitude = Double.random(in: -12...12, using: &random)
            return (k % 2 == 0 ? 1 : -1) * pow(10, magnitude)
        }
        for value in Self.edgeCases + randomValues {
            for decimals in 0...6 {
                #expect(NumberFormat.printf(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value), \(decimals) decimals")
            }
        }
    }

    @Test func negativeZeroAfterRoundingLosesItsSign() {
        #expect(NumberFormat.fixed(-0.00004) == "0.0000")
        #expect(NumberFormat.fixed(0.73125, 2) == "0.73")
    }
}
