/// `mapping --format table`: the answer, the merit order, each participant's intervals,
/// the pairwise inclinations and, with groups, the merit order of each group.
public enum MappingTableRenderer: Renderer {
    public static let format = "table"

    public static func render(_ mapping: MultiCriteriaMapping, in context: RenderContext) -> String {
        var out = [TerminalText.visible(MappingText.title + (mapping.group.map { " · group \($0)" } ?? "")), ""]
        out.append(TerminalText.visible(MappingText.headline(mapping)))
        let ranks = MappingText.ranks(mapping.merit)
        var merit = TextTable(headers: ["Rank", "Option", "Merit", "With grey"], alignments: [.right, .left, .right, .right])
        merit.rows = zip(ranks, mapping.merit).map { [String($0), $1.option, MappingText.merit($1.merit), MappingText.merit($1.meritWithGrey)] }
        out += ["", "Merit order", merit.render(width: context.width).trimmingTrailingNewlines, MappingText.meritNote]
        let order = mapping.meritOrder
        var totals = TextTable(headers: ["Option"] + mapping.participants.map(\.name), alignments: [.left] + mapping.participants.map { _ in .right })
        totals.rows = order.map { i in [mapping.options[i].id] + mapping.participants.map { MappingText.interval($0.totals[i]) } }
        out += ["", "Pessimistic–optimistic totals", totals.render(width: context.width).trimmingTrailingNewlines, MappingText.totalsNote]
        let pairs = mapping.pairRows
        if !pairs.isEmpty {
            var table = TextTable(headers: ["Pair"] + mapping.participants.map(\.name), alignments: [.left] + mapping.participants.map { _ in .right })
            table.rows = pairs.map { [MappingText.pairLabel($0.a, $0.b)] + $0.cells.map { $0.map(MappingText.inclination) ?? "—" } }
            out += ["", "Pairwise inclination", table.render(width: context.width).trimmingTrailingNewlines, MappingText.pairwiseNote]
        }
        if !mapping.meritByGroup.isEmpty {
            var table = TextTable(headers: ["Option"] + mapping.meritByGroup.map(\.group), alignments: [.left] + mapping.meritByGroup.map { _ in .right })
            let byGroup = mapping.meritByGroup.map { group in Dictionary(uniqueKeysWithValues: group.merit.map { ($0.option, $0.merit) }) }
            table.rows = mapping.merit.map { entry in [entry.option] + byGroup.map { MappingText.merit($0[entry.option] ?? 0) } }
            out += ["", "Merit by group", table.render(width: context.width).trimmingTrailingNewlines]
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// `mapping --format markdown`: the same tables for a handout or a pull request.
public enum MappingMarkdownRenderer: Renderer {
    public static let format = "markdown"

    public static func render(_ mapping: MultiCriteriaMapping, in context: RenderContext) -> String {
        let names = mapping.participants.map { MarkdownText.escape($0.name) }
        var lines = ["## " + MappingText.title + (mapping.group.map { " · group " + MarkdownText.code($0) } ?? ""), ""]
        lines.append(MarkdownText.escape(MappingText.headline(mapping)))
        lines += ["", "### Merit order", "", "| Rank | Option | Merit | With grey |", "|--:|---|--:|--:|"]
        for (rank, entry) in zip(MappingText.ranks(mapping.merit), mapping.merit) {
            lines.append(
                "| \(rank) | \(MarkdownText.escape(entry.name)) (\(MarkdownText.code(entry.option))) | \(MappingText.merit(entry.merit)) | \(MappingText.merit(entry.meritWithGrey)) |"
            )
        }
        lines += ["", MarkdownText.escape(MappingText.meritNote)]
        lines += [
            "", "### Pessimistic–optimistic totals", "", "| Option | " + names.joined(separator: " | ") + " |", "|---|" + names.map { _ in "--:|" }.joined(),
        ]
        for i in mapping.meritOrder {
            lines.append(
                "| \(MarkdownText.code(mapping.options[i].id)) | " + mapping.participants.map { MappingText.interval($0.totals[i]) }.joined(separator: " | ")
                    + " |")
        }
        lines += ["", MarkdownText.escape(MappingText.totalsNote)]
        let pairs = mapping.pairRows
        if !pairs.isEmpty {
            lines += ["", "### Pairwise inclination", "", "| Pair | " + names.joined(separator: " | ") + " |", "|---|" + names.map { _ in "--:|" }.joined()]
            for pair in pairs {
                lines.append(
                    "| \(MarkdownText.code(pair.a)) vs \(MarkdownText.code(pair.b)) | "
                        + pair.cells.map { $0.map(MappingText.inclination) ?? "—" }.joined(separator: " | ") + " |")
            }
            lines += ["", MarkdownText.escape(MappingText.pairwiseNote)]
        }
        if !mapping.meritByGroup.isEmpty {
            let groups = mapping.meritByGroup
            lines += ["", "### Merit by group", "", "| Option | " + groups.map { MarkdownText.code($0.group) }.joined(separator: " | ") + " |"]
            lines.append("|---|" + groups.map { _ in "--:|" }.joined())
            let byGroup = groups.map { group in Dictionary(uniqueKeysWithValues: group.merit.map { ($0.option, $0.merit) }) }
            for entry in mapping.merit {
                lines.append(
                    "| \(MarkdownText.code(entry.option)) | " + byGroup.map { MappingText.merit($0[entry.option] ?? 0) }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `mapping --format json`, with the keys docs/DESIGN.md §4.2 fixes and a few more: the
/// group it is restricted to, each participant's criteria and weights, and merit by group.
public enum MappingJSONRenderer: Renderer {
    public static let format = "json"

    public static func render(_ mapping: MultiCriteriaMapping, in context: RenderContext) -> String {
        func merit(_ entries: [MultiCriteriaMapping.Merit]) -> JSONValue {
            .array(
                entries.map {
                    .object([("option", .string($0.option)), ("merit", .number($0.merit)), ("merit_with_grey", .number($0.meritWithGrey))])
                })
        }
        return JSONValue.object([
            ("group", .optional(mapping.group)),
            (
                "participants",
                .array(
                    mapping.participants.map { participant in
                        .object([
                            ("id", .string(participant.id)), ("name", .string(participant.name)), ("group", .optional(participant.group)),
                            (
                                "criteria",
                                .array(
                                    participant.criteria.map {
                                        .object([
                                            ("id", .string($0.id)), ("name", .string($0.name)), ("weight", .number($0.weight)), ("shared", .bool($0.shared)),
                                        ])
                                    })
                            ),
                            (
                                "scores",
                                .object(
                                    zip(mapping.options, participant.totals).compactMap { option, totals in
                                        totals.map {
                                            (option.id, .object([("pessimistic", .number($0.pessimistic)), ("optimistic", .number($0.optimistic))]))
                                        }
                                    })
                            ),
                        ])
                    })
            ),
            ("merit", merit(mapping.merit)),
            (
                "pairwise",
                .array(
                    mapping.pairwise.map {
                        .object([
                            ("a", .string($0.a)), ("b", .string($0.b)), ("participant", .string($0.participant)), ("direction", .integer($0.direction)),
                            ("nested", .bool($0.nested)), ("separation", .number($0.separation)),
                        ])
                    })
            ),
            ("merit_by_group", .object(mapping.meritByGroup.map { ($0.group, merit($0.merit)) })),
        ]).rendered() + "\n"
    }
}
