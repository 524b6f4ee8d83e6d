import Foundation

// policyrank-bench: times policyrank as users run it and PolicyRankKit in-process, writes a
// synthetic study (`generate`), or times one method alone (`method`). See BenchCommand.usage.
do throws(BenchError) {
    switch try BenchCommand.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help:
        print(BenchCommand.usage)
    case .generate(let options):
        print(try GenerateCommand.run(options))
    case .method(let options):
        print(try MethodCommand.run(options).line)
    case .bench(let options):
        print(try BenchmarkSuite(options: options).run().markdown, terminator: "")
    }
} catch {
    FileHandle.standardError.write(Data("policyrank-bench: \(error)\n".utf8))
    exit(error.exitCode)
}
