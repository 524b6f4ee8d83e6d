import Foundation

/// Where output goes and whether it may be coloured: only on a TTY, never with NO_COLOR.
enum Terminal {
    enum Stream { case standardOutput, standardError }

    static func colorEnabled(for stream: Stream) -> Bool {
        guard ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true else { return false }
        return isatty(stream == .standardError ? STDERR_FILENO : STDOUT_FILENO) == 1
    }

    /// The width tables may use on standard output: `COLUMNS` when set (so a script can ask
    /// for a width), else the terminal's own; nil when output goes to a file or a pipe.
    static func width() -> Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
        return Int(size.ws_col)
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A path as a user can paste it into a shell.
    static func shellQuoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./~+,:@%")
        if !text.isEmpty, text.allSatisfy(safe.contains), !text.hasPrefix("~") { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
