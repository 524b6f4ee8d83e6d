/// Weights derived by a weighting method, with AHP's consistency figures when it applies.
public struct WeightingResult: Sendable {
    public struct Consistency: Sendable {
        public var lambdaMax: Double
        public var ci: Double
        public var ri: Double
        public var cr: Double
        /// The judgement that disagrees most with the derived weights, for CR > 0.1.
        public var worstJudgement: (row: String, column: String, given: Double, implied: Double)?
    }

    public var method: String
    public var criteria: [String]
    public var weights: [Double]
    public var consistency: Consistency?
    public var notes: [String] = []
}
