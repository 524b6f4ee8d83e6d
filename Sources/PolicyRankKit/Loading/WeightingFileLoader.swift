import Foundation

/// Reads the small YAML files of `policyrank weights ahp|swing|roc FILE`, with the same
/// located diagnostics as study files.
public enum WeightingFileLoader {
    public struct Pairwise: Sendable {
        public var criteria: [String]
        public var matrix: [[Double]]
    }

    /// `criteria: [ids]` and `matrix:` rows; an entry is a number or a fraction such as `1/3`.
    /// The matrix must be square, positive, 1 on the diagonal and reciprocal (a_ji = 1/a_ij).
    public static func pairwise(path: String) -> (Pairwise?, [Diagnostic]) {
        read(path) { reader, root in
            guard let fields = reader.fields(root, "AHP file", keys: ["criteria", "matrix"]),
                let criteriaNode = reader.require(fields, "criteria"), let matrixNode = reader.require(fields, "matrix"),
                let idNodes = reader.list(criteriaNode, "'criteria'"), let rowNodes = reader.list(matrixNode, "'matrix'")
            else { return nil }
            let ids = idNodes.compactMap { IdentifierReader(reader: reader).id($0, "criterion id") }
            let n = ids.count
            guard n == idNodes.count else { return nil }
            guard n > 0 else {
                reader.error(.missingField, "'criteria' is empty; an AHP matrix compares at least one criterion", at: criteriaNode)
                return nil
            }
            guard rowNodes.count == n else {
                reader.error(.wrongType, "'matrix' has \(rowNodes.count) rows but there are \(n) criteria; it must be \(n) × \(n)", at: matrixNode)
                return nil
            }
            var matrix: [[Double]] = []
            var cells: [[YAMLNode]] = []
            for rowNode in rowNodes {
                guard let entries = reader.list(rowNode, "a row of 'matrix'") else { return nil }
                guard entries.count == n else {
                    reader.error(.wrongType, "this row has \(entries.count) entries; each row needs \(n), one per criterion", at: rowNode)
                    return nil
                }
                matrix.append(entries.compactMap { judgement($0, reader: reader) })
                cells.append(entries)
            }
            guard matrix.allSatisfy({ $0.count == n }) else { return nil }
            var consistent = true
            for i in 0..<n {
                if abs(matrix[i][i] - 1) > 1e-9 {
                    reader.error(.invalidWeight, "a criterion compared with itself must be 1, found \(NumberFormat.plain(matrix[i][i]))", at: cells[i][i])
                    consistent = false
                }
                for j in (i + 1)..<max(i + 1, n) where abs(matrix[i][j] * matrix[j][i] - 1) > 0.01 {
                    reader.error(
                        .invalidWeight,
                        "the matrix must be reciprocal: '\(ids[j].value)' vs '\(ids[i].value)' should be \(AHP.fraction(1 / matrix[i][j])) since '\(ids[i].value)' vs '\(ids[j].value)' is \(AHP.fraction(matrix[i][j]))",
                        at: cells[j][i])
                    consistent = false
                }
            }
            return consistent ? Pairwise(criteria: ids.map(\.value), matrix: matrix) : nil
        }
    }

    /// `swings: {id: points}`: points for each criterion's swing from worst to best.
    public static func swings(path: String) -> ((criteria: [String], points: [Double])?, [Diagnostic]) {
        read(path) { reader, root in
            guard let fields = reader.fields(root, "swing file", keys: ["swings"]),
                let swingsNode = reader.require(fields, "swings"),
                let pairs = reader.entries(swingsNode, "'swings'")
            else { return nil }
            var criteria: [String] = [], points: [Double] = []
            for pair in pairs {
                guard let value = reader.number(pair.value, "swing points of '\(pair.key)'") else { return nil }
                if value.value < 0 {
                    reader.report(.error(.invalidWeight, "swing points of '\(pair.key)' must not be negative", at: value.location))
                    return nil
                }
                criteria.append(pair.key)
                points.append(value.value)
            }
            guard points.contains(where: { $0 > 0 }) else {
                reader.error(.invalidWeight, "at least one swing needs positive points (the most important swing is usually 100)", at: swingsNode)
                return nil
            }
            return (criteria, points)
        }
    }

    /// `ranking: [ids]`, most important first.
    public static func ranking(path: String) -> ([String]?, [Diagnostic]) {
        read(path) { reader, root in
            guard let fields = reader.fields(root, "ranking file", keys: ["ranking"]),
                let rankingNode = reader.require(fields, "ranking"),
                let items = reader.list(rankingNode, "'ranking'")
            else { return nil }
            let ids = items.compactMap { IdentifierReader(reader: reader).id($0, "criterion id") }
            var seen = Set<String>()
            for id in ids where !seen.insert(id.value).inserted {
                reader.report(.error(.duplicateID, "'\(id.value)' appears twice in the ranking", at: id.location))
                return nil
            }
            guard !items.isEmpty else {
                reader.error(.missingField, "'ranking' is empty; list the criterion ids, most important first", at: rankingNode)
                return nil
            }
            return ids.count == items.count ? ids.map(\.value) : nil
        }
    }

    /// A judgement: a positive number, or a fraction `a/b` (YAML reads `1/3` as a string).
    private static func judgement(_ node: YAMLNode, reader: NodeReader) -> Double? {
        var value: Double?
        if case .scalar(let text, _) = node.content {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, let top = Double(parts[0].trimmingCharacters(in: .whitespaces)),
                let bottom = Double(parts[1].trimmingCharacters(in: .whitespaces)), bottom != 0
            {
                value = top / bottom
            } else if case .finite(let number)? = YAMLScalar.number(text) {
                value = number
            }
        }
        guard let value, value.isFinite, value > 0 else {
            reader.error(.wrongType, "a judgement must be a positive number or a fraction such as 1/3, found \(reader.describe(node))", at: node)
            return nil
        }
        return value
    }

    private static func read<T>(_ path: String, _ decode: (NodeReader, YAMLNode) -> T?) -> (T?, [Diagnostic]) {
        let reader = NodeReader(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [.error(.ioError, "cannot read this file", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        let (root, diagnostics) = YAMLFile.parse([UInt8](data), file: path)
        diagnostics.forEach(reader.report)
        guard let root else {
            return (
                nil,
                reader.diagnostics.isEmpty ? [.error(.missingField, "file is empty", at: SourceLocation(file: path, line: 1, column: 1))] : reader.diagnostics
            )
        }
        let value = decode(reader, root)
        return (reader.diagnostics.hasErrors ? nil : value, reader.diagnostics)
    }
}
