import Foundation

/// An executable run as a user runs it: a fresh process each time. For `policyrank` the figures
/// then include launch, dynamic linking and Foundation start-up, which dominate for a planner
/// rerunning `rank` on a small study; for `policyrank-bench` itself (`method`), the child's
/// peak memory is that of one method run alone, untouched by everything else the bench did.
struct ChildProcess {
    let url: URL

    /// `explicitPath`, or the `policyrank` built next to this binary: `swift build` puts every
    /// executable of the package in one directory, so the two always come from the same build
    /// (and the same configuration; a debug `policyrank` would make the figures meaningless).
    static func policyrank(explicitPath: String?) throws(BenchError) -> ChildProcess {
        let url =
            explicitPath.map { URL(fileURLWithPath: $0) }
            ?? selfURL.deletingLastPathComponent().appendingPathComponent("policyrank")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw .policyrankNotFound(path: url.path) }
        return ChildProcess(url: url)
    }

    /// This very `policyrank-bench`.
    static var bench: ChildProcess { ChildProcess(url: selfURL) }

    /// Whether this executable links the Swift runtime statically (`--static-swift-stdlib`):
    /// true when `ldd` lists no libswiftCore, false when it does, nil without a working `ldd`
    /// (macOS, or a fully static executable, for which `ldd` fails).
    var linksSwiftRuntimeStatically: Bool? {
        guard let ldd = ["/usr/bin/ldd", "/bin/ldd"].first(where: FileManager.default.isExecutableFile(atPath:)),
            let libraries = try? ChildProcess(url: URL(fileURLWithPath: ldd)).output([url.path])
        else { return nil }
        return !libraries.contains("libswiftCore")
    }

    /// `argv[0]` when it is a path; when the shell found us on `PATH` it is a bare name, and
    /// the loader's idea of our executable is the reliable one.
    private static var selfURL: URL {
        let argument = CommandLine.arguments.first ?? ""
        if argument.contains("/") { return URL(fileURLWithPath: argument).resolvingSymlinksInPath() }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: argument)
    }

    /// One run with standard error captured, failing unless the command exits 0. Used as the
    /// warm-up, so a broken study or binary stops the benchmark instead of timing an error path.
    func check(_ arguments: [String]) throws(BenchError) {
        _ = try output(arguments, includingStandardOutput: false)
    }

    /// One run, failing unless it exits 0; returns standard error, and standard output too
    /// unless told otherwise. One pipe for both, so a chatty stream can never fill up and block
    /// the child while we wait on the other.
    func output(_ arguments: [String], includingStandardOutput: Bool = true) throws(BenchError) -> String {
        String(decoding: try outputBytes(arguments, includingStandardOutput: includingStandardOutput), as: UTF8.self)
    }

    /// `output` as the bytes written, for comparing two runs' output exactly.
    func outputBytes(_ arguments: [String], includingStandardOutput: Bool = true) throws(BenchError) -> Data {
        let pipe = Pipe()
        var output = Data()
        let process = makeProcess(arguments, standardOutput: includingStandardOutput ? pipe : FileHandle.nullDevice, standardError: pipe)
        // Read while it runs: a child blocked on a full pipe would never exit.
        try runToExit(process) { output = pipe.fileHandleForReading.readDataToEndOfFile() }
        try checkStatus(process, arguments, stderr: String(decoding: output, as: UTF8.self))
        return output
    }

    /// One run with all output discarded, as cheap for the child as output can be.
    func run(_ arguments: [String]) throws(BenchError) {
        let process = makeProcess(arguments, standardOutput: FileHandle.nullDevice, standardError: FileHandle.nullDevice)
        try runToExit(process)
        try checkStatus(process, arguments, stderr: "")
    }

    /// Several runs at the same time, output discarded; returns when all have exited, failing
    /// unless every one exits 0.
    func runTogether(_ argumentLists: [[String]]) throws(BenchError) {
        let exited = DispatchSemaphore(value: 0)
        var processes: [Process] = []
        for arguments in argumentLists {
            let process = makeProcess(arguments, standardOutput: FileHandle.nullDevice, standardError: FileHandle.nullDevice)
            process.terminationHandler = { _ in exited.signal() }
            do {
                try process.run()
            } catch {
                // Stop the ones already running, so they do not load the cores under later timings.
                for started in processes {
                    started.terminate()
                    exited.wait()
                }
                throw .cannotLaunch(path: url.path, reason: error.localizedDescription)
            }
            processes.append(process)
        }
        for _ in processes { exited.wait() }
        for (process, arguments) in zip(processes, argumentLists) { try checkStatus(process, arguments, stderr: "") }
    }

    func commandLine(_ arguments: [String]) -> String {
        ([url.path] + arguments).joined(separator: " ")
    }

    private func makeProcess(_ arguments: [String], standardOutput: Any, standardError: Any) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = standardOutput
        process.standardError = standardError
        return process
    }

    /// Waits on `terminationHandler` rather than `waitUntilExit()`: on Linux the latter polls
    /// its run loop every 50 ms, which would round every figure up to a multiple of 50 ms.
    private func runToExit(_ process: Process, whileRunning: () -> Void = {}) throws(BenchError) {
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotLaunch(path: url.path, reason: error.localizedDescription)
        }
        whileRunning()
        exited.wait()
    }

    private func checkStatus(_ process: Process, _ arguments: [String], stderr: String) throws(BenchError) {
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let lines = stderr.split(separator: "\n").prefix(20).joined(separator: "\n")
            throw .commandFailed(command: commandLine(arguments), status: process.terminationStatus, stderr: lines)
        }
    }
}
