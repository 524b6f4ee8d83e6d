import Foundation

/// `policyrank import mapping FILE.csv`: a long CSV, one row per participant, option and
/// criterion — the shape multicriteria-mapping tools export — into one `participants/*.yaml`
/// per participant.
///
/// Columns (a header row, any order, case and surrounding spaces ignored): `participant`,
/// `option`, `criterion`, `weight`, `pessimistic`, `optimistic`; optionally `group`,
/// `participant_name` and `criterion_name`. A participant or criterion that is not an id
/// ("Trade union") becomes one (`trade_union`) and keeps the text as its name; options must
/// already be the study's policy ids (validation then checks them). Every problem is a
/// located diagnostic, all of them in one run, and then nothing is written.
public enum MappingImport {
    public struct File: Sendable, Equatable {
        /// Relative to the study: `participants/<id>.yaml`.
        public var path: String
        public var contents: String
    }

    static let required = ["participant", "option", "criterion", "weight", "pessimistic", "optimistic"]
    static let optional = ["group", "participant_name", "criterion_name"]

    private struct Criterion {
        var id: String
        var name: String?
        var weight: Double
        var line: Int
    }

    private struct Draft {
        var id: String
        var name: String?
        var group: String?
        var criteria: [Criterion] = []
        /// option → criterion → (low, high), in row order.
        var scores: [(option: String, criterion: String, low: Double, high: Double)] = []
    }

    /// `reserved`: the leaf ids of the study written into. A criterion of that id would be read
    /// as the shared leaf, in the leaf's units and direction, not on the participant's own
    /// higher-is-better scale, so it is refused.
    public static func participants(
        csv bytes: [UInt8], file: String, source: String, reserved: Set<String> = []
    ) -> (files: [File], diagnostics: [Diagnostic]) {
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(bytes)
        } catch .unterminatedQuote(let line) {
            return ([], [.error(.csvSyntax, "a quoted field opened here is never closed", at: at(line))])
        } catch {
            return ([], [.error(.invalidUTF8, "the file is not valid UTF-8; save it as UTF-8 CSV", at: at(1))])
        }
        guard let header = records.first else { return ([], [.error(.missingField, "the file is empty; expected a header row", at: at(1))]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        var headerProblems: [Diagnostic] = []
        for (index, name) in names.enumerated() {
            if column[name] != nil {
                headerProblems.append(
                    .error(.csvSyntax, "column '\(name)' appears twice in the header; which one holds the values is ambiguous", at: at(header.line)))
            } else if !(required + optional).contains(name) {
                headerProblems.append(
                    .error(
                        .csvSyntax,
                        "unknown column '\(name)'\(Suggestion.hint(for: name, in: required + optional)); its values would be lost (known: \((required + optional).joined(separator: ", ")))",
                        at: at(header.line)))
            } else {
                column[name] = index
            }
        }
        let absent = required.filter { column[$0] == nil }
        guard absent.isEmpty else {
            return (
                [],
                [
                    .error(
                        .missingField,
                        "the header lacks column\(absent.count == 1 ? "" : "s") " + absent.joined(separator: ", ") + "; expected "
                            + (required + optional.map { "[\($0)]" }).joined(separator: ", "), at: at(header.line))
                ]
            )
        }
        var diagnostics = headerProblems
        var drafts: [Draft] = []
        // id → the text it was made from, so two texts that make one id are caught.
        var participantSource: [String: String] = [:]
        var criterionSource: [String: [String: String]] = [:]
        var reportedReserved: Set<String> = []
        var draftIndex: [String: Int] = [:]
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            if record.fields.count > names.count {
                diagnostics.append(.error(.csvSyntax, "this row has \(record.fields.count) fields and the header \(names.count)", at: at(record.line)))
                continue
            }
            func cell(_ name: String) -> String {
                guard let index = column[name], index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            func number(_ name: String) -> Double? {
                let text = cell(name)
                guard let value = NumberFormat.number(text), value.isFinite else {
                    diagnostics.append(.error(.wrongType, "'\(name)' must be a finite number, found '\(text)'", at: at(record.line)))
                    return nil
                }
                return value
            }
            let participantText = cell("participant"), criterionText = cell("criterion"), option = cell("option")
            guard !participantText.isEmpty, !criterionText.isEmpty, !option.isEmpty else {
                diagnostics.append(.error(.missingField, "every row needs a participant, an option and a criterion", at: at(record.line)))
                continue
            }
            if !IdentifierReader.isValid(option) {
                diagnostics.append(.error(.invalidID, "option '\(option)' must be a policy id of the study (^[a-z][a-z0-9_-]*$)", at: at(record.line)))
            }
            let weight = number("weight"), low = number("pessimistic"), high = number("optimistic")
            guard let weight, let low, let high else { continue }
            if weight < 0 { diagnostics.append(.error(.invalidWeight, "weight \(NumberFormat.plain(weight)) is negative", at: at(record.line))) }
            if low > high {
                diagnostics.append(
                    .error(
                        .scoreRangeOrder, "pessimistic \(NumberFormat.plain(low)) is above optimistic \(NumberFormat.plain(high))", at: at(record.line)))
            }
            guard let participant = identifier(participantText), let criterion = identifier(criterionText) else {
                let text = identifier(participantText) == nil ? participantText : criterionText
                diagnostics.append(
                    .error(
                        .invalidID,
                        "cannot make an id from '\(text)' (no Latin letters or digits); write an id there and the text in participant_name or criterion_name",
                        at: at(record.line)))
                continue
            }
            if let earlier = participantSource[participant], earlier != participantText {
                diagnostics.append(
                    .error(
                        .duplicateID, "participants '\(earlier)' and '\(participantText)' both make the id '\(participant)'; give one of them another id",
                        at: at(record.line)))
                continue
            }
            participantSource[participant] = participantText
            if let earlier = criterionSource[participant]?[criterion], earlier != criterionText {
                diagnostics.append(
                    .error(
                        .duplicateID,
                        "criteria '\(earlier)' and '\(criterionText)' of '\(participant)' both make the id '\(criterion)'; give one of them another id",
                        at: at(record.line)))
                continue
            }
            criterionSource[participant, default: [:]][criterion] = criterionText
            if reserved.contains(criterion) {
                // Once per participant and criterion, not once per option.
                guard reportedReserved.insert(participant + "\u{0}" + criterion).inserted else { continue }
                diagnostics.append(
                    .error(
                        .duplicateID,
                        "criterion '\(criterion)' is a leaf of the study's value tree, where a score is in the leaf's own units; give this criterion of the participant's own another id (such as '\(criterion)_view')",
                        at: at(record.line)))
                continue
            }
            let key = "\(participant)\u{0}\(option)\u{0}\(criterion)"
            if let earlier = seen[key] {
                diagnostics.append(
                    .error(
                        .duplicateKey, "participant '\(participant)' scores '\(option)' on '\(criterion)' again (first on line \(earlier))", at: at(record.line)
                    ))
                continue
            }
            seen[key] = record.line
            let index =
                draftIndex[participant]
                ?? {
                    drafts.append(Draft(id: participant, name: participantText == participant ? nil : participantText))
                    draftIndex[participant] = drafts.count - 1
                    return drafts.count - 1
                }()
            if !cell("participant_name").isEmpty { drafts[index].name = cell("participant_name") }
            let group = cell("group")
            if !group.isEmpty, let id = identifier(group) {
                if let known = drafts[index].group, known != id {
                    diagnostics.append(
                        .error(.duplicateKey, "participant '\(participant)' is in group '\(known)' on an earlier row, '\(id)' here", at: at(record.line)))
                }
                drafts[index].group = id
            }
            if let existing = drafts[index].criteria.first(where: { $0.id == criterion }) {
                if existing.weight != weight {
                    diagnostics.append(
                        .error(
                            .invalidWeight,
                            "participant '\(participant)' weighs '\(criterion)' \(NumberFormat.plain(weight)) here and \(NumberFormat.plain(existing.weight)) on line \(existing.line)",
                            at: at(record.line)))
                }
            } else {
                let name = cell("criterion_name").isEmpty ? (criterionText == criterion ? nil : criterionText) : cell("criterion_name")
                drafts[index].criteria.append(Criterion(id: criterion, name: name, weight: weight, line: record.line))
            }
            drafts[index].scores.append((option, criterion, low, high))
        }
        if records.count == 1 { diagnostics.append(.error(.missingField, "the file has a header and no rows", at: at(header.line))) }
        guard diagnostics.isEmpty else { return ([], diagnostics.sortedForDisplay()) }
        return (drafts.map { File(path: "participants/\($0.id).yaml", contents: yaml($0, source: source)) }, [])
    }

    /// "Trade union" → "trade_union": lowercase, runs of anything but letters and digits to
    /// one "_", a leading digit prefixed with "p_". An id stays as it is; nil when the text has
    /// no Latin letter or digit to make one from.
    static func identifier(_ text: String) -> String? {
        if IdentifierReader.isValid(text) { return text }
        var id = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("_") {
                id += "_"
            }
        }
        while id.hasSuffix("_") { id.removeLast() }
        if id.isEmpty { return nil }
        if let first = id.unicodeScalars.first, !("a"..."z").contains(first) { id = "p_" + id }
        return id
    }

