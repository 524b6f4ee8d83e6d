/// The words every portfolio format shares: the constraints line, the one-sentence answer,
/// how a package and a use are written.
enum PortfolioText {
    static func package(_ members: [String]) -> String { members.joined(separator: " + ") }

    /// A share of samples, rounded down to a tenth of a point, so that 89.96% never reads as
    /// the 90% a robust core needs.
    static func percent(_ share: Double) -> String {
        let tenths = (1000 * share).rounded(.down) / 10
        return NumberFormat.fixed(tenths, 1) + "%"
    }

    static func signed(_ value: Double?) -> String {
        guard let value else { return "—" }
        let text = NumberFormat.fixed(value)
        return value > 0 && text != "0.0000" ? "+" + text : text
    }

    /// "Method wsm · normalization scale · budget fiscal_cost ≤ 800 · at most 3 measures".
    static func constraintsLine(_ analysis: PortfolioAnalysis) -> String {
        var parts = ["Method \(analysis.plan.method.name)"]
        let parameters = analysis.plan.parameters
        if !parameters.isEmpty { parts[0] += " (" + parameters.map { "\($0.0)=\(NumberFormat.plain($0.1))" }.joined(separator: ", ") + ")" }
        parts.append("normalization \(analysis.plan.normalization.rawValue)")
        if let perspective = analysis.plan.perspective { parts.append("perspective \(perspective)") }
        parts += analysis.budgets.map { "budget \($0.criterion) ≤ \(NumberFormat.plain($0.limit))" }
        if let size = analysis.maxSize { parts.append("at most \(size) measure\(size == 1 ? "" : "s")") }
        parts.append("\(NumberFormat.grouped(analysis.feasible)) feasible package\(analysis.feasible == 1 ? "" : "s")")
        return parts.joined(separator: " · ")
    }

    /// What the answer is and how robust, in one sentence.
    static func answer(_ analysis: PortfolioAnalysis) -> String {
        guard let best = analysis.best else { return "No package of measures meets the constraints." }
        var sentence = "Fund \(list(best.members)) (score \(NumberFormat.fixed(best.score)))"
        guard let inclusion = analysis.inclusion else { return sentence + "." }
        let samples = "\(NumberFormat.grouped(inclusion.samples)) samples of the weights and uncertain scores"
        let core = analysis.measures.indices.filter { analysis.standing($0) == .core }.map { analysis.measures[$0].id }
        let bestShare = inclusion.bestShare ?? 0
        if bestShare >= PortfolioInclusion.Result.coreShare {
            sentence += ": it is the best package in \(percent(bestShare)) of \(samples), a robust answer."
        } else if core.isEmpty {
            sentence +=
                ", but it is the best package in only \(percent(bestShare)) of \(samples), and no measure is in the best package in 90% of them: the answer rests on the weights"
            if let most = analysis.measures.indices.max(by: { inclusion.share[$0] < inclusion.share[$1] }) {
                sentence += "; \(analysis.measures[most].id) comes closest (\(percent(inclusion.share[most])))"
            }
            let exterior = analysis.measures.indices.filter { analysis.standing($0) == .exterior }.map { analysis.measures[$0].id }
            if !exterior.isEmpty { sentence += ", and \(list(exterior)) \(exterior.count == 1 ? "is" : "are") almost never in it (under 10%)" }
            sentence += "."
        } else {
            sentence +=
                ": it is the best package in \(percent(bestShare)) of \(samples); \(list(core)) \(core.count == 1 ? "is" : "are") in the best package in at least 90% of them, so \(core.count == 1 ? "that is" : "those are") the robust core."
        }
        return sentence
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The robust core, borderline and exterior measures, one line each; empty without shares.
    static func standingLines(_ analysis: PortfolioAnalysis) -> [String] {
        guard let inclusion = analysis.inclusion else { return [] }
        var lines: [String] = []
        for (standing, label) in [
            (PortfolioAnalysis.Standing.core, "Robust core (in the best package in ≥ 90% of samples)"),
            (.borderline, "Borderline (10–90%)"), (.exterior, "Exterior (< 10%)"),
        ] {
            let ids = analysis.measures.indices.filter { analysis.standing($0) == standing }.map { analysis.measures[$0].id }
            lines.append("\(label): " + (ids.isEmpty ? "none" : ids.joined(separator: ", ")))
        }
        // A share of N samples has a standard error of at most √(0.25/N).
        let error = (inclusion.share.map { $0 * (1 - $0) }.max() ?? 0.25) / Double(max(inclusion.samples, 1))
        lines.append(
            "Shares from \(NumberFormat.grouped(inclusion.samples)) samples (seed \(inclusion.seed)); standard error at most \(NumberFormat.fixed(100 * error.squareRoot(), 1)) points."
        )
        if inclusion.withoutPackage > 0 {
            lines.append("In \(NumberFormat.grouped(inclusion.withoutPackage)) samples no package met the constraints (an uncertain cost broke a budget).")
        }
        if let reduced = inclusion.reduced { lines.append("Inclusion shares from " + reduced + ".") }
        return lines
    }

    /// "Every perspective's best package contains a and b." — where stakeholders converge;
    /// nil without perspectives or when their best packages share no measure.
    static func perspectiveAgreement(_ analysis: PortfolioAnalysis) -> String? {
        guard let shared = sharedByPerspectives(analysis) else { return nil }
        guard !shared.isEmpty else { return "The perspectives' best packages share no measure." }
        return "Every perspective's best package contains \(list(shared))."
    }

    /// The measures in every perspective's best package; nil with fewer than two perspectives.
    static func sharedByPerspectives(_ analysis: PortfolioAnalysis) -> [String]? {
        let bests = analysis.perspectives.map { $0.best?.members ?? [] }
        guard bests.count > 1, let first = bests.first else { return nil }
        return first.filter { id in bests.allSatisfy { $0.contains(id) } }
    }

    /// A package's use of each budget: "340 of 800 fiscal_cost".
    static func uses(_ package: PortfolioAnalysis.Package, _ analysis: PortfolioAnalysis) -> String {
        zip(package.uses, analysis.budgets).map { "\(NumberFormat.plain(rounded($0))) of \(NumberFormat.plain($1.limit)) \($1.criterion)" }.joined(
            separator: ", ")
    }

    /// Budget uses to 4 decimals: sums of costs should not print float noise.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
