/// ELECTRE III's distillations (Roy 1978; Figueira, Mousseau & Roy 2005, §4.3.2) with the
/// discrimination threshold s(λ) = 0.3 − 0.15 λ: a outranks b at cut level λ when
/// σ(a, b) > λ and σ(a, b) − σ(b, a) > s(σ(a, b)); an option's qualification is how many it
/// outranks minus how many outrank it. The descending distillation takes, class by class,
/// the options of highest qualification (refined at lower and lower cut levels until one is
/// left or λ reaches 0); the ascending one takes the lowest, from the bottom.
///
/// SMAA distils every sample twice, so the loops are written for speed: the sets are compact
/// lists of members, and the comparisons of credibilities (which no branch predictor can
/// learn, since the values are random) feed selects and counts instead of jumps.
/// `DistillationReferenceTests` holds it to a plain statement of the definition.
enum Distillation {
    static func threshold(_ lambda: Double) -> Double { 0.3 - 0.15 * lambda }

    /// Each option's class, 0 first (best), in the descending or ascending preorder.
    static func classes(_ sigma: UnsafeBufferPointer<Double>, n: Int, descending: Bool) -> [Int] {
        let scratch = Scratch(n: n)
        var result = [Int](repeating: 0, count: n)
        result.withUnsafeMutableBufferPointer { classes($0, sigma: sigma, n: n, descending: descending, scratch: scratch) }
        return result
    }

    /// Buffers for distilling n options, made once per workspace and reused for every sample.
    final class Scratch {
        /// strongSigma[a * n + b]: σ(a, b) when the margin σ(a, b) − σ(b, a) > s(σ(a, b)),
        /// else −1; so "a outranks b at λ ≥ 0" is the single comparison strongSigma > λ.
        let strongSigma: UnsafeMutableBufferPointer<Double>
        let remaining: UnsafeMutableBufferPointer<Int>
        let current: UnsafeMutableBufferPointer<Int>
        let qualification: UnsafeMutableBufferPointer<Int>

        init(n: Int) {
            strongSigma = .allocate(capacity: max(n * n, 1))
            remaining = .allocate(capacity: max(n, 1))
            current = .allocate(capacity: max(n, 1))
            qualification = .allocate(capacity: max(n, 1))
        }

        deinit {
            strongSigma.deallocate()
            remaining.deallocate()
            current.deallocate()
            qualification.deallocate()
        }
    }

    /// Writes each option's class (0 best) into `classes`, allocating nothing. `prepared` says
    /// that `scratch` already holds these credibilities' strong margins (`prepare`), as it
    /// does for the second of the two distillations of one matrix.
    ///
    /// `until`: stop once that option's class is extracted. `classes` then holds extraction
    /// steps, not classes (the ascending distillation's first step is its worst class), and
    /// every option not yet extracted the step after. The steps before are unchanged, since
    /// each depends only on the options left: enough to say how every option compares with
    /// that one (`ElectreIII.leads`).
    static func classes(
        _ classes: UnsafeMutableBufferPointer<Int>, sigma: UnsafeBufferPointer<Double>, n: Int, descending: Bool, scratch: Scratch,
        prepared: Bool = false, until stop: Int? = nil
    ) {
        if !prepared { prepare(sigma, n: n, scratch: scratch) }
        let strongSigma = scratch.strongSigma, remaining = scratch.remaining
        let current = scratch.current, qualification = scratch.qualification
        for a in 0..<n { remaining[a] = a }
        var left = n
        var step = 0
        while left > 0 {
            // One class: start from every remaining option, refine at lower cuts.
            for k in 0..<left { current[k] = remaining[k] }
            var count = left
            var lambda = maximum(sigma, n: n, among: current, count: count, below: .infinity)
            while count > 1 {
                let next = maximum(sigma, n: n, among: current, count: count, below: lambda - threshold(lambda))
                for k in 0..<count { qualification[k] = 0 }
                for k in 0..<count {
                    let a = current[k]
                    var own = 0
                    for l in (k + 1)..<max(count, k + 1) {
                        let b = current[l]
                        // +1 when a S b at the cut, −1 when b S a.
                        let balance = (strongSigma[a * n + b] > next ? 1 : 0) - (strongSigma[b * n + a] > next ? 1 : 0)
                        own += balance
                        qualification[l] -= balance
                    }
                    qualification[k] += own
                }
                var target = qualification[0]
                for k in 1..<count { target = descending ? max(target, qualification[k]) : min(target, qualification[k]) }
                // Keep the members at the target, in place and in order, without a jump per member.
                var kept = 0
                for k in 0..<count {
                    current[kept] = current[k]
                    kept += qualification[k] == target ? 1 : 0
                }
                count = kept
                if next <= 0 { break }
                lambda = next
            }
            for k in 0..<count { classes[current[k]] = step }
            // Take the class out of the remaining options (both lists are in index order).
            var kept = 0, taken = 0
            for k in 0..<left {
                let a = remaining[k]
                let inClass = taken < count && current[taken] == a
                remaining[kept] = a
                kept += inClass ? 0 : 1
                taken += inClass ? 1 : 0
            }
            left = kept
            step += 1
            if let stop, (0..<count).contains(where: { current[$0] == stop }) {
                for k in 0..<left { classes[remaining[k]] = step }
                return
            }
        }
        // Descending: the first extracted is best; ascending extracts from the bottom.
        if !descending { for a in 0..<n { classes[a] = step - 1 - classes[a] } }
    }

