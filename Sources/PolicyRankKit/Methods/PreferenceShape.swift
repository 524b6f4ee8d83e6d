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
    /// ELECTRE III's thresholds (Roy 1978); to PROMETHEE it is `linear(q, p)`. No veto: nil.
    case electre(q: Double, p: Double, v: Double?)

    init(_ function: PreferenceFunction) {
        let q = function.q?.value ?? 0, p = function.p?.value ?? 0, s = function.s?.value ?? 1
        switch function.function.value {
        case "u-shape": self = .uShape(q: q)
        case "v-shape": self = .vShape(p: p)
        case "level": self = .level(q: q, p: p)
        case "linear": self = .linear(q: q, p: p)
        case "gaussian": self = .gaussian(s: s)
        case "electre": self = .electre(q: q, p: p, v: function.v?.value)
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
        case .linear(let q, let p), .electre(let q, let p, _): return d > p ? 1 : (d > q ? (d - q) / (p - q) : 0)
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
        case .linear(let q, let p), .electre(let q, let p, _): return (q, p, true, 0)
        case .gaussian: return nil
        }
    }

    /// ELECTRE III's indifference, preference and veto thresholds read from this function:
    /// its q and p where it has them (u-shape: q = p; v-shape: q = 0), and a veto only from
    /// `electre`; the usual and Gaussian functions have none (q = p = 0).
    var outrankingThresholds: (q: Double, p: Double, v: Double?) {
        switch self {
        case .usual, .gaussian: return (0, 0, nil)
        case .uShape(let q): return (q, q, nil)
        case .vShape(let p): return (0, p, nil)
        case .level(let q, let p), .linear(let q, let p): return (q, p, nil)
        case .electre(let q, let p, let v): return (q, p, v)
        }
    }
}
