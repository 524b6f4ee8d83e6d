/// The command line, parsed by hand: the bench target depends on PolicyRankKit alone, so it
/// builds without swift-argument-parser and stays a faithful measure of the library.
enum BenchCommand {
    /// The parts of the table, so that one can be rerun alone while working on it.
    enum Group: String, CaseIterable {
        /// `policyrank` as a whole process: start-up, `validate`, `rank`.
        case process
        /// Loading, validating and ranking the generated study in-process.
        case study
        /// Every method on synthetic matrices, and PROMETHEE II's peak memory.
        case methods
        /// `policyrank sensitivity` as a whole process: SMAA-2 at 10⁶ samples on 1 and 2
        /// threads, their speed-up and identical output, and the shipped study's defaults.
        case sensitivity
        /// `policyrank portfolio` as a whole process: the exact search on 20 measures, and
        /// inclusion shares with 10,000 samples on 12 measures and 2 threads.
        case portfolio
        /// `policyrank mapping` as a whole process on 50 participants × 40 options.
        case mapping
    }

    struct BenchOptions {
        var groups = Set(Group.allCases)
        /// The study `rank` and `validate` are timed on besides the generated one; the shipped
        /// example when run from the repository root.
        var study = "."
        var policyrank: String?
        var policies = 1_000
        var runs = 7
        var seed: UInt64 = 1
    }

    struct GenerateOptions {
        enum Kind: String {
            /// `StudyGenerator`: N policies × 12 criteria in a two-level tree.
            case large
            /// `SMAAStudyGenerator`: the 5 × 10 study with uncertain scores.
            case smaa
            /// `PortfolioStudyGenerator`: N measures (default 20) × 12 criteria with a portfolio.
            case portfolio
        }

        var directory: String
        var kind = Kind.large
        var policies = 1_000
        var seed: UInt64 = 1
    }

    struct MethodOptions {
        var method: String
        var size = MatrixSize(100_000, 50)
        var preferences = SyntheticMatrix.Preferences.piecewise
        var seed: UInt64 = 1
        /// Runs are not warmed up here: the first run, page faults and all, is what a single
        /// `rank` pays; more runs are for profiling.
        var runs = 1
    }

    case help
    case bench(BenchOptions)
    case generate(GenerateOptions)
    case method(MethodOptions)

    static let usage = """
        usage: policyrank-bench [--only GROUPS] [--study PATH] [--policyrank PATH] [--policies N] [--runs N] [--seed S]
               policyrank-bench generate DIR [--kind large|smaa|portfolio] [--policies N] [--seed S]
               policyrank-bench method NAME [--size NxM] [--preferences piecewise|gaussian] [--runs N] [--seed S]

          (no subcommand)  Time policyrank and PolicyRankKit; print a Markdown table.
          generate DIR     Write a synthetic study to DIR: with --kind large (default), N policies
                           (default 1000) × 12 criteria; with --kind smaa, the 5 policies × 10
                           criteria with uncertain scores that the sensitivity rows time; with
                           --kind portfolio, N measures (default 20) × 12 criteria with a budget.
          method NAME      Evaluate and rank with method NAME on a synthetic matrix; print the
                           median time and peak memory (VmHWM). The table runs `method promethee2`
                           this way; with --runs N it is a loop to profile.

          --only GROUPS      Run only these comma-separated parts of the table (default: all):
                               process  `policyrank` as a whole process (start-up, validate, rank)
                               study    load, validate and rank of the generated study, in-process
                               methods  every method on 10x5, 1000x20 and 100000x50 synthetic
                                        matrices, in-process, and PROMETHEE II's peak memory
                               sensitivity
                                        `policyrank sensitivity` as a whole process: SMAA-2 with
                                        10^6 samples on a generated 5x10 study with uncertain
                                        scores, on 1 and 2 threads (speed-up, identical output),
                                        and with default samples on --study
                               portfolio
                                        `policyrank portfolio` as a whole process: the exact
                                        search on 20 generated measures x 12 criteria, and
                                        inclusion shares (10^4 samples, 2 threads) on 12
                               mapping  `policyrank mapping` as a whole process on 50 generated
                                        participants x 40 options x 8 criteria
          --study PATH       Study to time `rank`, `validate` and `sensitivity` on (default: current
                             directory).
          --policyrank PATH  The policyrank executable (default: the one next to policyrank-bench).
          --policies N       Policies in the generated study (default: 1000).
          --runs N           Timed runs per benchmark, after one warm-up (default: 7; at most 3 for a
                             method whose warm-up took over 100 ms). For `method`: runs, with no
                             warm-up (default: 1).
          --size NxM         Options x criteria of the `method` matrix (default: 100000x50).
          --preferences P    PROMETHEE preference functions of the `method` matrix: piecewise
                             (default; linear, v-shape, usual, level, u-shape) or gaussian.
          --seed S           Seed of the generated study or matrices (default: 1).
        """

