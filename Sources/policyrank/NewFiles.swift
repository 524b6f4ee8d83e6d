import Foundation

/// Writes a set of new files all or nothing, for `init` and `import mapping`.
enum NewFiles {
    /// Refuses if any path exists (nothing is written); on any failure (a full disk, say)
    /// what this run created, directories included, is removed again, so a second run does
    /// not find half its output in the way.
    static func write(_ files: [(path: String, contents: String)]) throws(CommandFailure) {
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw .fileSystem("not overwriting existing files; nothing was written:\n" + existing.map { "  \($0)" }.joined(separator: "\n"))
        }
        var created: [String] = []
        func undo() {
            for path in created.reversed() { try? FileManager.default.removeItem(atPath: path) }
        }
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            var missing: [String] = []
            var ancestor = folder
            while !ancestor.isEmpty, ancestor != "/", ancestor != ".", !FileManager.default.fileExists(atPath: ancestor) {
                missing.insert(ancestor, at: 0)
                ancestor = (ancestor as NSString).deletingLastPathComponent
            }
            do {
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                created += missing
            } catch {
                undo()
                throw .fileSystem("cannot create directory '\(folder)': \(error.localizedDescription); nothing was left behind")
            }
            do {
                // Fails rather than replaces if the file appeared since the check.
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: file.path), options: .withoutOverwriting)
                created.append(file.path)
            } catch {
                undo()
                throw .fileSystem("cannot write '\(file.path)': \(error.localizedDescription); nothing was left behind")
            }
        }
    }
}