    /// The strong margins of `sigma` into `scratch`: they do not depend on the cut level.
    static func prepare(_ sigma: UnsafeBufferPointer<Double>, n: Int, scratch: Scratch) {
        let strongSigma = scratch.strongSigma
        for a in 0..<n {
            for b in 0..<n {
                let forward = sigma[a * n + b]
                let strong = a != b && forward - sigma[b * n + a] > threshold(forward)
                strongSigma[a * n + b] = strong ? forward : -1
            }
        }
    }

    /// The largest σ(a, b) among distinct members a, b that is below `limit`; 0 when none.
    private static func maximum(
        _ sigma: UnsafeBufferPointer<Double>, n: Int, among members: UnsafeMutableBufferPointer<Int>, count: Int, below limit: Double
    ) -> Double {
        var best = 0.0
        for k in 0..<count {
            let a = members[k]
            for l in (k + 1)..<max(count, k + 1) {
                let b = members[l]
                let one = below(sigma[a &* n &+ b], limit), other = below(sigma[b &* n &+ a], limit)
                let larger = one > other ? one : other
                best = larger > best ? larger : best
            }
        }
        return best
    }

    /// x when it is below the limit, else 0 (credibilities are never negative): an integer
    /// mask, where a select of Doubles compiled to a jump that random credibilities mispredict.
    @inline(__always)
    private static func below(_ x: Double, _ limit: Double) -> Double {
        let keep: UInt64 = x < limit ? .max : 0
        return Double(bitPattern: x.bitPattern & keep)
    }

    /// Every pair's relation in the final preorder, row-major.
    static func fill(_ relations: UnsafeMutableBufferPointer<OutrankingRelation>, n: Int, descending: [Int], ascending: [Int]) {
        descending.withUnsafeBufferPointer { descending in
            ascending.withUnsafeBufferPointer { ascending in fill(relations, n: n, descending: descending, ascending: ascending) }
        }
    }

    static func fill(
        _ relations: UnsafeMutableBufferPointer<OutrankingRelation>, n: Int, descending: UnsafeBufferPointer<Int>, ascending: UnsafeBufferPointer<Int>
    ) {
        for a in 0..<n {
            for b in 0..<n { relations[a * n + b] = relation(descending[a], descending[b], ascending[a], ascending[b]) }
        }
    }

    /// The final preorder: ahead in one distillation and not behind in the other is preferred.
    static func relation(_ a: Int, _ b: Int, descending: [Int], ascending: [Int]) -> OutrankingRelation {
        relation(descending[a], descending[b], ascending[a], ascending[b])
    }

    /// How a compares with b from their classes in each distillation (lower is better).
    static func relation(_ downA: Int, _ downB: Int, _ upA: Int, _ upB: Int) -> OutrankingRelation {
        let first = downA < downB ? 1 : (downA > downB ? -1 : 0)
        let second = upA < upB ? 1 : (upA > upB ? -1 : 0)
        switch (first, second) {
        case (0, 0): return .indifferent
        case (1, 1), (1, 0), (0, 1): return .preferred
        case (-1, -1), (-1, 0), (0, -1): return .preferredBy
        default: return .incomparable
        }
    }
}
