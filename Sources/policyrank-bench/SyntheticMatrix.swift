import PolicyRankKit

/// Options × criteria of a synthetic matrix, written "100,000×50" in the table and
/// "100000x50" on the command line.
struct MatrixSize: Equatable {
    var options: Int
    var criteria: Int

    var cells: Int { options * criteria }
    var label: String { "\(BenchReport.grouped(options))×\(criteria)" }
    var argument: String { "\(options)x\(criteria)" }

    init(_ options: Int, _ criteria: Int) {
        self.options = options
        self.criteria = criteria
    }

    /// "NxM" (or "N×M"); nil unless both are positive whole numbers.
    init?(parsing text: String) {
        let parts = text.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let options = Int(parts[0]), let criteria = Int(parts[1]),
            options > 0, criteria > 0
        else { return nil }
        self.init(options, criteria)
    }
}

/// A decision matrix for timing the methods in-process, built straight from numbers: study
/// files would time YAML parsing, which the study benchmarks already cover, and no one writes
/// 100,000 policy files. The same size and seed always give the same matrix.
struct SyntheticMatrix {
    /// PROMETHEE's preference functions on the columns; the other methods ignore them.
    enum Preferences: String, CaseIterable {
        /// The five thresholded shapes, which PROMETHEE II ranks in O(n log n) per criterion.
        case piecewise
        /// `gaussian(s: 15)` everywhere: the one shape that needs the O(n²) double sum.
        case gaussian
    }

    /// Cycled over the columns so every kind of in-between range is timed: a ramp (linear,
    /// v-shape), a constant level, and none at all (usual, u-shape).
    static let piecewiseShapes: [PreferenceShape] = [.linear(q: 5, p: 30), .vShape(p: 20), .usual, .level(q: 5, p: 20), .uShape(q: 10)]

    var size: MatrixSize
    var preferences = Preferences.piecewise
    var seed: UInt64 = 1

    /// Every third criterion is a cost, so direction handling is timed too. Weights are random
    /// and sum to 1, as effective weights do. Values lie on the declared 0...100 scale in steps
    /// of 0.1, as scores are written with few digits, so columns have ties as real data does.
    func make() -> DecisionMatrix {
        var random = SplitMix64(seed: seed)
        let rawWeights = (0..<size.criteria).map { _ in Double(random.int(in: 1...100)) }
        let total = rawWeights.reduce(0, +)
        let columns = rawWeights.indices.map { j in
            DecisionMatrix.Column(
                id: "c\(j + 1)", name: "Criterion \(j + 1)", direction: j % 3 == 2 ? .cost : .benefit,
                weight: rawWeights[j] / total, bounds: 0...100,
                preference: preferences == .gaussian ? .gaussian(s: 15) : Self.piecewiseShapes[j % Self.piecewiseShapes.count])
        }
        // Zero-padded so that tied options, listed by id, come out in numeric order.
        let width = String(size.options).count
        let ids = (1...size.options).map { number in
            let digits = String(number)
            return "o" + String(repeating: "0", count: width - digits.count) + digits
        }
        let values = (0..<size.options).map { _ in
            (0..<size.criteria).map { _ in Double(random.int(in: 0...1_000)) / 10 }
        }
        return DecisionMatrix(options: ids, optionNames: ids.map { "Option \($0.dropFirst())" }, columns: columns, values: values)
    }
}
