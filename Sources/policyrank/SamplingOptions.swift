import ArgumentParser
import Foundation
import PolicyRankKit

/// The SMAA flags shared by `sensitivity` and `report`, resolved against `study.yaml`.
struct SamplingOptions: ParsableArguments {
    @Option(help: "SMAA samples (default: study.yaml's sensitivity.samples, else 10000).")
    var samples: Int?

    @Option(help: "Random seed (default: study.yaml's sensitivity.seed, else 1).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
        if let samples, samples > Self.maximumSamples {
            throw ValidationError("--samples must be at most \(NumberFormat.grouped(Self.maximumSamples)) (the standard error is then below 0.0001)")
        }
        if threads > 1_024 { throw ValidationError("--threads must be at most 1024") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    static let maximumSamples = 1_000_000_000

    func configuration(for problem: DecisionProblem, weightModel: WeightModel = .uniform) -> SMAA.Configuration {
        SMAA.Configuration(problem: problem, samples: samples, seed: seed, threads: threads, weightModel: weightModel)
    }
}
