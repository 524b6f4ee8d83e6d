/// `compare --format csv` (RFC 4180): the tables in one file, stacked, for a spreadsheet.
///
/// One file rather than one per table because a spreadsheet opens one file as one sheet, and a
/// facilitator wants every table there. The first column, `section`, names the table each row
/// belongs to (`criteria`, `methods`, `perspectives`, and `packages` for a study with
/// packages), so a filter on it shows one table; each table starts with its own header row,
/// whose `section` cell is `section`.
/// Every row has the same number of fields (the widest table's; short rows end in empty
/// fields), as RFC 4180 asks and as tools that infer columns expect.
///
/// - criteria: `section,id,name,<criterion id>…`; the first data row has the name
///   `(weight)` and an empty id and holds the effective weights; then one row per option
///   with its scores as written (levels as labels, ranges as likely (low–high) or low–high).
/// - methods: `section,id,name,<method>:rank,<method>:score,…`: numbers in their own cells,
///   so they sort and chart.
/// - perspectives: `section,id,name,(study weights),<perspective id>…,participant:<id>…`: ranks.
/// - packages (studies with a portfolio): `section,id,name,rank,score,feasible,<criterion id>…`,
///   the id `a+b`, combined scores in criterion units.
///
/// Options are in the base ranking's order in every table; CRLF line ends; numbers rounded
/// to 10 decimals, as in `rank --format csv`; text a spreadsheet would run as a formula is
/// neutralised (`CSVField`).
public enum CompareCSVRenderer {
    public static func render(_ tables: ComparisonTables) -> String {
        var rows: [[String]] = []
        for table in Table.allCases where table != .packages || tables.packages != nil {
            let body = self.rows(of: table, tables)
            guard let header = body.first else { continue }
            rows.append(["section"] + header)
            rows += body.dropFirst().map { [table.rawValue] + $0 }
        }
        return csv(rows)
    }

    /// A table's header and rows, without the `section` column. The stacked criteria table
    /// keeps one cell per score as written (ranges as likely (low–high) or low–high).
    static func rows(of table: Table, _ tables: ComparisonTables) -> [[String]] {
        let options = tables.options
        var rows: [[String]] = []
        switch table {
        case .criteria:
            rows.append(["id", "name"] + tables.criteria.map(\.id))
            rows.append(["", "(weight)"] + tables.criteria.map { NumberFormat.json($0.weight) })
            for (option, scores) in zip(options, tables.scores) {
                rows.append([option.id, option.name] + scores.map { $0?.text ?? "" })
            }
        case .methods:
            rows.append(["id", "name"] + tables.methods.flatMap { ["\($0.method):rank", "\($0.method):score"] })
            for (index, option) in options.enumerated() {
                rows.append(
                    [option.id, option.name]
                        + tables.methods.flatMap { column in
                            [column.cells[index].rank == 0 ? "" : String(column.cells[index].rank), NumberFormat.json(column.cells[index].score)]
                        })
            }
        case .perspectives:
            rows.append(["id", "name"] + tables.rankColumns.map(CompareText.header))
            for (index, option) in options.enumerated() {
                rows.append([option.id, option.name] + tables.rankColumns.map { String($0.ranks[index]) })
            }
        case .packages:
            guard let packages = tables.packages else { return [] }
            let names = Dictionary(tables.options.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            rows.append(["id", "name", "rank", "score", "feasible"] + tables.criteria.map(\.id))
            for row in packages {
                rows.append(
                    [
                        row.members.joined(separator: "+"), row.members.map { names[$0] ?? $0 }.joined(separator: " + "), String(row.rank),
                        NumberFormat.json(row.score), row.feasible ? "yes" : "no",
                    ] + row.combined.map { NumberFormat.json($0) })
            }
        }
        return rows
    }

    /// Every row as wide as the widest (RFC 4180), CRLF line ends, fields made safe.
    static func csv(_ rows: [[String]]) -> String {
        let width = rows.map(\.count).max() ?? 0
        return rows.map { row in
            (row + Array(repeating: "", count: width - row.count)).map(CSVField.render).joined(separator: ",") + "\r\n"
        }.joined()
    }
}

/// `compare --format csv --table NAME`: one table per file, for a spreadsheet that should
/// hold one table per sheet. No `section` column; one header row, `id,name,…`.
///
/// - criteria: `id,name` then, per criterion, `<id>:low,<id>:likely,<id>:high`, each a
///   number in its own cell (a level as its label): a point score repeats its value, a
///   `{low, high}` range has its midpoint (the value it ranks at) as `likely`. The first row,
///   name `(weight)`, holds each criterion's effective weight under `<id>:likely`.
/// - methods, perspectives, packages: as in the stacked file, without the `section` column.
extension CompareCSVRenderer {
    public enum Table: String, CaseIterable, Sendable {
        case criteria, methods, perspectives, packages
    }

    /// nil for `packages` in a study without a portfolio.
    public static func render(_ tables: ComparisonTables, table: Table) -> String? {
        guard table != .packages || tables.packages != nil else { return nil }
        guard table == .criteria else { return csv(rows(of: table, tables)) }
        var rows: [[String]] = [["id", "name"] + tables.criteria.flatMap { ["\($0.id):low", "\($0.id):likely", "\($0.id):high"] }]
        rows.append(["", "(weight)"] + tables.criteria.flatMap { ["", NumberFormat.json($0.weight), ""] })
        for (option, scores) in zip(tables.options, tables.scores) {
            rows.append([option.id, option.name] + scores.flatMap(ends))
        }
        return csv(rows)
    }

    /// A score as three cells: low, the value it ranks at, high.
    private static func ends(_ cell: ComparisonTables.ScoreCell?) -> [String] {
        guard let cell else { return ["", "", ""] }
        func text(_ value: ScoreValue) -> String {
            switch value {
            case .number(let x): NumberFormat.json(x)
            case .label(let label): label
            }
        }
        switch cell.score {
        case .point(let value): return [text(value), text(value), text(value)]
        case .triangular(let low, let likely, let high): return [text(low), text(likely), text(high)]
        case .uniform(let low, let high):
            return [text(low), cell.value.map { NumberFormat.json($0) } ?? "", text(high)]
        }
    }
}

extension CompareCSVRenderer: Renderer {
    public static let format = "csv"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String { render(tables) }
}
