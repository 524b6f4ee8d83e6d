/// A policy's score on one criterion: a point, or a range that sensitivity analysis samples.
public enum Score: Sendable, Equatable {
    case point(ScoreValue)
    /// `{low, likely, high}`: triangular uncertainty.
    case triangular(low: ScoreValue, likely: ScoreValue, high: ScoreValue)
    /// `{low, high}`: uniform uncertainty.
    case uniform(low: ScoreValue, high: ScoreValue)

    /// The score as the policy file wrote it, in the one notation of every table, report and
    /// explanation: a level by its label, a number in shortest form, `{low, likely, high}` as
    /// "likely (low–high)" and `{low, high}` as "low–high" (spaced dashes when a value is
    /// negative, so "−2 – 3" does not read as "−2–3").
    public var written: String {
        let negative = values.contains { if case .number(let x) = $0 { x < 0 } else { false } }
        let dash = negative ? " – " : "–"
        switch self {
        case .point(let value): return value.description
        case .triangular(let low, let likely, let high): return "\(likely) (\(low)\(dash)\(high))"
        case .uniform(let low, let high): return "\(low)\(dash)\(high)"
        }
    }

    /// The values written, in order, for rules that check each one.
    public var values: [ScoreValue] {
        switch self {
        case .point(let value): [value]
        case .triangular(let low, let likely, let high): [low, likely, high]
        case .uniform(let low, let high): [low, high]
        }
    }
}

/// A number on a numeric scale or a level label on a qualitative one.
public enum ScoreValue: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case label(String)

    public var description: String {
        switch self {
        case .number(let value): NumberFormat.plain(value)
        case .label(let label): label
        }
    }
}
