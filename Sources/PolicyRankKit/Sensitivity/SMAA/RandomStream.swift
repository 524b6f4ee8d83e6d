import Foundation

/// xoshiro256** (Blackman & Vigna 2018), seeded through SplitMix64 so that every block of
/// samples gets its own independent, reproducible stream from (seed, pass, block).
struct RandomStream {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64, pass: UInt64, block: UInt64) {
        var mixer = seed ^ (pass &* 0xD1B5_4A32_D192_ED03) ^ (block &* 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        (s0, s1, s2, s3) = (next(), next(), next(), next())
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in (0, 1]: never 0, so −log is always finite.
    @inline(__always)
    mutating func unit() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// Standard normal (Marsaglia polar method).
    mutating func normal() -> Double {
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * log(s) / s).squareRoot() }
        }
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 via Gamma(shape + 1)·U^(1/shape).
    mutating func gamma(_ shape: Double) -> Double {
        guard shape > 0 else { return 0 }
        if shape < 1 { return gamma(shape + 1) * pow(unit(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }
}
