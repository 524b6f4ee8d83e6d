import ArgumentParser
import Foundation
import PolicyRankKit

/// Prints to standard output, or writes `--output FILE` atomically; `-` is standard output.
enum Output {
    /// `study` is the directory being read: a report written over one of its files would
    /// destroy the input, so that is refused as a usage error.
    static func emit(_ text: String, to path: String?, study: String? = nil) throws(CommandFailure) {
        guard let path, path != "-" else {
            print(text, terminator: "")
            return
        }
        if let study, let file = studyFile(path, in: study) {
            throw .usage("refusing to write over '\(file)', a file of the study being read; choose another --output")
        }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            throw .fileSystem(error.description)
        }
    }

    /// The study file `path` resolves to (symbolic links followed), if it is one: study.yaml
    /// or a file under criteria/ or policies/.
    static func studyFile(_ path: String, in study: String) -> String? {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        let root = URL(fileURLWithPath: study).resolvingSymlinksInPath().standardizedFileURL.path
        for protected in ["criteria/", "policies/"] where target.hasPrefix(root + "/" + protected) {
            return String(target.dropFirst(root.count + 1))
        }
        return target == root + "/study.yaml" ? "study.yaml" : nil
    }

    /// Colour only for a terminal on standard output, never into a file.
    static func color(for path: String?) -> Bool {
        (path == nil || path == "-") && Terminal.colorEnabled(for: .standardOutput)
    }
}
