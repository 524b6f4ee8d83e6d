/// The generator's source of randomness: SplitMix64 (Steele, Lea & Flood 2014).
///
/// Written out here rather than taken from the standard library or Foundation so that a seed
/// gives the same study, byte for byte, on every platform and Swift version: benchmark figures
/// are only comparable across machines and commits when the input is identical.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`. Plain modulo: the bias is below 2⁻⁵⁰ for the small ranges used here,
    /// and unlike `Int.random(in:using:)` the mapping is ours, so it cannot change underneath us.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }
}
