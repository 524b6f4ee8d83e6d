/// Titles, notes and cell wording shared by the `compare` renderers, so a table pasted from
/// the terminal and one from the HTML page say the same thing in the same words.
enum CompareText {
    static let criteriaTitle = "Options × criteria"
    static let methodsTitle = "Options × methods"
    static let studyWeights = "(study weights)"

    static func perspectivesTitle(_ tables: ComparisonTables) -> String {
        "Options × perspectives\(tables.participants.isEmpty ? "" : " and participants") (rank under \(tables.baseline.method))"
    }

    static let participantsNote =
        "participant:…: a participant's own weights, and their own scores where they give them (participants/*.yaml); a leaf they do not name weighs 0."

    /// A column's name for formats that head columns with names.
    static func name(_ column: ComparisonTables.PerspectiveColumn) -> String {
        column.id == nil ? studyWeights : column.participant ? "\(column.name) (participant)" : column.name
    }

    static let criteriaIntro =
        "Scores as written: levels by their label, ranges as likely (low–high), or low–high for {low, high}; an uncertain score ranks at its likely value, the midpoint for {low, high}."

    static let methodsIntro = "Rank (score) under each method; options with equal scores share a rank (1, 2, 2, 4)."

    /// "Weights are effective (leaf) weights …", or with `where` "Effective (leaf) weights in brackets …".
    static func weightsNote(_ tables: ComparisonTables, where place: String? = nil) -> String {
        (place.map { "Effective (leaf) weights \($0)" } ?? "Weights are effective (leaf) weights")
            + (tables.baseline.perspective.map { " under perspective '\($0)'" } ?? "") + "; they sum to 1."
    }

    /// The weights note, which criteria are benefits and costs, and their units.
    static func criteriaNotes(_ tables: ComparisonTables, weightsWhere place: String? = nil) -> [String] {
        var notes = [weightsNote(tables, where: place)]
        for direction in Direction.allCases {
            let ids = tables.criteria.filter { $0.direction == direction }.map(\.id)
            guard !ids.isEmpty else { continue }
            notes.append((direction == .benefit ? "Benefit, higher is better: " : "Cost, lower is better: ") + ids.joined(separator: ", ") + ".")
        }
        let units = tables.criteria.compactMap { column in column.unit.map { "\(column.id) in \($0)" } }
        if !units.isEmpty { notes.append("Units: " + units.joined(separator: "; ") + ".") }
        return notes
    }

    static func methodsNotes(_ tables: ComparisonTables) -> [String] {
        guard !tables.methods.isEmpty else { return [] }
        var notes = ["Normalization: " + tables.methods.map(normalization).joined(separator: ", ") + "."]
        let lower = tables.methods.filter { $0.better == .lower }.map(\.method)
        if !lower.isEmpty { notes.append("Lower score is better: " + lower.joined(separator: ", ") + "; higher for the others.") }
        if let verdict = RankingTableRenderer.verdict(tables.baseline) { notes.append("Under \(tables.baseline.method): " + verdict) }
        if let baseline = RankingTableRenderer.baselineNote(tables.baseline) { notes.append("Under \(tables.baseline.method): " + baseline) }
        notes += tables.methods.compactMap { $0.degeneracy }.map { "\($0.method) (—): \($0.summary)" }
        // A partial ranking's shared rank can hide an incomparability: say which pairs.
        notes += tables.methods.filter { !$0.incomparable.isEmpty }.map { column in
            "\(column.method) cannot compare " + column.incomparable.map { "\($0.0) and \($0.1)" }.joined(separator: "; ")
                + " (a shared rank there is not a tie)."
        }
        return notes
    }

    /// With `legend`, each perspective's name for formats whose heads show ids.
    static func perspectivesNotes(_ tables: ComparisonTables, legend: Bool) -> [String] {
        var notes = ["\(studyWeights): the weights in the criteria files."]
        if tables.perspectives.count == 1 { notes.append("No perspectives compared; the study defines none or none were chosen.") }
        if !tables.participants.isEmpty { notes.append(participantsNote) }
        guard legend else { return notes }
        notes += tables.rankColumns.compactMap { column in
            guard let id = column.id, column.name != id else { return nil }
            return "\(header(column)): \(column.name)."
        }
        return notes
    }

    /// "wsm scale", "vikor none (v=0.5)".
    static func normalization(_ column: ComparisonTables.MethodColumn) -> String {
        "\(column.method) \(settings(column))"
    }

    /// "scale", "none (v=0.5)": the normalization and any parameters.
    static func settings(_ column: ComparisonTables.MethodColumn) -> String {
        var text = column.normalization.rawValue
        if !column.parameters.isEmpty {
            text += " (" + column.parameters.map { "\($0.0)=\(NumberFormat.plain($0.1))" }.joined(separator: ", ") + ")"
        }
        return text
    }

    /// A perspective column's header: its id, or "(study weights)".
    static func header(_ column: ComparisonTables.PerspectiveColumn) -> String {
        column.participant ? "participant:" + (column.id ?? "") : column.id ?? studyWeights
    }

    /// "1 (0.6120)".
    /// "—" where the method ranks nothing (a degenerate result or a missing score).
    static func rankAndScore(_ cell: ComparisonTables.RankCell) -> String {
        cell.rank == 0 ? "— (\(NumberFormat.fixed(cell.score)))" : "\(cell.rank) (\(NumberFormat.fixed(cell.score)))"
    }

    static func weight(_ value: Double) -> String { NumberFormat.fixed(value, 3) }

    static func score(_ cell: ComparisonTables.ScoreCell?) -> String { cell?.text ?? "—" }

    static let packagesTitle = "Packages beside single measures"
    static let packagesIntro =
        "Each measure alone and the best packages, ranked together by the same method; combined scores in each criterion's units. A package marked * breaks the portfolio's constraints."

    static func package(_ row: ComparisonTables.PackageRow) -> String {
        row.members.joined(separator: " + ") + (row.feasible ? "" : " *")
    }
}
