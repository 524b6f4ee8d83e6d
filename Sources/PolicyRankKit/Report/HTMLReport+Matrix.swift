/// Options × criteria: the scores as written (levels, ranges), shaded by their normalized
/// value; and, in their own section, each option's description, notes per criterion and
/// sources, so a reader can check every number against its evidence.
extension HTMLReport {
    func matrixSection() -> Markup {
        let policies = policiesInRankOrder
        let headers = ["Criterion"] + policies.map(\.displayName)
        let modelRow = Dictionary(whatIf.options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let numbers = noteNumbers
        let rows = whatIf.leaves.enumerated().map { column, leaf -> [Markup] in
            let criterion = study.leaves.first { $0.id.value == leaf.id }
            let direction = criterion?.direction.map { " (\($0.value.rawValue))" } ?? ""
            let cells = policies.map { policy -> Markup in
                let value = modelRow[policy.id.value].map { whatIf.options[$0].values[column] } ?? 0
                let written = policy.score(for: leaf.id)?.value.value.written ?? "—"
                let note = policy.notes[leaf.id].map { Markup(" title=\"\($0.value)\"") } ?? ""
                let id = Self.noteID(policy.id.value, leaf.id)
                let marker = numbers[id].map { Markup("<sup><a href=\"#\(id)\" aria-label=\"note \($0)\">\($0)</a></sup>") } ?? ""
                return
                    "<span class=\"cell\" style=\"background: \(Palette.tint(Palette.categorical(0), 1 - 0.45 * min(max(value, 0), 1)))\"\(note)>\(written)</span>\(marker)"
            }
            return [Markup("\(leaf.name)<span class=\"unit\">\(direction)</span>")] + cells
        }
        return HTML.section(
            "matrix", "Options and criteria",
            [
                HTML.paragraph(
                    "Scores as written in the policy files: a level's label, a point, or an uncertain range shown as likely (low–high) or low–high. Shading: the normalized value (\(whatIf.normalization.rawValue)), darker is better. Options in rank order. Hover a score for its note; the small number is the note's number under Notes and sources at the end."
                ),
                Markup(raw: "<div class=\"wide\">") + HTML.table(headers, rows, className: "data matrix") + Markup(raw: "</div>\n"),
            ])
    }

    /// Kept at the end of the page: the evidence runs to pages and would bury the analysis.
    func notesSection() -> Markup {
        let numbers = noteNumbers
        return HTML.section("notes", "Notes and sources", policiesInRankOrder.map { optionNotes($0, numbers: numbers) })
    }

    private func optionNotes(_ policy: Policy, numbers: [String: Int]) -> Markup {
        let notes = study.leaves.compactMap { leaf -> Markup? in
            guard let note = policy.notes[leaf.id.value] else { return nil }
            let id = Self.noteID(policy.id.value, leaf.id.value)
            let number = numbers[id].map { Markup("<span class=\"note-number\">\($0).</span> ") } ?? ""
            return "<dt id=\"\(id)\">\(number)\(leaf.displayName)</dt><dd>\(note.value)</dd>\n"
        }
        let sources = policy.sources.map { source in
            Markup("<li>\(HTML.link(source.url, source.title ?? source.url ?? "untitled"))</li>\n")
        }
        let description = policy.description.map { HTML.paragraph($0) } ?? ""
        let notesList: Markup = notes.isEmpty ? "" : "<dl class=\"notes\">\n\(notes)</dl>\n"
        let sourceList: Markup = sources.isEmpty ? "" : "<h4>Sources</h4>\n<ol class=\"sources\">\n\(sources)</ol>\n"
        return
            "<article class=\"option\" id=\"option-\(policy.id.value)\">\n<h3>\(policy.displayName) \(HTML.code(policy.id.value))</h3>\n\(description)\(notesList)\(sourceList)</article>\n"
    }

    /// The element id of a note: ids are `[a-z][a-z0-9_-]*`, so a `.` cannot occur in either
    /// and `a` + `b-c` no longer meets `a-b` + `c` (both were "note-a-b-c").
    static func noteID(_ policy: String, _ criterion: String) -> String {
        "note-\(policy).\(criterion)"
    }
}
