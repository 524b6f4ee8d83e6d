/// Plain words, at the line of the slip, for the YAML mistakes people make most, instead of
/// libyaml's parser-speak (kept in parentheses for searching):
/// - an unquoted ": " inside a value ("mapping values are not allowed in this context");
/// - an indent that matches no enclosing level, which libyaml may report on the next line
///   ("did not find expected key", "… '-' indicator");
/// - a quote opened and never closed, which libyaml reports at the end of the file.
enum YAMLSyntaxHint {
    static func explain(_ failure: YAMLComposer.Failure, text: String) -> (message: String, line: Int, column: Int)? {
        let problem = failure.problem.isEmpty ? failure.message : failure.problem
        // By Character.isNewline: "\r\n" is one Character, so splitting on "\n" would leave a
        // file saved with Windows line ends as one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if problem.contains("mapping values are not allowed") {
            // A line indented deeper than its key reads as the key's value going on, and its
            // own ': ' is then the error: that is an indent slip, not a colon to quote.
            if let slip = indentSlip(lines, upTo: failure.line), slip.line == failure.line {
                return indentMessage(slip, problem)
            }
            return (
                "a ': ' inside a value starts a new key; put the value in quotes, e.g. name: \"Plan B: talks\" (\(problem))",
                failure.line, failure.column
            )
        }
        if problem.contains("quoted scalar"), problem.contains("end of stream"), let start = failure.context {
            return ("this quote is never closed; end the value with the same quote character (\(problem))", start.line, start.column)
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return indentSlip(lines, upTo: failure.line).map { indentMessage($0, problem) }
        }
        return nil
    }

    private static func indentMessage(_ slip: (line: Int, indent: Int, levels: [Int]), _ problem: String) -> (message: String, line: Int, column: Int) {
        let levels = slip.levels.map(String.init).joined(separator: ", ")
        return (
            "line \(slip.line) is indented by \(slip.indent) space\(slip.indent == 1 ? "" : "s"), which lines up with no enclosing level (the lines above use \(levels)); indent it like its siblings (\(problem))",
            slip.line, slip.indent + 1
        )
    }

    /// The last line at or before `upTo` whose indent is new (used by no line above it) and
    /// not a step into a block just opened: the line that left the structure.
    static func indentSlip(_ lines: [String], upTo last: Int) -> (line: Int, indent: Int, levels: [Int])? {
        var seen: [Int] = []
        var previous: (indent: Int, opensBlock: Bool)?
        var slip: (line: Int, indent: Int, levels: [Int])?
        for (offset, text) in lines.prefix(max(0, last)).enumerated() {
            let trimmed = text.drop { $0 == " " }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let indent = text.count - trimmed.count
            let opensBlock = trimmed.hasSuffix(":") || trimmed == "-"
            // Going deeper right after a key or list item opens a block: a new level, fine.
            let deeper = previous.map { indent > $0.indent && $0.opensBlock } ?? true
            if !seen.contains(indent), !deeper {
                slip = (offset + 1, indent, seen.sorted())
            }
            if !seen.contains(indent) { seen.append(indent) }
            // A "- key: value" item also starts a mapping at the key's column.
            if trimmed.hasPrefix("- ") {
                let keyIndent = indent + 2
                if !seen.contains(keyIndent) { seen.append(keyIndent) }
            }
            previous = (indent, opensBlock)
        }
        return slip
    }
}
