// The replay tool: `policyrank-fuzz FILE|DIR...` without FUZZING (see FuzzEntry.swift for
// the libFuzzer build and docs/fuzzing.md for both).
//
// There is deliberately no main.swift: in a main.swift the parser rejects top-level code
// under -parse-as-library even inside an inactive `#if`, so each build mode has its own
// `@main` type instead, and exactly one of them is compiled.
#if !FUZZING
    import Foundation
    import PolicyRankKit

    @main
    enum ReplayCommand {
        static let usage = """
            usage: policyrank-fuzz [--generated] [--verbose] FILE|DIR...

            Replays fuzz inputs (files, or every regular file under a directory, in sorted
            order) through StudyLoader.diagnose under every file role, and prints how many ran.
            --generated  also runs built-in hostile inputs too large for the corpus
                         (20,000 levels of nesting, wide lists and mappings).
            --verbose    prints every input's diagnostics for each role.
            Exit status 0 when every input ran; a loader bug crashes instead.
            Built with -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address this target is the
            libFuzzer fuzzer instead; see docs/fuzzing.md.
            """

        static func main() {
            exit(run(Array(CommandLine.arguments.dropFirst())))
        }

        static func run(_ arguments: [String]) -> Int32 {
            if arguments.contains("-h") || arguments.contains("--help") {
                print(usage)
                return 0
            }
            let withGenerated = arguments.contains("--generated")
            let verbose = arguments.contains("--verbose")
            let paths = arguments.filter { $0 != "--generated" && $0 != "--verbose" }
            if let option = paths.first(where: { $0.hasPrefix("-") }) {
                fail("unknown option '\(option)'\n\n\(usage)")
                return 2
            }
            if paths.isEmpty && !withGenerated {
                fail(usage)
                return 2
            }
            var ok = true
            var files: [String] = []
            for path in paths {
                guard let found = inputFiles(at: path) else {
                    fail("no such file or directory: \(path)")
                    ok = false
                    continue
                }
                files += found
            }
            let report: ((String, [Diagnostic]) -> Void)? = verbose ? { show(role: $0, diagnostics: $1) } : nil
            var inputs = 0, calls = 0
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else {
                    fail("cannot read \(path)")
                    ok = false
                    continue
                }
                calls += FuzzInput.replay([UInt8](data), file: path, report: report)
                inputs += 1
            }
            var generated = 0
            if withGenerated {
                for input in FuzzInput.generated() {
                    calls += FuzzInput.replay(input.bytes, file: input.name, report: report)
                    generated += 1
                }
            }
            let extra = withGenerated ? " + \(generated) generated" : ""
            print("policyrank-fuzz: ran \(inputs) input file\(inputs == 1 ? "" : "s")\(extra) (\(calls) diagnose calls), no crash")
            return ok ? 0 : 2
        }

        /// `path` itself if it is a file, every regular file below it (sorted) if it is a
        /// directory, nil if it does not exist.
        static func inputFiles(at path: String) -> [String]? {
            let manager = FileManager.default
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            guard isDirectory.boolValue else { return [path] }
            let root = URL(fileURLWithPath: path)
            var files: [String] = []
            let walker = manager.enumerator(atPath: path)
            while let relative = walker?.nextObject() as? String {
                let file = root.appendingPathComponent(relative).path
                var nested: ObjCBool = false
                if manager.fileExists(atPath: file, isDirectory: &nested), !nested.boolValue {
                    files.append(file)
                }
            }
            return files.sorted()
        }

        /// `--verbose` output for one `diagnose` call: the role, then one line per diagnostic.
        static func show(role: String, diagnostics: [Diagnostic]) {
            print("[\(role)] \(diagnostics.count) diagnostic\(diagnostics.count == 1 ? "" : "s")")
            for diagnostic in diagnostics.sortedForDisplay() {
                let location = diagnostic.location
                print(
                    "  \(location.file):\(location.line):\(location.column): \(diagnostic.severity.rawValue) [\(diagnostic.rule.rawValue)] \(diagnostic.message)"
                )
            }
        }

        static func fail(_ message: String) {
            FileHandle.standardError.write(Data("policyrank-fuzz: \(message)\n".utf8))
        }
    }
#endif
