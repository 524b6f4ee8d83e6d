/// The fixed value tree of a generated study: four groups of three leaves, shaped like the
/// shipped example so that per-policy work matches what real studies cost.
extension StudyGenerator {
    struct Leaf {
        enum Kind {
            /// A 0–10 rating.
            case rating
            /// USD million per year on [0, 2000], read through a value function.
            case budget
            /// A qualitative scale with level labels.
            case levels
        }

        var id: String
        var name: String
        var isBenefit: Bool
        var weight: Int
        var kind: Kind = .rating
    }

    struct Group {
        var id: String
        var name: String
        var weight: Int
        var leaves: [Leaf]
    }

    static let levels: [(label: String, value: Int)] = [("none", 0), ("low", 3), ("medium", 5), ("high", 8), ("severe", 10)]

    static let groups: [Group] = [
        Group(
            id: "impact", name: "Impact", weight: 35,
            leaves: [
                Leaf(id: "reach", name: "Share of the affected population reached", isBenefit: true, weight: 40),
                Leaf(id: "speed", name: "Speed of visible results", isBenefit: true, weight: 35),
                Leaf(id: "depth", name: "Depth of change", isBenefit: true, weight: 25),
            ]),
        Group(
            id: "costs_risks", name: "Costs and risks", weight: 25,
            leaves: [
                Leaf(id: "budget", name: "Direct fiscal cost", isBenefit: false, weight: 30, kind: .budget),
                Leaf(id: "harm", name: "Harm to civilians", isBenefit: false, weight: 40, kind: .levels),
                Leaf(id: "backlash", name: "Risk of backlash", isBenefit: false, weight: 30),
            ]),
        Group(
            id: "feasibility", name: "Feasibility", weight: 20,
            leaves: [
                Leaf(id: "support", name: "Political support", isBenefit: true, weight: 40),
                Leaf(id: "capacity", name: "Capacity to deliver", isBenefit: true, weight: 30),
                Leaf(id: "partners", name: "Backing from partners", isBenefit: true, weight: 30),
            ]),
        Group(
            id: "sustainability", name: "Sustainability", weight: 20,
            leaves: [
                Leaf(id: "root_causes", name: "Addresses root causes", isBenefit: true, weight: 50),
                Leaf(id: "durability", name: "Durability of gains", isBenefit: true, weight: 30),
                Leaf(id: "spillover", name: "Spillover into neighbouring regions", isBenefit: false, weight: 20),
            ]),
    ]

    static var leaves: [Leaf] { groups.flatMap(\.leaves) }

    static var criteriaYAML: String {
        var lines = [
            "# Synthetic value tree written by policyrank-bench: four groups of three leaf criteria.",
            "criteria:",
        ]
        for group in groups {
            lines += [
                "  - id: \(group.id)",
                "    name: \(group.name)",
                "    weight: \(group.weight)",
                "    children:",
            ]
            for leaf in group.leaves {
                lines += [
                    "      - id: \(leaf.id)",
                    "        name: \(leaf.name)",
                    "        description: >",
                    "          \(leaf.name), scored by the synthetic generator.",
                    "        direction: \(leaf.isBenefit ? "benefit" : "cost")",
                    "        weight: \(leaf.weight)",
                ]
                switch leaf.kind {
                case .rating:
                    lines.append("        scale: {min: 0, max: 10}")
                case .budget:
                    lines += [
                        "        unit: USD million per year",
                        "        scale: {min: 0, max: 2000}",
                        "        value_function: [[0, 1.0], [100, 0.85], [500, 0.5], [2000, 0.0]]",
                        "        preference: {function: linear, q: 25, p: 300}",
                    ]
                case .levels:
                    let levels = Self.levels.map { "\($0.label): \($0.value)" }.joined(separator: ", ")
                    lines += ["        scale:", "          levels: {\(levels)}"]
                }
            }
        }
        lines += [
            "perspectives:",
            "  - id: treasury",
            "    name: Treasury",
            "    description: Puts cost first.",
            "    weights: {impact: 25, costs_risks: 45, budget: 60}",
            "  - id: communities",
            "    name: Affected communities",
            "    description: Puts harm and root causes first.",
            "    weights: {costs_risks: 35, sustainability: 35, harm: 60, root_causes: 70}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
