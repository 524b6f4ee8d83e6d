import Foundation

/// A PROMETHEE generalised criterion (Brans & Vincke 1985, Table 1): how strongly a
/// difference d = g(a) − g(b) makes a preferred to b, from 0 (indifferent) to 1 (strict).
/// q is the indifference threshold, p the preference threshold, s the Gaussian's inflection.
public enum PreferenceShape: Sendable, Equatable {
    case usual
    case uShape(q: Double)
    case vShape(p: Double)
    case level(q: Double, p: Double)
    case linear(q: Double, p: Double)
    case gaussian(s: Double)

    init(_ function: PreferenceFunction) {
        let q = function.q?.value ?? 0, p = function.p?.value ?? 0, s = function.s?.value ?? 1
        switch function.function.value {
        case "u-shape": self = .uShape(q: q)
        case "v-shape": self = .vShape(p: p)
        case "level": self = .level(q: q, p: p)
        case "linear": self = .linear(q: q, p: p)
        case "gaussian": self = .gaussian(s: s)
        default: self = .usual
        }
    }

    /// P(d).
    public func preference(_ d: Double) -> Double {
        guard d > 0 else { return 0 }
        switch self {
        case .usual: return 1
        case .uShape(let q): return d > q ? 1 : 0
        case .vShape(let p): return d > p ? 1 : d / p
        case .level(let q, let p): return d > p ? 1 : (d > q ? 0.5 : 0)
        case .linear(let q, let p): return d > p ? 1 : (d > q ? (d - q) / (p - q) : 0)
        case .gaussian(let s): return 1 - exp(-(d * d) / (2 * s * s))
        }
    }

    /// The function as thresholds (q, p): P is 0 up to q, 1 beyond p, and between them
    /// either a ramp or the constant `middle`. nil for the Gaussian, which is not piecewise.
    var piecewise: (q: Double, p: Double, ramp: Bool, middle: Double)? {
        switch self {
        case .usual: return (0, 0, false, 0)
        case .uShape(let q): return (q, q, false, 0)
        case .vShape(let p): return (0, p, true, 0)
        case .level(let q, let p): return (q, p, false, 0.5)
        case .linear(let q, let p): return (q, p, true, 0)
        case .gaussian: return nil
        }
    }
}
