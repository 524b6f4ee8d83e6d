import PolicyRankKit

/// How one fuzz input is turned into calls of `StudyLoader.diagnose`, shared by the
/// libFuzzer entry point and the replay executable so both run exactly the same code.
enum FuzzInput {
    static let roles = StudyLoader.FileRole.allCases

    /// The role libFuzzer uses for an input: chosen by its first byte.
    static func role(selectedBy byte: UInt8) -> StudyLoader.FileRole {
        roles[Int(byte) % roles.count]
    }

    /// libFuzzer: the first byte picks the role, the rest is the file's bytes.
    static func run(fuzzerInput bytes: UnsafeBufferPointer<UInt8>) {
        guard let selector = bytes.first else { return }
        _ = StudyLoader.diagnose(bytes: Array(bytes.dropFirst()), as: role(selectedBy: selector))
    }

    /// Replay: the whole file under every role (the way a study would read it), then the
    /// way libFuzzer reads it (first byte picks the role), so that libFuzzer's `crash-*`
    /// files reproduce here. Returns the number of `diagnose` calls made.
    /// With `report`, each call's role and diagnostics are passed to it.
    static func replay(
        _ bytes: [UInt8], file: String,
        report: ((_ role: String, _ diagnostics: [Diagnostic]) -> Void)? = nil
    ) -> Int {
        for role in roles {
            let diagnostics = StudyLoader.diagnose(bytes: bytes, as: role, file: file)
            report?("\(role)", diagnostics)
        }
        guard let selector = bytes.first else { return roles.count }
        let role = role(selectedBy: selector)
        let diagnostics = StudyLoader.diagnose(bytes: Array(bytes.dropFirst()), as: role, file: file)
        report?("\(role), after a role byte", diagnostics)
        return roles.count + 1
    }

    /// Hostile inputs too large to keep in the corpus (libFuzzer runs with -max_len=4096),
    /// built on the fly for `--generated`. The wide inputs have 100,000 entries: the composer
    /// was once quadratic in a collection's length (docs/fuzzing.md, "Findings").
    static func generated() -> [(name: String, bytes: [UInt8])] {
        func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }
        let depth = 20_000, width = 100_000
        let inputs: [(String, String)] = [
            ("<generated: \(depth) x '['>", repeated("[", depth)),
            ("<generated: \(depth) x '[' then ']'>", repeated("[", depth) + repeated("]", depth)),
            ("<generated: \(depth) x '{a: '>", repeated("{a: ", depth)),
            ("<generated: \(depth) x '- ' (block sequences)>", repeated("- ", depth) + "x\n"),
            ("<generated: 2,000 nested block mappings>", (0..<2_000).map { repeated(" ", $0) + "k:\n" }.joined()),
            ("<generated: \(width)-item flow list>", "[" + repeated("1, ", width) + "]\n"),
            ("<generated: \(width)-key mapping>", (0..<width).map { "k\($0): \($0)\n" }.joined()),
        ]
        return inputs.map { (name: $0.0, bytes: Array($0.1.utf8)) }
    }
}
