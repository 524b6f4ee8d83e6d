/// Entropy and CRITIC weights for a study's leaf criteria, from the scores it is ranked at.
extension ObjectiveWeights {
    /// The raw decision matrix: level labels as their numbers, uncertain scores at `likely`,
    /// value functions applied (so a criterion with one is read as a benefit in [0, 1]).
    public static func entropy(problem: DecisionProblem) -> WeightingResult {
        let matrix = problem.matrix(weights: problem.weights.weights)
        var result = entropy(criteria: matrix.columns.map(\.id), matrix: matrix.values.rowArrays)
        if matrix.values.storage.contains(where: { $0 < 0 }) {
            result.notes.append("Some scores are negative; entropy weights assume non-negative scores.")
        }
        return result
    }

    public static func critic(problem: DecisionProblem) -> WeightingResult {
        let matrix = problem.matrix(weights: problem.weights.weights)
        return critic(criteria: matrix.columns.map(\.id), directions: matrix.columns.map(\.direction), matrix: matrix.values.rowArrays)
    }
}
