@testable import PolicyRankKit

/// Tests build studies in memory; these resolve one the way a command does.
extension Study {
    var problem: DecisionProblem { DecisionProblem(validated: self) }

    func ranked(_ choices: RankOptions = RankOptions()) throws -> RankedProblem {
        try RankedProblem(problem: problem, choices: choices)
    }

    func evaluator(_ choices: RankOptions = RankOptions()) throws -> WeightedEvaluator {
        try ranked(choices).evaluator
    }

    func smaa(_ choices: RankOptions = RankOptions(), configuration: SMAA.Configuration) throws -> SMAA.Result {
        let base = try ranked(choices)
        return SMAA.run(problem: base.problem, plan: base.plan, configuration: configuration)
    }
}
