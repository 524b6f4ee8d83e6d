import Foundation

/// Σ_b P(x_a − x_b) ("outgoing") and Σ_b P(x_b − x_a) ("incoming") for every option a of one
/// criterion, without the n × n matrix.
///
/// For a piecewise-linear P with thresholds q ≤ p, the options b split by x_b into three
/// ranges around x_a: strictly preferred (d > p, P = 1), in between (q < d ≤ p: a ramp
/// (d − q)/(p − q) or a constant level) and indifferent (d ≤ q, P = 0). With the values sorted
/// and prefix sums of them, each range is two binary searches and its sum is closed form.
enum PreferenceFlows {
    struct Sums {
        var outgoing: [Double]
        var incoming: [Double]
    }

    static func sums(_ values: [Double], shape: PreferenceShape) -> Sums {
        guard let piece = shape.piecewise else { return quadratic(values, shape: shape) }
        let sorted = values.sorted()
        var prefix = [0.0]
        prefix.reserveCapacity(sorted.count + 1)
        for value in sorted { prefix.append(prefix[prefix.count - 1] + value) }
        let n = sorted.count
        var outgoing = [Double](repeating: 0, count: n), incoming = outgoing
        for (a, x) in values.enumerated() {
            // Outgoing: d = x − x_b. d > p ⇔ x_b < x − p; q < d ≤ p ⇔ x − p ≤ x_b < x − q.
            let strictOut = countBelow(sorted, x - piece.p)
            let middleOutEnd = countBelow(sorted, x - piece.q)
            outgoing[a] = Double(strictOut) + middle(piece, from: strictOut, to: middleOutEnd, prefix: prefix) { count, sum in
                (Double(count) * (x - piece.q) - sum) / (piece.p - piece.q)
            }
            // Incoming: d = x_b − x. d > p ⇔ x_b > x + p; q < d ≤ p ⇔ x + q < x_b ≤ x + p.
            let middleInStart = countAtOrBelow(sorted, x + piece.q)
            let strictInStart = countAtOrBelow(sorted, x + piece.p)
            incoming[a] = Double(n - strictInStart) + middle(piece, from: middleInStart, to: strictInStart, prefix: prefix) { count, sum in
                (sum - Double(count) * (x + piece.q)) / (piece.p - piece.q)
            }
        }
        return Sums(outgoing: outgoing, incoming: incoming)
    }

    /// The sum of P over sorted[from..<to], the in-between range.
    private static func middle(_ piece: (q: Double, p: Double, ramp: Bool, middle: Double), from: Int, to: Int,
                               prefix: [Double], ramp: (Int, Double) -> Double) -> Double {
        guard to > from else { return 0 }
        let count = to - from
        return piece.ramp ? ramp(count, prefix[to] - prefix[from]) : piece.middle * Double(count)
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

    /// The number of sorted values < t.
    static func countBelow(_ sorted: [Double], _ t: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < t { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The number of sorted values ≤ t.
    static func countAtOrBelow(_ sorted: [Double], _ t: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
