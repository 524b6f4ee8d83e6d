import PolicyRankKit

/// How one fuzz input is turned into a call of `StudyLoader.diagnose`, shared by the
/// libFuzzer entry point and the replay executable so both run exactly the same code.
enum FuzzInput {
    static let roles = StudyLoader.FileRole.allCases

    /// libFuzzer: the first byte picks the role, the rest is the file's bytes.
    static func run(fuzzerInput bytes: UnsafeBufferPointer<UInt8>) {
        guard let selector = bytes.first else { return }
        let role = roles[Int(selector) % roles.count]
        _ = StudyLoader.diagnose(bytes: Array(bytes.dropFirst()), as: role)
    }

    /// Replay: a corpus file is tried whole under every role, and also the way libFuzzer
    /// would read it (first byte as role selector), so crash reproducers written by
    /// libFuzzer reproduce here. Returns the number of `diagnose` calls made.
    @discardableResult
    static func replay(_ bytes: [UInt8], file: String) -> Int {
        var calls = 0
        for role in roles {
            _ = StudyLoader.diagnose(bytes: bytes, as: role, file: file)
            calls += 1
        }
        if let selector = bytes.first {
            let role = roles[Int(selector) % roles.count]
            _ = StudyLoader.diagnose(bytes: Array(bytes.dropFirst()), as: role, file: file)
            calls += 1
        }
        return calls
    }
}
