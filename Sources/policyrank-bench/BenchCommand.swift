/// The command line, parsed by hand: the bench target depends on PolicyRankKit alone, so it
/// builds without swift-argument-parser and stays a faithful measure of the library.
enum BenchCommand {
    struct BenchOptions {
        /// The study `rank` and `validate` are timed on besides the generated one; the shipped
        /// example when run from the repository root.
        var study = "."
        var policyrank: String?
        var policies = 1_000
        var runs = 7
        var seed: UInt64 = 1
    }

    struct GenerateOptions {
        var directory: String
        var policies = 1_000
        var seed: UInt64 = 1
    }

    case help
    case bench(BenchOptions)
    case generate(GenerateOptions)

    static let usage = """
        usage: policyrank-bench [--study PATH] [--policyrank PATH] [--policies N] [--runs N] [--seed S]
               policyrank-bench generate DIR [--policies N] [--seed S]

          (no subcommand)  Time policyrank and PolicyRankKit; print a Markdown table.
          generate DIR     Write a synthetic study with N policies (default 1000) to DIR.

          --study PATH       Study to time `rank` and `validate` on (default: current directory).
          --policyrank PATH  The policyrank executable (default: the one next to policyrank-bench).
          --policies N       Policies in the generated study (default: 1000).
          --runs N           Timed runs per benchmark, after one warm-up (default: 7).
          --seed S           Seed of the generated study (default: 1).
        """

    static func parse(_ arguments: [String]) throws(BenchError) -> BenchCommand {
        var rest = arguments[...]
        let isGenerate = rest.first == "generate"
        if isGenerate { rest.removeFirst() }
        let allowed: Set = isGenerate ? ["policies", "seed"] : ["study", "policyrank", "policies", "runs", "seed"]
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
        if isGenerate {
            guard positionals.count == 1 else { throw .usage("generate takes one directory, got \(positionals.count)") }
            return .generate(GenerateOptions(directory: positionals[0], policies: policies, seed: seed))
        }
        guard positionals.isEmpty else {
            throw .usage("unexpected argument '\(positionals[0])'; pass the study with --study PATH")
        }
        return .bench(BenchOptions(
            study: values["study"] ?? ".", policyrank: values["policyrank"], policies: policies,
            runs: try number(values["runs"], "runs", default: 7, range: 1...1_000), seed: seed))
    }

    private static func number(_ text: String?, _ name: String, default value: Int, range: ClosedRange<Int>) throws(BenchError) -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .usage("--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return number
    }
}
