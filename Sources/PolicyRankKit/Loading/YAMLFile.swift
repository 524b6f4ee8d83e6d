/// Reads one file's bytes into a composed YAML tree, turning every failure — invalid
/// UTF-8, syntax, nesting, alias bombs, duplicate keys — into located diagnostics.
enum YAMLFile {
    static func parse(_ bytes: [UInt8], file: String) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        if let (line, column) = firstInvalidUTF8(bytes) {
            let location = SourceLocation(file: file, line: line, column: column)
            return (nil, [.error(.invalidUTF8, "file is not valid UTF-8 (first bad byte here); save it as UTF-8", at: location)])
        }
        do {
            let result = try YAMLComposer.compose(bytes)
            let duplicates = result.duplicateKeys.map { pair in
                Diagnostic.error(
                    .duplicateKey, "duplicate key '\(pair.key)' in this mapping; a key may appear only once",
                    at: SourceLocation(file: file, line: pair.keyLine, column: pair.keyColumn))
            }
            return (result.root, duplicates)
        } catch {
            var message = error.message
            var (line, column) = (error.line, error.column)
            if character(in: bytes, line: error.line, column: error.column) == UInt8(ascii: "\t") {
                message = "tab character here; YAML indentation must use spaces (\(message))"
            } else if error.rule == .yamlSyntax, let hint = YAMLSyntaxHint.explain(error, text: String(decoding: bytes, as: UTF8.self)) {
                (message, line, column) = hint
            }
            return (nil, [.error(error.rule, message, at: SourceLocation(file: file, line: line, column: column))])
        }
    }

    /// The byte at a 1-based line and column (columns counted in bytes; enough for ASCII hints).
    static func character(in bytes: [UInt8], line: Int, column: Int) -> UInt8? {
        var currentLine = 1, index = 0
        while currentLine < line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index += 1
        }
        let target = index + column - 1
        return target < bytes.count ? bytes[target] : nil
    }

    /// The 1-based line and column (in bytes) of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (Int, Int)? {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            guard index + length <= bytes.count else { return (line, index - lineStart + 1) }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return nil
    }
}
