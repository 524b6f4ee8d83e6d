import ArgumentParser
import Foundation
import PolicyRankKit

struct Sensitivity: PolicyRankCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "How robust is the ranking? Critical weights, weight sweeps, SMAA-2, methods and perspectives.",
        discussion: """
            Critical weights: closed form for wsm (Triantaphyllou & Sánchez 1997), a bracketing search to 1e-7 otherwise. \
            SMAA-2 (Lahdelma & Salminen 2001) samples the leaf weights and the uncertain scores together; the same seed gives \
            the same output on any number of threads.
            """)

    enum Model: String, ExpressibleByArgument, CaseIterable {
        case uniform, ordinal, dirichlet
    }

    @Argument(help: "The study directory.")
    var study = "."

    @OptionGroup var ranking: RankingOptions

    @OptionGroup var sampling: SamplingOptions

    @Option(help: "SMAA weight model: uniform (no preference information), ordinal (keep the stated order) or dirichlet (around the stated weights).")
    var weightModel: Model = .uniform

    @Option(help: "Dirichlet concentration: higher keeps samples closer to the stated weights.")
    var concentration: Double = 50

    @Option(help: Formats.help(Renderers.sensitivity), completion: Formats.completion(Renderers.sensitivity))
    var format = Renderers.names(Renderers.sensitivity)[0]

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        // Below 0.01 the Gamma draws underflow to 0 for every criterion; above 1e6 the samples
        // are the stated weights to ten digits.
        if !(concentration >= 0.01 && concentration <= 1e6) { throw ValidationError("--concentration must be between 0.01 and 1000000") }
        try Formats.check(format, Renderers.sensitivity)
    }

    func execute() throws(CommandFailure) {
        let base = try ranking.load(study: study).base
        let model: WeightModel =
            switch weightModel {
            case .uniform: .uniform
            case .ordinal: .ordinal
            case .dirichlet: .dirichlet(concentration: concentration)
            }
        let smaa = sampling.configuration(for: base.problem, weightModel: model)
        let report: SensitivityReport
        do {
            report = try SensitivityReport.compute(base, smaa: smaa, progress: ProgressLine.ifUseful(samples: smaa.samples))
        } catch {
            throw CommandFailure(error)
        }
        ProgressLine.clear(samples: smaa.samples)
        try Output.emit(
            Formats.renderer(format, Renderers.sensitivity).render(
                report, in: RenderContext(color: Output.color(for: output), width: output == nil || output == "-" ? Terminal.width() : nil)), to: output,
            study: study)
    }
}

/// A percentage on stderr while SMAA runs, only when stderr is a terminal and the run is long.
enum ProgressLine {
    static let threshold = 200_000

    static func ifUseful(samples: Int) -> (@Sendable (Double) -> Void)? {
        guard samples >= threshold, isatty(STDERR_FILENO) == 1 else { return nil }
        let lastShown = LastShown()
        return { fraction in
            let percent = Int(fraction * 100)
            if lastShown.advance(to: percent) {
                FileHandle.standardError.write(Data("\rSMAA-2: \(percent)%".utf8))
            }
        }
    }

    static func clear(samples: Int) {
        if samples >= threshold, isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private final class LastShown: @unchecked Sendable {
        private let lock = NSLock()
        private var percent = -1

        func advance(to value: Int) -> Bool {
            lock.withLock {
                guard value > percent else { return false }
                percent = value
                return true
            }
        }
    }
}
