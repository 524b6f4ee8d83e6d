import PolicyRankKit

/// `policyrank-bench generate DIR`: writes a synthetic study for anyone who wants to try
/// policyrank at scale (or SMAA-2 on uncertain scores, with `--kind smaa`), and validates it
/// before saying so, so a generator bug cannot hand users a broken study.
enum GenerateCommand {
    static func run(_ options: BenchCommand.GenerateOptions) throws(BenchError) -> String {
        switch options.kind {
        case .large:
            try StudyGenerator(policyCount: options.policies, seed: options.seed).write(to: options.directory)
            let study = try StudyCheck.loadValid(options.directory)
            return "Wrote \(options.directory): \(BenchmarkSuite.size(of: study)) (seed \(options.seed)); it validates with 0 errors."
        case .smaa:
            try SMAAStudyGenerator(seed: options.seed).write(to: options.directory)
            let study = try StudyCheck.loadClean(options.directory)
            return "Wrote \(options.directory): \(SensitivityBenchmarks.size(of: study)) (seed \(options.seed)); "
                + "it validates with 0 errors and 0 warnings."
        case .portfolio:
            try PortfolioStudyGenerator(measures: options.policies, seed: options.seed).write(to: options.directory)
            let study = try StudyCheck.loadValid(options.directory)
            return "Wrote \(options.directory): \(BenchmarkSuite.size(of: study)) with a portfolio (seed \(options.seed)); it validates with 0 errors."
        }
    }
}