    private static func yaml(_ draft: Draft, source: String) -> String {
        // Ids are quoted too: `null`, `true` and `false` are ids, and YAML keywords when bare.
        let q = YAMLText.quoted
        var lines = ["# Imported by `policyrank import mapping` from \(YAMLText.comment(source)).", "id: \(q(draft.id))"]
        if let name = draft.name { lines.append("name: \(q(name))") }
        if let group = draft.group { lines.append("group: \(q(group))") }
        lines.append("criteria:")
        for criterion in draft.criteria {
            let name = criterion.name.map { ", name: \(q($0))" } ?? ""
            lines.append("  - {id: \(q(criterion.id))\(name), weight: \(YAMLText.number(criterion.weight))}")
        }
        lines.append("scores:")
        var options: [String] = []
        for score in draft.scores where !options.contains(score.option) { options.append(score.option) }
        for option in options {
            lines.append("  \(q(option)):")
            for score in draft.scores where score.option == option {
                lines.append("    \(q(score.criterion)): {low: \(YAMLText.number(score.low)), high: \(YAMLText.number(score.high))}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// What the importer writes into YAML: quoted strings that no text can break out of, and
/// numbers that read back as the same double.
enum YAMLText {
    /// A double-quoted YAML scalar: `"` and `\` escaped, every control character, line break
    /// and bidi override as an escape, so a name cannot end the string or the line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || TerminalText.isBidiControl(scalar)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The shortest text that parses back to the same double (Swift's description).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// Text safe inside a one-line comment.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || TerminalText.isBidiControl($0) ? "?" : $0 }))
    }
}
