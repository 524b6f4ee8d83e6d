import Foundation

/// Σ_b P(x_a − x_b) ("outgoing") and Σ_b P(x_b − x_a) ("incoming") for every option a of one
/// criterion, without the n × n matrix.
///
/// For a piecewise-linear P with thresholds q ≤ p, the options b split by x_b into three
/// ranges around x_a: strictly preferred (d > p, P = 1), in between (q < d ≤ p: a ramp
/// (d − q)/(p − q) or a constant level) and indifferent (d ≤ q, P = 0). With the values
/// sorted and their prefix sums, each range's sum is closed form, and because the four
/// cut-offs x − p, x − q, x + q, x + p only grow with x, one sweep in value order finds them
/// all with four forward-moving pointers: O(n) after the sort (`RadixSort`: linear, O(n log n)
/// at worst).
enum PreferenceFlows {
    struct Sums {
        var outgoing: [Double]
        var incoming: [Double]
    }

    /// Convenience for one column (tests, small studies).
    static func sums(_ values: [Double], shape: PreferenceShape) -> Sums {
        var flows = [Double](repeating: 0, count: 2 * values.count)
        let scratch = FlowScratch(count: values.count)
        values.withUnsafeBufferPointer { values in
            flows.withUnsafeMutableBufferPointer { sums(values, shape: shape, scratch: scratch, flows: $0) }
        }
        return Sums(outgoing: values.indices.map { flows[2 * $0] }, incoming: values.indices.map { flows[2 * $0 + 1] })
    }

    /// Writes option a's outgoing sum to `flows[2a]` and its incoming sum to `flows[2a + 1]`,
    /// reusing `scratch`. The pair shares a cache line: the sweep visits options in value
    /// order, so each write lands at a random place, and one miss per option beats two.
    static func sums(
        _ values: UnsafeBufferPointer<Double>, shape: PreferenceShape, scratch: FlowScratch,
        flows: UnsafeMutableBufferPointer<Double>
    ) {
        guard let piece = shape.piecewise else {
            quadratic(values, shape: shape, flows: flows)
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
                    // Equal values have equal flows, so a run of ties (scores are written with
                    // few digits) computes them once.
                    var belowP = 0, belowQ = 0, upToQ = 0, upToP = 0
                    var previous = Double.nan, out = 0.0, into = 0.0
                    for k in 0..<n {
                        let x = sorted[k]
                        if x != previous {
                            previous = x
                            while belowP < n && sorted[belowP] < x - p { belowP += 1 }
                            while belowQ < n && sorted[belowQ] < x - q { belowQ += 1 }
                            while upToQ < n && sorted[upToQ] <= x + q { upToQ += 1 }
                            while upToP < n && sorted[upToP] <= x + p { upToP += 1 }
                            // Outgoing: d = x − x_b; strictly preferred below x − p, in between up to x − q.
                            out = Double(belowP)
                            let outCount = belowQ - belowP
                            if outCount > 0 {
                                out += ramp ? (Double(outCount) * (x - q) - (prefix[belowQ] - prefix[belowP])) / rampWidth : level * Double(outCount)
                            }
                            // Incoming: d = x_b − x; in between above x + q up to x + p, strictly beyond x + p.
                            into = Double(n - upToP)
                            let inCount = upToP - upToQ
                            if inCount > 0 {
                                into += ramp ? ((prefix[upToP] - prefix[upToQ]) - Double(inCount) * (x + q)) / rampWidth : level * Double(inCount)
                            }
                        }
                        let a = Int(order[k])
                        flows[2 * a] = out
                        flows[2 * a + 1] = into
                    }
                }
            }
        }
    }

    /// The Gaussian has no thresholds: the exact double sum, O(n²) time, O(n) memory.
    private static func quadratic(
        _ values: UnsafeBufferPointer<Double>, shape: PreferenceShape,
        flows: UnsafeMutableBufferPointer<Double>
    ) {
        for (a, x) in values.enumerated() {
            var out = 0.0, into = 0.0
            for y in values {
                out += shape.preference(x - y)
                into += shape.preference(y - x)
            }
            flows[2 * a] = out
            flows[2 * a + 1] = into
        }
    }
}
