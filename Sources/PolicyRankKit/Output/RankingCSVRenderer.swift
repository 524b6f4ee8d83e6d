/// `rank --format csv` (RFC 4180): one row per option with its rank, score, the method's
/// details and each criterion's contribution; CRLF line ends, fields quoted when needed and
/// text that a spreadsheet would run as a formula neutralised (`CSVField`).
public enum RankingCSVRenderer {
    public static func render(_ ranking: Ranking) -> String {
        let detailNames = ranking.entries.first?.details?.map(\.0) ?? []
        let contributionNames = ranking.entries.first?.contributions?.map(\.criterion) ?? []
        let sampled = ranking.firstPlace != nil
        let measured = ranking.baseline != nil
        var rows = [
            ["rank", "id", "name", "score"] + (measured ? ["vs_baseline"] : []) + (sampled ? ["p_first"] : []) + detailNames
                + contributionNames.map { "contribution:\($0)" }
        ]
        let number = { (value: Double?) -> String in value.map { NumberFormat.json($0) } ?? "" }
        for entry in ranking.entries {
            var row: [String] = [String(entry.rank), entry.id, entry.name, NumberFormat.json(entry.score)]
            if measured { row.append(number(entry.vsBaseline)) }
            if sampled { row.append(number(entry.pFirst)) }
            row += (entry.details ?? []).map { NumberFormat.json($0.1) }
            row += (entry.contributions ?? []).map { NumberFormat.json($0.value) }
            rows.append(row)
        }
        return rows.map { $0.map(CSVField.render).joined(separator: ",") + "\r\n" }.joined()
    }
}

extension RankingCSVRenderer: Renderer {
    public static let format = "csv"
    public static func render(_ ranking: Ranking, in context: RenderContext) -> String { render(ranking) }
}
