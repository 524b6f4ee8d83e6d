import ArgumentParser
import PolicyRankKit

/// Prints to standard output, or writes `--output FILE` atomically.
enum Output {
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}
