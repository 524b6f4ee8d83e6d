/// Resolution of plain scalars under the YAML 1.2 core schema, restricted to what a study
/// needs. Numbers must be finite: `.nan`, `.inf` and literals that overflow a Double are
/// reported rather than silently poisoning every score they touch.
enum YAMLScalar {
    enum Number: Equatable {
        case finite(Double)
        case nonFinite
    }

    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// A number if `text` is a YAML 1.2 core-schema int or float, else nil.
    static func number(_ text: String) -> Number? {
        let lowered = text.lowercased()
        if [".nan", ".inf", "+.inf", "-.inf"].contains(lowered) { return .nonFinite }
        if let hex = integer(text, prefix: "0x", radix: 16) { return .finite(hex) }
        if let octal = integer(text, prefix: "0o", radix: 8) { return .finite(octal) }
        guard isDecimalLiteral(text), let value = Double(text) else { return nil }
        return value.isFinite ? .finite(value) : .nonFinite
    }

    private static func integer(_ text: String, prefix: String, radix: Int) -> Double? {
        guard text.hasPrefix(prefix), text.count > prefix.count,
            let value = Int64(text.dropFirst(prefix.count), radix: radix)
        else { return nil }
        return Double(value)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isDecimalLiteral(_ text: String) -> Bool {
        var chars = Substring(text)
        if let first = chars.first, first == "-" || first == "+" { chars = chars.dropFirst() }
        let integerDigits = chars.prefix { $0.isASCII && $0.isNumber }
        chars = chars.dropFirst(integerDigits.count)
        var fractionDigits = Substring()
        if chars.first == "." {
            chars = chars.dropFirst()
            fractionDigits = chars.prefix { $0.isASCII && $0.isNumber }
            chars = chars.dropFirst(fractionDigits.count)
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return false }
        if let e = chars.first, e == "e" || e == "E" {
            chars = chars.dropFirst()
            if let sign = chars.first, sign == "-" || sign == "+" { chars = chars.dropFirst() }
            let exponent = chars.prefix { $0.isASCII && $0.isNumber }
            guard !exponent.isEmpty else { return false }
            chars = chars.dropFirst(exponent.count)
        }
        return chars.isEmpty
    }
}
