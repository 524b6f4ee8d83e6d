import ArgumentParser
import Foundation
import PolicyRankKit

struct Report: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: value tree, ranking, charts, sensitivity and a what-if panel.",
        discussion: """
            One file with inline CSS, SVG and script (no network), printable on A4. The what-if panel re-ranks \
            the options live in the browser under the additive model (wsm); open FILE#weights=criterion:w,... to \
            start from given weights.
            """)

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    @Option(help: "The HTML file to write (atomically).")
    var output: String

    @OptionGroup var sampling: SamplingOptions

    @Option(help: ArgumentHelp("The date printed in the report (default: today), for reproducible files.", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if let date, !Self.isCalendarDate(date) { throw ValidationError("--date expects a real date as YYYY-MM-DD, got '\(date)'") }
    }

    func execute() throws(CommandFailure) {
        let (loaded, base) = try ranking.load(study: study)
        let smaa = sampling.configuration(for: base.problem)
        let html: String
        do {
            let report = try SensitivityReport.compute(base, smaa: smaa, progress: ProgressLine.ifUseful(samples: smaa.samples))
            ProgressLine.clear(samples: smaa.samples)
            var portfolio: PortfolioAnalysis?
            var refusal: String?
            if let packages = base.problem.portfolio {
                do {
                    portfolio = try PortfolioAnalysis.compute(base.problem, portfolio: packages, plan: base.plan)
                        .withInclusion(base.problem, portfolio: packages, configuration: smaa, requested: sampling.samples)
                } catch {
                    refusal = "No packages: " + error.description + "."
                }
            }
            html = HTMLReport.render(
                study: loaded, base: base, report: report, date: date ?? Self.today(), portfolio: portfolio, portfolioRefusal: refusal)
        } catch {
            throw CommandFailure(error)
        }
        try Output.emit(html, to: output, study: study)
    }

    /// YYYY-MM-DD naming a day that exists (no month 13, no 30 February).
    static func isCalendarDate(_ text: String) -> Bool {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/), let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// Today's local date as YYYY-MM-DD.
    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
