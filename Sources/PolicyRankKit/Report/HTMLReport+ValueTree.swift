/// The value tree with each node's share among its siblings and its effective weight (the
/// product of shares down the path, docs/DESIGN.md §1), under the ranking's perspective if any.
extension HTMLReport {
    var perspectiveOverrides: [String: Double] {
        study.perspectives.first { $0.id.value == ranking.perspective }?.overrideMap ?? [:]
    }

    func valueTreeSection() -> Markup {
        let weights = EffectiveWeights.nodeWeights(study.criteria, overrides: perspectiveOverrides)
        let tree = nodeList(study.criteria, parentWeight: 1, weights: weights)
        let chart = BarChart.render(
            .init(
                title: "Effective weights of the leaf criteria",
                axisLabel: "Effective weight (leaves sum to 1)",
                bars: ranking.criteria.map {
                    .init(
                        label: Self.chartLabel($0.name, id: $0.id), value: $0.weight,
                        hover: "\($0.name) [\($0.id)]: \(NumberFormat.fixed($0.weight, 3)) (\($0.direction.rawValue))")
                }))
        return HTML.section(
            "tree", "Value tree and weights",
            [
                HTML.paragraph(
                    "Weights are relative among siblings; a leaf's effective weight is the product of the shares down its path, so the leaves sum to 1."
                        + (ranking.perspective.map { " Shown under the perspective '\($0)'." } ?? "")),
                tree,
                HTML.figure(chart, caption: "Effective weight of each leaf criterion."),
            ])
    }

    private func nodeList(_ nodes: [Criterion], parentWeight: Double, weights: [String: Double]) -> Markup {
        let items = nodes.map { node -> Markup in
            let weight = weights[node.id.value] ?? 0
            let share = parentWeight > 0 ? weight / parentWeight : 0
            let direction = node.direction.map { Markup(" <span class=\"tag\">\($0.value.rawValue)</span>") } ?? ""
            let unit = node.unit.map { Markup(" <span class=\"unit\">\($0)</span>") } ?? ""
            let children = node.children.map { nodeList($0, parentWeight: weight, weights: weights) } ?? ""
            let description = node.description.map { Markup("<div class=\"description\">\($0)</div>") } ?? ""
            return """
                <li><div class="node"><span class="name">\(node.displayName)</span> \(HTML.code(node.id.value))\(direction)\(unit)\
                <span class="weights">\(SensitivitySections.percent(share)) of \(parentWeight >= 1 - 1e-12 ? "total" : "group") · effective \(NumberFormat.fixed(weight, 3))</span>\
                <span class="meter" aria-hidden="true"><span style="width: \(NumberFormat.fixed(100 * weight, 1))%"></span></span></div>\(description)\(children)</li>

                """
        }
        return "<ul class=\"tree\">\n\(items)</ul>\n"
    }
}
