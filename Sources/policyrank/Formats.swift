import ArgumentParser
import PolicyRankKit

/// `--format` for a command, derived from its renderer list in `Renderers`: the help text,
/// the completion values and the check all come from the same list.
enum Formats {
    static func help<S>(_ renderers: [any Renderer<S>.Type], _ extra: String = "") -> ArgumentHelp {
        ArgumentHelp("Output format: \(Renderers.list(renderers))\(extra).", valueName: "format")
    }

    static func completion<S>(_ renderers: [any Renderer<S>.Type]) -> CompletionKind {
        .list(Renderers.names(renderers))
    }

    static func check<S>(_ name: String, _ renderers: [any Renderer<S>.Type]) throws {
        guard Renderers.named(name, in: renderers) != nil else {
            throw ValidationError(
                "The value '\(name)' is invalid for '--format'\(Suggestion.hint(for: name, in: Renderers.names(renderers))); valid: \(Renderers.list(renderers))"
            )
        }
    }

    /// The renderer `check` accepted (`validate()` runs before `run()`).
    static func renderer<S>(_ name: String, _ renderers: [any Renderer<S>.Type]) -> any Renderer<S>.Type {
        Renderers.named(name, in: renderers) ?? renderers[0]
    }
}
