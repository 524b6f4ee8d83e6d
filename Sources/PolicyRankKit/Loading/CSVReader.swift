/// Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF (LF and CR
/// alone are accepted too), a field in double quotes may hold commas, line breaks and `""`
/// for a quote. A UTF-8 byte-order mark (what Excel writes) is skipped. Each record keeps the
/// line it starts on, for diagnostics.
enum CSVReader {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    enum Failure: Error, Equatable {
        /// A quoted field still open at the end of the input, starting at this line.
        case unterminatedQuote(line: Int)
        case invalidUTF8
    }

    static func records(_ bytes: [UInt8]) throws(Failure) -> [Record] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else { throw .invalidUTF8 }
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(field)
            // A blank line is not a record of one empty field.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            atFieldStart = true
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else if scalar == "\r" {
                    // A line break inside quotes is part of the field: CRLF stays CRLF.
                    line += 1
                    field.unicodeScalars.append("\r")
                    let next = scalars.next()
                    if next == "\n" { field.unicodeScalars.append("\n") } else { pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
