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

    /// Convenience for one column (tests, small studies).
    static func sums(_ values: [Double], shape: PreferenceShape) -> Sums {
        var outgoing = [Double](repeating: 0, count: values.count), incoming = outgoing
        let scratch = FlowScratch(count: values.count)
        values.withUnsafeBufferPointer { values in
            outgoing.withUnsafeMutableBufferPointer { outgoing in
                incoming.withUnsafeMutableBufferPointer { incoming in
                    sums(values, shape: shape, scratch: scratch, outgoing: outgoing, incoming: incoming)
                }
            }
        }
        return Sums(outgoing: outgoing, incoming: incoming)
    }

    /// Writes the flows of one column into `outgoing` and `incoming`, reusing `scratch`.
    static func sums(_ values: UnsafeBufferPointer<Double>, shape: PreferenceShape, scratch: FlowScratch,
                     outgoing: UnsafeMutableBufferPointer<Double>, incoming: UnsafeMutableBufferPointer<Double>) {
        guard let piece = shape.piecewise else {
            quadratic(values, shape: shape, outgoing: outgoing, incoming: incoming)
            return
        }
        let n = values.count
        RadixSort.sort(values, scratch: scratch)
        let ramp = piece.ramp, level = piece.middle, q = piece.q, p = piece.p
        let rampWidth = p - q
        scratch.sorted.withUnsafeMutableBufferPointer { sorted in
            scratch.prefix.withUnsafeMutableBufferPointer { prefix in
                scratch.order.withUnsafeBufferPointer { order in
                    prefix[0] = 0
                    for k in 0..<n { prefix[k + 1] = prefix[k] + sorted[k] }
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

    /// The Gaussian has no thresholds: the exact double sum, O(n²) time, O(n) memory.
    private static func quadratic(_ values: UnsafeBufferPointer<Double>, shape: PreferenceShape,
                                  outgoing: UnsafeMutableBufferPointer<Double>, incoming: UnsafeMutableBufferPointer<Double>) {
        for (a, x) in values.enumerated() {
            var out = 0.0, into = 0.0
            for y in values {
                out += shape.preference(x - y)
                into += shape.preference(y - x)
            }
            outgoing[a] = out
            incoming[a] = into
        }
    }
}

/// One worker's buffers for `PreferenceFlows`, reused across criteria: fresh arrays for every
/// column of a 100,000-option matrix cost more in page faults than the sort itself.
final class FlowScratch {
    var keys: [UInt64]
    var nextKeys: [UInt64]
    var order: [Int]
    var nextOrder: [Int]
    var sorted: [Double]
    var prefix: [Double]
    var histograms: [Int]

    init(count n: Int) {
        keys = Array(repeating: 0, count: n)
        nextKeys = keys
        order = Array(repeating: 0, count: n)
        nextOrder = order
        sorted = Array(repeating: 0, count: n)
        prefix = Array(repeating: 0, count: n + 1)
        histograms = Array(repeating: 0, count: RadixSort.passes * RadixSort.buckets)
    }
}

/// A stable LSD radix sort of Doubles by their order-preserving 64-bit keys: six passes of
/// 11 bits with all histograms from one scan, skipping passes in which every key has the same
/// digit. Linear in n; several times faster than a comparison sort at 100,000 values.
enum RadixSort {
    static let bits = 11
    static let buckets = 1 << bits
    static let passes = (64 + bits - 1) / bits

    /// The permutation that sorts `values`.
    static func order(_ values: [Double]) -> [Int] {
        let scratch = FlowScratch(count: values.count)
        values.withUnsafeBufferPointer { sort($0, scratch: scratch) }
        return scratch.order
    }

    /// Sorts into `scratch.order` (the permutation) and `scratch.sorted` (the values).
    static func sort(_ values: UnsafeBufferPointer<Double>, scratch: FlowScratch) {
        let n = values.count
        let mask = UInt64(buckets - 1)
        scratch.keys.withUnsafeMutableBufferPointer { keys in
            scratch.nextKeys.withUnsafeMutableBufferPointer { nextKeys in
                scratch.order.withUnsafeMutableBufferPointer { order in
                    scratch.nextOrder.withUnsafeMutableBufferPointer { nextOrder in
                        scratch.histograms.withUnsafeMutableBufferPointer { histograms in
                            for k in 0..<histograms.count { histograms[k] = 0 }
                            for k in 0..<n {
                                // Flip negatives entirely and positives' sign bit: unsigned order = numeric order.
                                let raw = (values[k] == 0 ? 0.0 : values[k]).bitPattern
                                let key = raw & (1 << 63) != 0 ? ~raw : raw | (1 << 63)
                                keys[k] = key
                                order[k] = k
                                for pass in 0..<passes { histograms[pass * buckets + Int((key >> UInt64(pass * bits)) & mask)] += 1 }
                            }
                            var source = (keys, order), target = (nextKeys, nextOrder)
                            var inScratch = true
                            for pass in 0..<passes {
                                let base = pass * buckets
                                // A digit every key shares leaves the order unchanged.
                                var trivial = false
                                for bucket in 0..<buckets where histograms[base + bucket] == n { trivial = true }
                                if trivial { continue }
                                var offset = 0
                                for bucket in 0..<buckets {
                                    let count = histograms[base + bucket]
                                    histograms[base + bucket] = offset
                                    offset += count
                                }
                                let shift = UInt64(pass * bits)
                                for k in 0..<n {
                                    let bucket = base + Int((source.0[k] >> shift) & mask)
                                    let position = histograms[bucket]
                                    histograms[bucket] = position + 1
                                    target.0[position] = source.0[k]
                                    target.1[position] = source.1[k]
                                }
                                swap(&source, &target)
                                inScratch.toggle()
                            }
                            // Leave the result in `order`, whichever buffer the last pass wrote.
                            if !inScratch {
                                for k in 0..<n {
                                    keys[k] = source.0[k]
                                    order[k] = source.1[k]
                                }
                            }
                        }
                    }
                }
            }
        }
        scratch.sorted.withUnsafeMutableBufferPointer { sorted in
            scratch.order.withUnsafeBufferPointer { order in
                for k in 0..<n { sorted[k] = values[order[k]] }
            }
        }
    }
}
