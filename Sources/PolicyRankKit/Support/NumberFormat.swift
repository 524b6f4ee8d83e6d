import Foundation

/// Stable number formatting: the same Double prints the same bytes on every machine.
public enum NumberFormat {
    /// Shortest round-trip form, with integers printed without ".0" (`5`, `0.25`).
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Rounded to `digits` decimals for JSON, so float noise (0.30000000000000004) never
    /// reaches a diff; at most 10 decimals, no trailing zeros.
    public static func json(_ value: Double, digits: Int = 10) -> String {
        guard value.isFinite else { return "null" }
        // Beyond 1e15 there are no decimals to round, and value × 10^digits could overflow to
        // inf, which is not JSON.
        guard abs(value) < 1e15 else { return plain(value) }
        let scale = pow(10.0, Double(digits))
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no "-0"
        return plain(rounded)
    }

    /// The number the whole of `text` spells, or nil. Swift's `Double(_: String)` hands the
    /// text to C's strtod, which stops at a NUL: `"-1\0=cmd"` read as -1, so a CSV field kept
    /// its formula start and an imported cell with trailing bytes counted as a number.
    public static func number(_ text: String) -> Double? {
        text.utf8.contains(0) ? nil : Double(text)
    }

    /// Fixed decimals for tables (`0.7312`).
    public static func fixed(_ value: Double, _ decimals: Int = 4) -> String {
        var text = printf(value, decimals: decimals)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }

    /// C's "%.*f": what `String(format:)` writes, without Foundation's format-string parsing,
    /// which made the numbers of a 100,000-row table a tenth of `rank`'s time.
    static func printf(_ value: Double, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            let written = withVaList([Int32(clamping: decimals), value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
            // Longer than the buffer (1e300 and up): the slow path, which has no limit.
            guard written >= 0, Int(written) < buffer.count else { return String(format: "%.\(decimals)f", value) }
            return buffer.withMemoryRebound(to: UInt8.self) { String(decoding: $0[0..<Int(written)], as: UTF8.self) }
        }
    }

    /// An integer with thousands separators, "10,000", the same in every locale.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
