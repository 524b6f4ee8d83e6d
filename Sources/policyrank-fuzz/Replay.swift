// policyrank-fuzz: a libFuzzer target for StudyLoader.diagnose (built with -DFUZZING, see
// FuzzEntry.swift and docs/fuzzing.md) and, built normally, a replay tool for the corpus.
//
// There is deliberately no main.swift: the parser rejects top-level code in a main.swift
// compiled with -parse-as-library even inside an inactive `#if`, and libFuzzer needs the
// module to define no `main` of its own. So the replay entry point is an `@main` type that
// exists only when FUZZING is not defined.
#if !FUZZING
import Foundation

@main
enum ReplayCommand {
    static func main() {
        exit(replayMain(Array(CommandLine.arguments.dropFirst())))
    }
}

/// `policyrank-fuzz FILE|DIR...`: runs every file (directories: every regular file in them,
/// recursively, in sorted order) through `StudyLoader.diagnose` under every role.
/// Exit 0 when all inputs ran, 2 on a usage or read error; a bug in the loader traps.
func replayMain(_ arguments: [String]) -> Int32 {
    if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
        print("usage: policyrank-fuzz FILE|DIR...")
        print("Replays fuzz inputs through StudyLoader.diagnose for every file role.")
        print("Build with -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library")
        print("for the libFuzzer target (see docs/fuzzing.md).")
        return arguments.isEmpty ? 2 : 0
    }
    var files: [String] = []
    var failed = false
    let manager = FileManager.default
    for argument in arguments {
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            FileHandle.standardError.write(Data("policyrank-fuzz: no such file or directory: \(argument)\n".utf8))
            failed = true
            continue
        }
        guard isDirectory.boolValue else {
            files.append(argument)
            continue
        }
        let root = URL(fileURLWithPath: argument)
        var found: [String] = []
        if let walker = manager.enumerator(atPath: argument) {
            while let relative = walker.nextObject() as? String {
                let path = root.appendingPathComponent(relative).path
                var nested: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &nested), !nested.boolValue {
                    found.append(path)
                }
            }
        }
        files += found.sorted()
    }
    var inputs = 0, calls = 0
    for path in files {
        guard let data = manager.contents(atPath: path) else {
            FileHandle.standardError.write(Data("policyrank-fuzz: cannot read \(path)\n".utf8))
            failed = true
            continue
        }
        calls += FuzzInput.replay([UInt8](data), file: path)
        inputs += 1
    }
    print("policyrank-fuzz: ran \(inputs) input\(inputs == 1 ? "" : "s") (\(calls) diagnose calls), no crash")
    return failed ? 2 : 0
}
#endif
