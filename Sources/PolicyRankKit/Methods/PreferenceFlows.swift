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
        let ramp = piece.ramp, level = piece.middle, q = piece.q, p = piece.p
        let rampWidth = p - q
        sorted.withUnsafeBufferPointer { sorted in
            prefix.withUnsafeBufferPointer { prefix in
                outgoing.withUnsafeMutableBufferPointer { outgoing in
                    incoming.withUnsafeMutableBufferPointer { incoming in
                        // Pointers: values < x − p, values < x − q, values ≤ x + q, values ≤ x + p.
                        var belowP = 0, belowQ = 0, upToQ = 0, upToP = 0
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
                    }
                }
            }
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
/// permutation: six passes of 11 bits with all histograms from one scan, skipping passes in
/// which every key has the same digit. Linear in n; several times faster than a comparison
/// sort at 100,000 values.
enum RadixSort {
    private static let bits = 11
    private static let buckets = 1 << bits
    private static let passes = (64 + bits - 1) / bits

    static func order(_ values: [Double]) -> [Int] {
        let n = values.count
        guard n > 1 else { return Array(0..<n) }
        var keys = [UInt64](repeating: 0, count: n), nextKeys = keys
        var indices = Array(0..<n), nextIndices = indices
        var histograms = [Int](repeating: 0, count: passes * buckets)
        let mask = UInt64(buckets - 1)
        keys.withUnsafeMutableBufferPointer { keys in
            histograms.withUnsafeMutableBufferPointer { histograms in
                for k in 0..<n {
                    // Flip negatives entirely and positives' sign bit: unsigned order = numeric order.
                    let raw = (values[k] == 0 ? 0.0 : values[k]).bitPattern
                    let key = raw & (1 << 63) != 0 ? ~raw : raw | (1 << 63)
                    keys[k] = key
                    for pass in 0..<passes { histograms[pass * buckets + Int((key >> UInt64(pass * bits)) & mask)] += 1 }
                }
            }
        }
        for pass in 0..<passes {
            let base = pass * buckets
            // A digit every key shares leaves the order unchanged.
            if histograms[base..<(base + buckets)].contains(n) { continue }
            var offset = 0
            for bucket in 0..<buckets {
                let count = histograms[base + bucket]
                histograms[base + bucket] = offset
                offset += count
            }
            let shift = UInt64(pass * bits)
            keys.withUnsafeBufferPointer { keys in
                indices.withUnsafeBufferPointer { indices in
                    nextKeys.withUnsafeMutableBufferPointer { nextKeys in
                        nextIndices.withUnsafeMutableBufferPointer { nextIndices in
                            histograms.withUnsafeMutableBufferPointer { histograms in
                                for k in 0..<n {
                                    let bucket = base + Int((keys[k] >> shift) & mask)
                                    let position = histograms[bucket]
                                    histograms[bucket] = position + 1
                                    nextKeys[position] = keys[k]
                                    nextIndices[position] = indices[k]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &nextKeys)
            swap(&indices, &nextIndices)
        }
        return indices
    }
}
