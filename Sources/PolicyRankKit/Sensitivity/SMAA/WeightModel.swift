/// How SMAA samples the leaf criteria's weights (Lahdelma & Salminen 2001, §3; Tervonen &
/// Lahdelma 2007 for the sampling).
public enum WeightModel: Sendable, Equatable {
    /// Uniform on the simplex: no preference information. Exact, by normalized exponential
    /// spacings (a Dirichlet(1, …, 1)); drawing each weight in [0, 1] and renormalizing would
    /// favour the centre of the simplex.
    case uniform
    /// Uniform on the part of the simplex that keeps the stated order of the weights.
    case ordinal
    /// Dirichlet around the stated weights w, with parameters α_j = concentration · w_j:
    /// mean w, variance w_j (1 − w_j)/(concentration + 1).
    case dirichlet(concentration: Double)
    /// The stated weights in every sample: only the uncertain scores vary (the robustness of
    /// `rank`'s own answer, at the weights it uses).
    case fixed

    public var name: String {
        switch self {
        case .uniform: "uniform"
        case .fixed: "fixed"
        case .ordinal: "ordinal"
        case .dirichlet: "dirichlet"
        }
    }
}

/// Draws weight vectors for one model and one set of stated weights.
struct WeightSampler {
    let model: WeightModel
    let stated: [Double]
    /// For `ordinal`: criterion indices by stated weight, heaviest first, and where each run
    /// of equal stated weights ends (equal weights impose no order, so they are shuffled).
    private let order: [Int]
    private let tiedRuns: [Range<Int>]
    private let ziggurat: ExponentialZiggurat

    /// A sampler with buffers of its own, for one worker's block (see `ExponentialZiggurat.localCopy`).
    func localCopy() -> WeightSampler {
        WeightSampler(model: model, stated: stated.map { $0 }, ziggurat: ziggurat.localCopy())
    }

    init(model: WeightModel, stated: [Double], ziggurat: ExponentialZiggurat = .shared) {
        self.model = model
        self.stated = stated
        self.ziggurat = ziggurat
        order = stated.indices.sorted { stated[$0] != stated[$1] ? stated[$0] > stated[$1] : $0 < $1 }
        var runs: [Range<Int>] = []
        var start = 0
        for k in 1...order.count where k == order.count || stated[order[k]] != stated[order[start]] {
            runs.append(start..<k)
            start = k
        }
        tiedRuns = runs
    }

    /// Draws one weight vector into `weights` (one slot per criterion). A buffer, not an
    /// array: pinning an array once per sample cost a reference count in SMAA's loop.
    func sample(into weights: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        switch model {
        case .fixed:
            break
        case .uniform:
            fillExponential(weights, &random)
        case .ordinal:
            fillExponential(weights, &random)
            var sorted = weights.sorted(by: >)
            for run in tiedRuns where run.count > 1 {
                for k in run.reversed().dropLast() {
                    let other = run.lowerBound + Int(random.next() % UInt64(k - run.lowerBound + 1))
                    sorted.swapAt(k, other)
                }
            }
            for (position, criterion) in order.enumerated() { weights[criterion] = sorted[position] }
        case .dirichlet(let concentration):
            var total = 0.0
            for j in weights.indices {
                weights[j] = random.gamma(concentration * stated[j])
                total += weights[j]
            }
            if total > 0 && total.isFinite {
                for j in weights.indices { weights[j] /= total }
            } else {
                // Every Gamma draw underflowed (tiny α): the stated weights, not a vector of 0s
                // that would tie every option.
                for j in weights.indices { weights[j] = stated[j] }
            }
        }
    }

    /// The array form, for callers outside a sampling loop.
    func sample(into weights: inout [Double], _ random: inout RandomStream) {
        weights.withUnsafeMutableBufferPointer { sample(into: $0, &random) }
    }

    private func fillExponential(_ weights: UnsafeMutableBufferPointer<Double>, _ random: inout RandomStream) {
        let total = ziggurat.fill(weights, &random)
        for j in weights.indices { weights[j] /= total }
    }
}
