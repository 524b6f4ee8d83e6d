/// One worker's buffers for `PreferenceFlows`, reused across criteria: fresh arrays for every
/// column of a 100,000-option matrix cost more in page faults than the sort itself.
final class FlowScratch {
    var keys: [UInt32]
    var nextKeys: [UInt32]
    /// Option indices; 32 bits halve the memory the sort moves (n < 2³² options).
    var order: [UInt32]
    var nextOrder: [UInt32]
    var sorted: [Double]
    var prefix: [Double]
    var histograms: [Int]

    init(count n: Int) {
        precondition(n < Int(UInt32.max), "at most 2³² − 1 options")
        keys = Array(repeating: 0, count: n)
        nextKeys = keys
        order = Array(repeating: 0, count: n)
        nextOrder = order
        sorted = Array(repeating: 0, count: n)
        prefix = Array(repeating: 0, count: n + 1)
        histograms = Array(repeating: 0, count: RadixSort.passes * RadixSort.buckets)
    }
}

/// Sorts a column of Doubles in linear time for `PreferenceFlows`.
///
/// An LSD radix sort on the top 32 bits of each value's order-preserving 64-bit key (sign,
/// exponent and 20 bits of mantissa): three passes of 11 bits, all histograms from one scan,
/// skipping passes in which every key has the same digit. Values that share those 32 bits
/// differ by less than about one part in a million (1 unit near 10⁶, so raw budgets or
/// populations under `none` can share them); a run of them that is not one repeated value is
/// finished in place, by insertion for a short run and by a comparison sort for a long one,
/// so the result is exact and the worst case stays O(n log n). Moving 32-bit keys and
/// indices instead of 64-bit ones through half as many passes makes this about four times
/// less memory traffic than a full 64-bit radix sort.
enum RadixSort {
    static let bits = 11
    static let buckets = 1 << bits
    static let passes = (32 + bits - 1) / bits

    /// The permutation that sorts `values`.
    static func order(_ values: [Double]) -> [Int] {
        let scratch = FlowScratch(count: values.count)
        values.withUnsafeBufferPointer { sort($0, scratch: scratch) }
        return scratch.order.map(Int.init)
    }

    /// Unsigned order of the key = numeric order of the value: flip a negative entirely and a
    /// positive's sign bit; −0 counts as 0.
    @inline(__always)
    static func key(_ value: Double) -> UInt64 {
        let raw = (value == 0 ? 0.0 : value).bitPattern
        return raw & (1 << 63) != 0 ? ~raw : raw | (1 << 63)
    }

    /// Sorts into `scratch.order` (the permutation) and `scratch.sorted` (the values).
    static func sort(_ values: UnsafeBufferPointer<Double>, scratch: FlowScratch) {
        let n = values.count
        precondition(scratch.keys.count == n, "scratch sized for \(scratch.keys.count) values, given \(n)")
        if n <= smallSortLimit { return insertionSortAll(values, scratch: scratch) }
        scratch.keys.withUnsafeMutableBufferPointer { keys in
            scratch.order.withUnsafeMutableBufferPointer { order in
                scratch.nextKeys.withUnsafeMutableBufferPointer { nextKeys in
                    scratch.nextOrder.withUnsafeMutableBufferPointer { nextOrder in
                        scratch.histograms.withUnsafeMutableBufferPointer { histograms in
                            sortKeys(values, keys: keys, order: order, spareKeys: nextKeys, spareOrder: nextOrder, histograms: histograms)
                        }
                    }
                }
                scratch.sorted.withUnsafeMutableBufferPointer { sorted in
                    for k in 0..<n { sorted[k] = values[Int(order[k])] }
                    finishRuns(keys: UnsafeBufferPointer(keys), order: order, sorted: sorted)
                }
            }
        }
    }

    /// Up to this many values are sorted by insertion: clearing the 3 × 2,048 histograms
    /// would cost more than sorting a handful of values (SMAA sorts every criterion of a
    /// five-option study once per sample).
    static let smallSortLimit = 48

