/// ELECTRE III's thresholds per criterion (`PreferenceShape.outrankingThresholds`) as flat
/// arrays, with the criteria that have a veto listed: what the credibility loop reads for
/// every pair, so it is read from the preference shapes once per workspace.
struct OutrankingThresholds {
    let q: [Double]
    let p: [Double]
    /// The veto threshold; only meaningful for the columns in `vetoColumns`.
    let v: [Double]
    let vetoColumns: [Int]

    init(_ shapes: [PreferenceShape]) {
        let thresholds = shapes.map(\.outrankingThresholds)
        q = thresholds.map(\.q)
        p = thresholds.map(\.p)
        v = thresholds.map { $0.v ?? .infinity }
        vetoColumns = thresholds.indices.filter { thresholds[$0].v != nil }
    }

    /// c_j: 1 if Δ ≤ q, 0 if Δ ≥ p, (p − Δ)/(p − q) between. Both sides are computed and one
    /// selected, so the comparisons of random data are not jumps the predictor misses.
    @inline(__always)
    func concordance(_ j: Int, _ advantage: Double) -> Double {
        let q = self.q[j], p = self.p[j]
        let between = (p - advantage) / (p - q)
        return advantage <= q ? 1 : (advantage >= p ? 0 : between)
    }

    /// d_j: 0 if Δ ≤ p, 1 if Δ ≥ v, (Δ − p)/(v − p) between.
    @inline(__always)
    func discordance(_ j: Int, _ advantage: Double) -> Double {
        let p = self.p[j], v = self.v[j]
        return advantage <= p ? 0 : (advantage >= v ? 1 : (advantage - p) / (v - p))
    }
}
