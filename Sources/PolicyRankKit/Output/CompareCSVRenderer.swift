/// `compare --format csv` (RFC 4180): the three tables in one file, stacked, for a
/// spreadsheet.
///
/// One file rather than three because a spreadsheet opens one file as one sheet, and a
/// facilitator wants all three tables there. The first column, `section`, names the table
/// each row belongs to (`criteria`, `methods`, `perspectives`), so a filter on it shows one
/// table; each table starts with its own header row, whose `section` cell is `section`.
/// Every row has the same number of fields (the widest table's; short rows end in empty
/// fields), as RFC 4180 asks and as tools that infer columns expect.
///
/// - criteria: `section,id,name,<criterion id>…`; the first data row has the name
///   `(weight)` and an empty id and holds the effective weights; then one row per option
///   with its scores as written (levels as labels, ranges low–likely–high).
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
        let options = tables.options

        rows.append(["section", "id", "name"] + tables.criteria.map(\.id))
        rows.append(["criteria", "", "(weight)"] + tables.criteria.map { NumberFormat.json($0.weight) })
        for (option, scores) in zip(options, tables.scores) {
            rows.append(["criteria", option.id, option.name] + scores.map { $0?.text ?? "" })
        }

        rows.append(["section", "id", "name"] + tables.methods.flatMap { ["\($0.method):rank", "\($0.method):score"] })
        for (index, option) in options.enumerated() {
            rows.append(
                ["methods", option.id, option.name]
                    + tables.methods.flatMap { column in
                        [column.cells[index].rank == 0 ? "" : String(column.cells[index].rank), NumberFormat.json(column.cells[index].score)]
                    })
        }

        rows.append(["section", "id", "name"] + tables.rankColumns.map(CompareText.header))
        for (index, option) in options.enumerated() {
            rows.append(["perspectives", option.id, option.name] + tables.rankColumns.map { String($0.ranks[index]) })
        }

        if let packages = tables.packages {
            let names = Dictionary(tables.options.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            rows.append(["section", "id", "name", "rank", "score", "feasible"] + tables.criteria.map(\.id))
            for row in packages {
                rows.append(
                    [
                        "packages", row.members.joined(separator: "+"), row.members.map { names[$0] ?? $0 }.joined(separator: " + "), String(row.rank),
                        NumberFormat.json(row.score),
                        row.feasible ? "yes" : "no",
                    ]
                        + row.combined.map { NumberFormat.json($0) })
            }
        }

        let width = rows.map(\.count).max() ?? 0
        return rows.map { row in
            (row + Array(repeating: "", count: width - row.count)).map(CSVField.render).joined(separator: ",") + "\r\n"
        }.joined()
    }
}

extension CompareCSVRenderer: Renderer {
    public static let format = "csv"
    public static func render(_ tables: ComparisonTables, in context: RenderContext) -> String { render(tables) }
}
