/// A scored feasible package as the collectors keep it.
struct ScoredPackage: Sendable {
    var merit: Double
    var score: Double
    var members: UInt64
    var uses: [Double]

    /// The order among packages whose scores tie (within `CompetitionRanking.tolerance`):
    /// fewer members first, then by their ids. Members are positions in id order, so the
    /// lowest bit in which two packages of one size differ belongs to the one listed first.
    static func precedesInTie(_ a: UInt64, _ b: UInt64) -> Bool {
        let (sizeA, sizeB) = (a.nonzeroBitCount, b.nonzeroBitCount)
        if sizeA != sizeB { return sizeA < sizeB }
        let difference = a ^ b
        guard difference != 0 else { return false }
        return a & (1 << UInt64(difference.trailingZeroBitCount)) != 0
    }

    /// Packages in ranking order as `CompetitionRanking` orders options: by exact merit, a
    /// tie group starting at its best merit and holding everything within the tolerance of
    /// it, each group in tie order; with each package's competition rank.
    static func ranked(_ packages: [ScoredPackage]) -> [(rank: Int, package: ScoredPackage)] {
        let sorted = packages.sorted { $0.merit != $1.merit ? $0.merit > $1.merit : precedesInTie($0.members, $1.members) }
        var result: [(rank: Int, package: ScoredPackage)] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[start].merit - sorted[end].merit <= CompetitionRanking.tolerance { end += 1 }
            let group = sorted[start..<end].sorted { precedesInTie($0.members, $1.members) }
            result += group.map { (start + 1, $0) }
            start = end
        }
        return result
    }
}

/// The best package only: what each SMAA sample needs.
struct BestPackageCollector: PackageCollector {
    private var best = -Double.infinity
    /// Every package within the tolerance of the best merit seen so far.
    private var candidates: [ScoredPackage] = []

    mutating func add(merit: Double, score: Double, members: UInt64, uses: UnsafeBufferPointer<Double>) {
        guard merit >= best - CompetitionRanking.tolerance else { return }
        if merit > best {
            best = merit
            candidates.removeAll { $0.merit < best - CompetitionRanking.tolerance }
        }
        candidates.append(ScoredPackage(merit: merit, score: score, members: members, uses: []))
    }

    /// The first package of the ranking, nil when no package is feasible.
    var result: ScoredPackage? { ScoredPackage.ranked(candidates).first?.package }
}

/// Everything `portfolio` reports from one search: how many packages are feasible, the top K
/// and the efficient frontier.
struct FullPackageCollector: PackageCollector {
    let top: Int
    private(set) var feasible = 0
    /// Candidates for the top K: every package that could still be in a tie group reaching it.
    private var kept: [ScoredPackage] = []
    private var threshold = -Double.infinity
    /// `kept`'s size at which to prune next: doubled when ties keep it large, so that pruning
    /// costs O(N log N) in all even when a million packages tie exactly.
    private var pruneAt: Int
    /// The Pareto archive: packages no other seen scores at least as well on while using no
    /// more of any budget, one of the two strictly.
    private var frontier: [ScoredPackage] = []

    init(top: Int) {
        self.top = max(1, top)
        pruneAt = 4 * max(1, top)
    }

    mutating func add(merit: Double, score: Double, members: UInt64, uses: UnsafeBufferPointer<Double>) {
        feasible += 1
        let package = ScoredPackage(merit: merit, score: score, members: members, uses: Array(uses))
        if merit >= threshold - 2 * CompetitionRanking.tolerance {
            kept.append(package)
            if kept.count >= pruneAt {
                prune()
                pruneAt = max(4 * top, 2 * kept.count)
            }
        }
        addToFrontier(package)
    }

    private mutating func prune() {
        let merits = kept.map(\.merit).sorted(by: >)
        threshold = max(threshold, merits[top - 1])
        kept.removeAll { $0.merit < threshold - 2 * CompetitionRanking.tolerance }
    }

    /// Packages with equal merit and equal uses are one point of the frontier: the first in
    /// tie order stands for them (exact ties would otherwise make the archive as long as the
    /// number of packages).
    private mutating func addToFrontier(_ package: ScoredPackage) {
        if let twin = frontier.firstIndex(where: { $0.merit == package.merit && $0.uses == package.uses }) {
            if ScoredPackage.precedesInTie(package.members, frontier[twin].members) { frontier[twin] = package }
            return
        }
        if frontier.contains(where: { Self.dominates($0, package) }) { return }
        frontier.removeAll { Self.dominates(package, $0) }
        frontier.append(package)
    }

    /// a scores at least as well as b and uses no more of any budget, strictly better in one.
    static func dominates(_ a: ScoredPackage, _ b: ScoredPackage) -> Bool {
        guard a.merit >= b.merit else { return false }
        var strictly = a.merit > b.merit
        for (x, y) in zip(a.uses, b.uses) {
            if x > y { return false }
            if x < y { strictly = true }
        }
        return strictly
    }

    /// The top min(K, feasible), competition-ranked; a tie group reaching K is cut at K.
    var ranking: [(rank: Int, package: ScoredPackage)] { Array(ScoredPackage.ranked(kept).prefix(top)) }

    /// The efficient packages by use of the first budget, then by merit, then in tie order.
    var efficient: [ScoredPackage] {
        frontier.sorted { a, b in
            for (x, y) in zip(a.uses, b.uses) where x != y { return x < y }
            if a.merit != b.merit { return a.merit > b.merit }
            return ScoredPackage.precedesInTie(a.members, b.members)
        }
    }
}
