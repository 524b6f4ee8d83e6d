import Foundation

/// Everything that can stop a benchmark run, worded in one place. Usage errors exit 64 like
/// `policyrank`'s; anything else means a figure could not be measured, and exits 1 rather than
/// printing a table with a gap that a reader might take for a result.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case directoryNotEmpty(path: String)
    case cannotWrite(path: String, reason: String)
    case cannotCreateTemporaryDirectory(reason: String)
    case policyrankNotFound(path: String)
    case cannotLaunch(path: String, reason: String)
    case commandFailed(command: String, status: Int32, stderr: String)
    case studyHasErrors(path: String, summary: String, first: [String])
    case rankFailed(path: String, reason: String)
    case methodFailed(method: String, size: String, reason: String)

    var exitCode: Int32 {
        if case .usage = self { return 64 }
        return 1
    }

    var description: String {
        switch self {
        case .usage(let message):
            "\(message)\n\n\(BenchCommand.usage)"
        case .directoryNotEmpty(let path):
            "'\(path)' is not empty; generate into a new or empty directory so no existing file is overwritten"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .cannotCreateTemporaryDirectory(let reason):
            "cannot create a temporary directory for the generated study: \(reason)"
        case .policyrankNotFound(let path):
            "no policyrank executable at '\(path)'; build it with `swift build -c release --static-swift-stdlib --scratch-path .build-release --product policyrank` "
                + "(which builds it next to policyrank-bench) or pass --policyrank PATH"
        case .cannotLaunch(let path, let reason):
            "cannot launch '\(path)': \(reason)"
        case .commandFailed(let command, let status, let stderr):
            "`\(command)` exited with status \(status)" + (stderr.isEmpty ? "" : ":\n\(stderr)")
        case .studyHasErrors(let path, let summary, let first):
            "the study at '\(path)' does not validate cleanly (\(summary)):\n" + first.joined(separator: "\n")
        case .rankFailed(let path, let reason):
            "cannot rank the study at '\(path)': \(reason)"
        case .methodFailed(let method, let size, let reason):
            "\(method) on the synthetic \(size) matrix failed: \(reason)"
        }
    }
}
