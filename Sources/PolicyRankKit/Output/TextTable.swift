/// A plain aligned text table: columns padded to their widest cell, numbers right-aligned.
///
/// With a `width` (the terminal's), a table wider than it shrinks its `wrapping` columns —
/// names and lists of contributions — and wraps their cells onto more lines at spaces, so a
/// row never runs past the right edge and a name is never cut. Without one (output to a file
/// or a pipe) every cell stays on one line.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Columns that may wrap when the table is too wide.
    var wrapping: Set<Int> = []

    static let separator = 2
    /// A wrapping column never gets narrower than this.
    static let minimumWrapWidth = 8

    /// Every cell passes through `TerminalText.visible`: a name from a study file cannot send
    /// escape sequences to the terminal.
    /// Every left-aligned (text) column may wrap: for tables whose other columns are numbers.
    var wrappingText: TextTable {
        var table = self
        table.wrapping = Set(alignments.indices.filter { alignments[$0] == .left && $0 > 0 })
        return table
    }

    func render(boldHeader: Bool = false, width: Int? = nil) -> String {
        let headers = self.headers.map(TerminalText.visible)
        let rows = self.rows.map { $0.map(TerminalText.visible) }
        // Each cell's length in characters, counted once: counting walks the whole string,
        // and a study of 100,000 options has a million cells.
        let headerLengths = headers.map(\.count)
        let rowLengths = rows.map { $0.map(\.count) }
        var widths = headers.indices.map { column in
            rowLengths.reduce(headerLengths[column]) { Swift.max($0, $1[column]) }
        }
        if let width { widths = Self.fit(widths, wrapping: wrapping, within: width) }
        let gap = String(repeating: " ", count: Self.separator)
        func lines(_ cells: [String], _ lengths: [Int]) -> [String] {
            let wrapped: [[(text: String, length: Int)]] = cells.indices.map { column in
                lengths[column] > widths[column]
                    ? Self.wrap(cells[column], to: widths[column]).map { ($0, $0.count) } : [(cells[column], lengths[column])]
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                cells.indices.map { column in
                    let (text, length) = row < wrapped[column].count ? wrapped[column][row] : ("", 0)
                    let padding = String(repeating: " ", count: Swift.max(0, widths[column] - length))
                    return alignments[column] == .right ? padding + text : text + padding
                }.joined(separator: gap).trimmingTrailingSpaces()
            }
        }
        let header = lines(headers, headerLengths)
        var output = (boldHeader ? header.map { ANSI.wrap($0, ANSI.bold) } : header).joined(separator: "\n") + "\n"
        for (cells, lengths) in zip(rows, rowLengths) {
            for line in lines(cells, lengths) {
                output += line
                output += "\n"
            }
        }
        return output
    }

    /// Narrows the widest wrapping column, one character at a time, until the table fits or
    /// every wrapping column is at its minimum.
    static func fit(_ natural: [Int], wrapping: Set<Int>, within width: Int) -> [Int] {
        var widths = natural
        func total() -> Int { widths.reduce(0, +) + separator * max(widths.count - 1, 0) }
        while total() > width {
            guard let widest = wrapping.filter({ widths[$0] > minimumWrapWidth }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// Lines of at most `width` characters, broken at spaces (a word longer than the line is
    /// split).
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        // Most lines end in text: one byte read, no grapheme walk, no copy.
        guard utf8.last == UInt8(ascii: " ") else { return self }
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    /// At most `limit` characters, ending in "…" when cut.
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
