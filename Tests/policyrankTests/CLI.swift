import Foundation
import Testing

/// Runs the built `policyrank` binary, as users and CI scripts do.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/PolicyRankKitTests/Fixtures")
    static let golden = testsDirectory.appendingPathComponent("Golden")

    /// The binary next to the test bundle (`swift test` builds every product first).
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("policyrank"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("policyrank"),
            repositoryRoot.appendingPathComponent(".build/debug/policyrank"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Result {
        try execute(binary, arguments, in: directory, environment: environment)
    }

    /// Runs any program and collects its output.
    static func execute(_ executable: URL, _ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain stderr on another thread while reading stdout here, and both before waiting, so
        // neither pipe can fill up and block the child.
        let stderrData = ErrorPipeReader(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = stderrData.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A copy of a fixture study in a fresh temporary directory, to edit in a test.
    static func copyOfFixture(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: directory)
        return directory
    }

    /// Compares with `Golden/name`, or records it under `POLICYRANK_RECORD=1`.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["POLICYRANK_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden \(name)>"
        #expect(actual == expected, sourceLocation: sourceLocation)
    }
}

/// Reads a pipe to its end on a background thread.
final class ErrorPipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