    static func parse(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        var rest = arguments[...]
        let subcommand = rest.first.flatMap { ["generate", "method"].contains($0) ? $0 : nil }
        if subcommand != nil { rest.removeFirst() }
        let allowed: Set<String> =
            switch subcommand {
            case "generate": ["kind", "policies", "seed"]
            case "method": ["size", "preferences", "runs", "seed"]
            default: ["only", "study", "policyrank", "policies", "runs", "seed"]
            }
        var values: [String: String] = [:]
        var positionals: [String] = []
        while let token = rest.popFirst() {
            if token == "-h" || token == "--help" { return .help }
            guard token.hasPrefix("-"), token != "-" else {
                positionals.append(token)
                continue
            }
            var name = String(token.drop { $0 == "-" })
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard allowed.contains(name) else { throw .usage("unknown option '\(token)'") }
            if value == nil { value = rest.popFirst() }
            guard let value else { throw .usage("option '--\(name)' needs a value") }
            values[name] = value
        }

        let policies = try number(values["policies"], "policies", default: 1_000, range: 1...99_999)
        let seed = try UInt64(number(values["seed"], "seed", default: 1, range: 0...Int.max))
        switch subcommand {
        case "generate":
            guard positionals.count == 1 else { throw .usage("generate takes one directory, got \(positionals.count)") }
            let kindText = values["kind"] ?? GenerateOptions.Kind.large.rawValue
            guard let kind = GenerateOptions.Kind(rawValue: kindText) else { throw .usage("--kind must be large, smaa or portfolio, got '\(kindText)'") }
            if kind == .smaa, values["policies"] != nil { throw .usage("--policies applies to --kind large only; the smaa study has 5 policies") }
            let count = kind == .portfolio ? try number(values["policies"], "policies", default: 20, range: 1...64) : policies
            return .generate(GenerateOptions(directory: positionals[0], kind: kind, policies: count, seed: seed))
        case "method":
            guard positionals.count == 1 else { throw .usage("method takes one method name, got \(positionals.count)") }
            var options = MethodOptions(method: positionals[0], seed: seed)
            options.runs = try number(values["runs"], "runs", default: 1, range: 1...1_000)
            if let text = values["size"] {
                guard let size = MatrixSize(parsing: text) else { throw .usage("--size must look like 100000x50, got '\(text)'") }
                options.size = size
            }
            if let text = values["preferences"] {
                guard let preferences = SyntheticMatrix.Preferences(rawValue: text) else {
                    throw .usage("--preferences must be piecewise or gaussian, got '\(text)'")
                }
                options.preferences = preferences
            }
            return .method(options)
        default:
            guard positionals.isEmpty else {
                throw .usage("unexpected argument '\(positionals[0])'; pass the study with --study PATH")
            }
            return .bench(
                BenchOptions(
                    groups: try groups(values["only"]), study: values["study"] ?? ".", policyrank: values["policyrank"],
                    policies: policies, runs: try number(values["runs"], "runs", default: 7, range: 1...1_000), seed: seed))
        }
    }

    private static func groups(_ text: String?) throws(BenchError) -> Set<Group> {
        guard let text else { return Set(Group.allCases) }
        var groups = Set<Group>()
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let group = Group(rawValue: String(name)) else {
                throw .usage("--only takes a comma-separated list of \(Group.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'")
            }
            groups.insert(group)
        }
        return groups
    }

    private static func number(_ text: String?, _ name: String, default value: Int, range: ClosedRange<Int>) throws(BenchError) -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .usage("--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return number
    }
}
