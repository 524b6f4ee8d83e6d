/// The normalizations of DESIGN §2, turning a criterion's column of values into
/// comparable, direction-aware numbers (higher is better, except `none`).
///
/// Degenerate columns never divide by zero: a constant column under `minmax` gives every
/// option 1 (it cannot separate them); an all-zero column under `sum` or `vector` gives 0
/// for a benefit and 1 for a cost; `linear` cost gives 1 to a zero value.
public enum Normalization: String, Sendable, CaseIterable {
    case scale, minmax, max, linear, sum, vector, none

    /// Normalizes one criterion's values. `bounds` is the criterion's declared scale,
    /// used only by `scale`.
    public func apply(_ column: [Double], direction: Direction, bounds: ClosedRange<Double>) -> [Double] {
        let benefit = direction == .benefit
        switch self {
        case .none:
            return column
        case .scale:
            let span = bounds.upperBound - bounds.lowerBound
            guard span > 0 else { return column.map { _ in 1 } }
            return column.map { benefit ? ($0 - bounds.lowerBound) / span : (bounds.upperBound - $0) / span }
        case .minmax:
            guard let low = column.min(), let high = column.max(), high > low else { return column.map { _ in 1 } }
            return column.map { benefit ? ($0 - low) / (high - low) : (high - $0) / (high - low) }
        case .max:
            guard let high = column.max(), high != 0 else { return column.map { _ in benefit ? 0 : 1 } }
            return column.map { benefit ? $0 / high : 1 - $0 / high }
        case .linear:
            if benefit {
                guard let high = column.max(), high != 0 else { return column.map { _ in 0 } }
                return column.map { $0 / high }
            }
            let low = column.min() ?? 0
            return column.map { $0 == 0 ? 1 : low / $0 }
        case .sum:
            if benefit {
                let total = column.reduce(0, +)
                return column.map { total == 0 ? 0 : $0 / total }
            }
            guard !column.contains(0) else { return column.map { $0 == 0 ? 1 : 0 } }
            let total = column.reduce(0) { $0 + 1 / $1 }
            return column.map { (1 / $0) / total }
        case .vector:
            let norm = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return column.map { _ in benefit ? 0 : 1 } }
            return column.map { benefit ? $0 / norm : 1 - $0 / norm }
        }
    }

    /// The formula, for `--help` and the README.
    public var formula: String {
        switch self {
        case .scale: "(x − lo)/(hi − lo) on the declared scale; cost: (hi − x)/(hi − lo)"
        case .minmax: "(x − min)/(max − min); cost: (max − x)/(max − min)"
        case .max: "x/max; cost: 1 − x/max"
        case .linear: "x/max; cost: min/x"
        case .sum: "x/Σx; cost: (1/x)/Σ(1/x)"
        case .vector: "x/√Σx²; cost: 1 − x/√Σx²"
        case .none: "raw values; the method handles direction"
        }
    }
}
