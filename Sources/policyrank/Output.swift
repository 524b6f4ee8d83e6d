import ArgumentParser
import PolicyRankKit

/// Prints to standard output, or writes `--output FILE` atomically; `-` is standard output.
enum Output {
    static func emit(_ text: String, to path: String?) throws(CommandFailure) {
        guard let path, path != "-" else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .fileSystem(error.description)
        }
    }

    /// Colour only for a terminal on standard output, never into a file.
    static func color(for path: String?) -> Bool {
        (path == nil || path == "-") && Terminal.colorEnabled(for: .standardOutput)
    }
}
