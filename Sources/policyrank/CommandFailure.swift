import ArgumentParser
import PolicyRankKit

/// Every way a command run can fail, and the one place that maps each to its exit status
/// (XcodeGen's `GenerationError`): commands throw these and never pick a number themselves.
/// Flag values that fail to parse are ArgumentParser's own usage errors (64) before `run`.
enum CommandFailure: Error {
    /// A choice that names something that does not exist (a method, a perspective, an
    /// option id) or cannot be combined: the subcommand's usage follows the message.
    case usage(String)
    /// The study or a file has errors, already printed as diagnostics.
    case invalidInput
    /// A file could not be read or written, or already exists where nothing may be replaced.
    case fileSystem(String)
    /// `diff --fail-on-change` found that the ranking changed.
    case rankingChanged

    /// docs/DESIGN.md §3: 0 success · 1 the input has errors or a file could not be read or
    /// written · 2 `diff --fail-on-change` found that the ranking changed (so CI can tell a
    /// changed answer from a broken study) · 64 a usage error.
    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .invalidInput, .fileSystem: 1
        case .rankingChanged: 2
        }
    }

    /// Runs `body` and prints a failure instead of exiting (for `--watch`, which keeps going
    /// after a run that fails).
    static func report(_ body: () throws(CommandFailure) -> Void) {
        do {
            try body()
        } catch {
            switch error {
            case .usage(let message), .fileSystem(let message): Terminal.printError("error: \(message)")
            case .invalidInput, .rankingChanged: break
            }
        }
    }

    /// A choice the engine refused.
    init(_ error: RankError) {
        self = .usage(error.description)
    }
}

/// A subcommand whose `execute` throws only `CommandFailure`; `run` turns a failure into its
/// message and exit status.
protocol PolicyRankCommand: ParsableCommand {
    func execute() throws(CommandFailure)
}

extension PolicyRankCommand {
    func run() throws {
        do {
            try execute()
        } catch {
            switch error {
            case .usage(let message):
                // This subcommand's usage, not the root's (which ArgumentParser prints for an
                // error thrown from `run`).
                let usage = PolicyRank.usageString(for: Self.self)
                let path = usage.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") && !$0.hasPrefix("-") }.joined(separator: " ")
                Terminal.printError("Error: \(message)\nUsage: \(usage)\n  See '\(path) --help' for more information.")
                throw ExitCode(error.exitCode)
            case .fileSystem(let message):
                Terminal.printError("error: \(message)")
                throw ExitCode(error.exitCode)
            case .invalidInput, .rankingChanged:
                throw ExitCode(error.exitCode)
            }
        }
    }
}
