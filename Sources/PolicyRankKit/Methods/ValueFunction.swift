/// Piecewise-linear value functions: the value of a raw score by linear interpolation
/// between the user's points, constant beyond the first and last point.
public enum ValueFunction {
    public static func evaluate(_ points: [ValueFunctionPoint], at x: Double) -> Double {
        guard let first = points.first, let last = points.last else { return x }
        if x <= first.x { return first.v }
        if x >= last.x { return last.v }
        for (a, b) in zip(points, points.dropFirst()) where x <= b.x {
            guard b.x > a.x else { return b.v }
            return a.v + (b.v - a.v) * (x - a.x) / (b.x - a.x)
        }
        return last.v
    }
}