    /// A stable insertion sort by value into `scratch.order` and `scratch.sorted`.
    private static func insertionSortAll(_ values: UnsafeBufferPointer<Double>, scratch: FlowScratch) {
        scratch.order.withUnsafeMutableBufferPointer { order in
            scratch.sorted.withUnsafeMutableBufferPointer { sorted in
                for k in 0..<values.count {
                    let value = values[k]
                    var slot = k
                    while slot > 0, sorted[slot - 1] > value {
                        sorted[slot] = sorted[slot - 1]
                        order[slot] = order[slot - 1]
                        slot -= 1
                    }
                    sorted[slot] = value
                    order[slot] = UInt32(truncatingIfNeeded: k)
                }
            }
        }
    }

    /// Radix-sorts the 32-bit keys of `values`, leaving keys and indices in `keys` and `order`.
    private static func sortKeys(
        _ values: UnsafeBufferPointer<Double>, keys: UnsafeMutableBufferPointer<UInt32>, order: UnsafeMutableBufferPointer<UInt32>,
        spareKeys: UnsafeMutableBufferPointer<UInt32>, spareOrder: UnsafeMutableBufferPointer<UInt32>,
        histograms: UnsafeMutableBufferPointer<Int>
    ) {
        let n = values.count
        let mask = UInt32(buckets - 1)
        for k in 0..<histograms.count { histograms[k] = 0 }
        for k in 0..<n {
            let top = UInt32(truncatingIfNeeded: key(values[k]) >> 32)
            keys[k] = top
            order[k] = UInt32(truncatingIfNeeded: k)
            for pass in 0..<passes { histograms[pass * buckets + Int((top >> UInt32(pass * bits)) & mask)] += 1 }
        }
        var source = (keys, order), target = (spareKeys, spareOrder)
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
            let shift = UInt32(pass * bits)
            for k in 0..<n {
                let bucket = base + Int((source.0[k] >> shift) & mask)
                let position = histograms[bucket]
                histograms[bucket] = position + 1
                target.0[position] = source.0[k]
                target.1[position] = source.1[k]
            }
            swap(&source, &target)
        }
        // Leave the result in `keys` and `order`, whichever buffers the last pass wrote.
        if source.0.baseAddress != keys.baseAddress {
            for k in 0..<n {
                keys[k] = source.0[k]
                order[k] = source.1[k]
            }
        }
    }

    /// Runs of equal 32-bit keys up to this long are finished by insertion, without allocating.
    static let insertionRunLimit = 32

    /// Sorts each run of equal 32-bit keys whose values are not all equal by full value.
    private static func finishRuns(keys: UnsafeBufferPointer<UInt32>, order: UnsafeMutableBufferPointer<UInt32>, sorted: UnsafeMutableBufferPointer<Double>) {
        let n = keys.count
        var start = 0
        while start < n {
            var end = start + 1
            var uniform = true
            while end < n && keys[end] == keys[start] {
                if sorted[end] != sorted[start] { uniform = false }
                end += 1
            }
            if !uniform {
                if end - start <= insertionRunLimit {
                    insertionSort(start..<end, order: order, sorted: sorted)
                } else {
                    let run = (start..<end).map { (value: sorted[$0], index: order[$0]) }.sorted { $0.value < $1.value }
                    for (offset, entry) in run.enumerated() {
                        sorted[start + offset] = entry.value
                        order[start + offset] = entry.index
                    }
                }
            }
            start = end
        }
    }

    private static func insertionSort(_ range: Range<Int>, order: UnsafeMutableBufferPointer<UInt32>, sorted: UnsafeMutableBufferPointer<Double>) {
        for k in (range.lowerBound + 1)..<range.upperBound {
            let value = sorted[k], index = order[k]
            var slot = k
            while slot > range.lowerBound && sorted[slot - 1] > value {
                sorted[slot] = sorted[slot - 1]
                order[slot] = order[slot - 1]
                slot -= 1
            }
            sorted[slot] = value
            order[slot] = index
        }
    }
}
