import Foundation

/// A study as it was at a git revision, read with `git archive` into a temporary directory:
/// no checkout, so the working tree, the index and the current branch are never touched.
enum GitRevision {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether `text` names a commit in the repository that holds `directory`.
    static func isRevision(_ text: String, in directory: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-") else { return false }
        return (try? run("git", ["-C", directory, "rev-parse", "--verify", "--quiet", text + "^{commit}"]).status) == 0
    }

    /// Extracts the study at `study` (a directory in a git working tree) as of `revision`
    /// and returns its path in a new temporary directory, which the caller removes.
    static func materialize(_ study: String, at revision: String) throws(Failure) -> (path: String, temporary: URL) {
        guard let prefix = try? run("git", ["-C", study, "rev-parse", "--show-prefix"]), prefix.status == 0 else {
            throw Failure(description: "'\(study)' is not inside a git repository, so '\(revision)' cannot be read")
        }
        guard let root = try? run("git", ["-C", study, "rev-parse", "--show-toplevel"]), root.status == 0 else {
            throw Failure(description: "cannot find the top of the git repository holding '\(study)'")
        }
        let relative = prefix.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-rev-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create a temporary directory: \(error.localizedDescription)")
        }
        let top = root.output.trimmingCharacters(in: .whitespacesAndNewlines)
        // Archive to a file, then extract it: two plain runs, no pipe between processes.
        let tarball = temporary.appendingPathComponent("study.tar").path
        let archive = ["-C", top, "archive", "--format=tar", "--output=\(tarball)", revision] + (relative.isEmpty ? [] : ["--", relative])
        let archived = try? run("git", archive)
        let extracted = archived?.status == 0 ? try? run("tar", ["-x", "-f", tarball, "-C", temporary.path]) : nil
        try? FileManager.default.removeItem(atPath: tarball)
        guard archived?.status == 0, extracted?.status == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            let reason = archived?.status == 0 ? "tar could not extract it" : (archived?.error ?? "git archive failed")
            throw Failure(description: "cannot read '\(relative.isEmpty ? "." : relative)' at revision '\(revision)': \(reason)")
        }
        return (temporary.appendingPathComponent(relative).path, temporary)
    }

    /// Runs a tool to completion; its standard error goes to a file, so that neither stream
    /// can fill a pipe and block it.
    private static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-git-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errorHandle.close()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), error.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
