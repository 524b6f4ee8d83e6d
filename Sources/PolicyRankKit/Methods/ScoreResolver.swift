/// Turns what a policy wrote into numbers on its criterion's scale.
enum ScoreResolver {
    /// The number of a score value on `criterion`'s scale: a number as is, a label as its
    /// level's number; nil when a label is unknown or used on a numeric scale.
    static func number(_ value: ScoreValue, on criterion: Criterion) -> Double? {
        switch value {
        case .number(let number):
            if case .levels = criterion.scale?.value { return nil }
            return number
        case .label(let label):
            return criterion.scale?.value.level(named: label)?.value
        }
    }

    /// The value a score is ranked at: the point, `likely`, or the midpoint of `{low, high}`.
    static func likely(_ score: Score, on criterion: Criterion) -> Double? {
        switch score {
        case .point(let value):
            return number(value, on: criterion)
        case .triangular(_, let likely, _):
            return number(likely, on: criterion)
        case .uniform(let low, let high):
            guard let low = number(low, on: criterion), let high = number(high, on: criterion) else { return nil }
            return (low + high) / 2
        }
    }
}
