import ArgumentParser
import PolicyRankKit

/// Shell completions from the lists that define them (methods, normalizations), and from the
/// study in the current directory (its perspective and option ids), read when the shell asks.
enum Completions {
    static let methods = CompletionKind.list(Methods.names)
    static let normalizations = CompletionKind.list(Normalization.allCases.map(\.rawValue))

    static let perspectives = CompletionKind.custom { _, _, prefix in
        StudyLoader.load(path: ".").study.perspectives.map(\.id.value).filter { $0.hasPrefix(prefix) }
    }

    static let options = CompletionKind.custom { _, _, prefix in
        StudyLoader.load(path: ".").study.policies.map(\.id.value).filter { $0.hasPrefix(prefix) }
    }
}
