/// A piecewise-linear value function: the value of a raw score by linear interpolation
/// between the user's points, constant beyond the first and last point.
///
/// Stored as interleaved (x, v) pairs so that SMAA's sampling loop reads it through a
/// pointer, with the same `interpolate` that resolving the likely matrix uses.
public struct ValueFunction: Sendable, Equatable {
    /// x₀, v₀, x₁, v₁, …, in the order written (validation checks that x increases).
    public let pairs: [Double]

    public init(_ points: [ValueFunctionPoint]) {
        pairs = points.flatMap { [$0.x, $0.v] }
    }

    public func callAsFunction(_ x: Double) -> Double {
        pairs.withUnsafeBufferPointer { Self.interpolate($0, at: x) }
    }

    /// v(x) over interleaved pairs; x itself when there are no points.
    public static func interpolate(_ pairs: UnsafeBufferPointer<Double>, at x: Double) -> Double {
        let count = pairs.count / 2
        guard count > 0 else { return x }
        if x <= pairs[0] { return pairs[1] }
        if x >= pairs[2 * count - 2] { return pairs[2 * count - 1] }
        for k in 1..<max(count, 1) where x <= pairs[2 * k] {
            let x0 = pairs[2 * k - 2], v0 = pairs[2 * k - 1], x1 = pairs[2 * k], v1 = pairs[2 * k + 1]
            return x1 > x0 ? v0 + (v1 - v0) * (x - x0) / (x1 - x0) : v1
        }
        return pairs[2 * count - 1]
    }

    public static func evaluate(_ points: [ValueFunctionPoint], at x: Double) -> Double {
        ValueFunction(points)(x)
    }
}
