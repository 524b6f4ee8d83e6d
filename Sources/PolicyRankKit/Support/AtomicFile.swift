import Foundation

/// Writes reports atomically: a temporary file in the same directory, then rename(2), so a
/// reader never sees half a report and a failed run never truncates the previous one.
///
/// What is at the path decides what happens (docs/DESIGN.md §5):
/// - nothing, or a regular file: replaced atomically; a replaced file keeps its permissions;
/// - a symbolic link: the file it points to is replaced, the link stays;
/// - a device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe): written into, never
///   replaced — replacing `/dev/null` as root would break the machine;
/// - a directory or anything else: refused.
/// A hard-linked file is replaced by a new file, so other names keep the old contents.
/// The temporary file has a short name of its own (so any name the file system accepts
/// works) and is removed on every failure.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        var target = URL(fileURLWithPath: path)
        var status = stat()
        if lstat(target.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
            let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: target.path)
        {
            target = URL(fileURLWithPath: resolved, relativeTo: target.deletingLastPathComponent()).standardizedFileURL
        }
        let exists = stat(target.path, &status) == 0
        let kind = exists ? status.st_mode & S_IFMT : S_IFREG
        switch kind {
        case S_IFREG: break
        case S_IFCHR, S_IFIFO, S_IFSOCK: return try stream(text, into: target.path)
        case S_IFDIR: throw Failure(description: "cannot write '\(path)': it is a directory")
        default: throw Failure(description: "cannot write '\(path)': it is not a regular file")
        }
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".policyrank-\(UUID().uuidString.prefix(8)).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: "cannot write '\(path)': \(error.localizedDescription)")
        }
        if exists { chmod(temporary.path, status.st_mode & 0o7777) }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: "cannot write '\(path)': \(reason)")
        }
    }

    /// Writes into a device or a pipe as it is.
    private static func stream(_ text: String, into path: String) throws(Failure) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw Failure(description: "cannot write '\(path)': it cannot be opened for writing")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw Failure(description: "cannot write '\(path)': \(error.localizedDescription)")
        }
    }
}
