import PolicyRankKit

/// `policyrank-bench generate DIR`: writes a synthetic study for anyone who wants to try
/// policyrank at scale, and validates it before saying so, so a generator bug cannot hand
/// users a broken study.
enum GenerateCommand {
    static func run(_ options: BenchCommand.GenerateOptions) throws(BenchError) -> String {
        try StudyGenerator(policyCount: options.policies, seed: options.seed).write(to: options.directory)
        let study = try StudyCheck.loadValid(options.directory)
        return "Wrote \(options.directory): \(BenchmarkSuite.size(of: study)) (seed \(options.seed)); it validates with 0 errors."
    }
}
