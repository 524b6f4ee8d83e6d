import Foundation

/// Writes a synthetic study of any size, so that validation and ranking can be timed on
/// studies far larger than the shipped example without checking thousands of files into git.
///
/// The study exercises every kind of input the loader and rules handle: a two-level tree,
/// benefit and cost criteria, a qualitative `levels` scale, a unit with a `value_function`
/// and `preference`, perspectives, point / `{low, likely, high}` / `{low, high}` scores, level
/// labels, notes and sources. The same seed always writes the same bytes.
struct StudyGenerator {
    var policyCount: Int
    var seed: UInt64 = 1

    /// Writes `study.yaml`, `criteria/tree.yaml` and `policies/p0001.yaml` … into `directory`,
    /// creating it if needed. Refuses a non-empty directory: leftover policy files from an
    /// earlier, larger run would silently join the study.
    func write(to directory: String) throws(BenchError) {
        try Self.prepare(directory)
        try Self.save(studyYAML, to: directory + "/study.yaml")
        try Self.save(Self.criteriaYAML, to: directory + "/criteria/tree.yaml")
        var random = SplitMix64(seed: seed)
        for number in 1...max(policyCount, 1) {
            try Self.save(policyYAML(number: number, random: &random), to: directory + "/policies/\(policyID(number)).yaml")
        }
    }

    static var criterionCount: Int { leaves.count }

    /// Zero-padded so that sorted file order is numeric order, whatever the count.
    func policyID(_ number: Int) -> String {
        let width = max(4, String(policyCount).count)
        let digits = String(number)
        return "p" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `p0001` is built to be the clear winner (see `policyYAML`), so `expect` holds and
    /// `validate` also ranks the study, as it does for the shipped example.
    private var studyYAML: String {
        """
        # Synthetic study written by policyrank-bench (seed \(seed)): \(policyCount) policies, \(Self.criterionCount) leaf criteria.
        # \(policyID(1)) scores best on every criterion, so the expectation below always holds.
        title: Synthetic benchmark study, \(policyCount) policies
        method: wsm
        normalization: scale
        sensitivity: {samples: 10000, seed: 1}
        expect:
          top: \(policyID(1))

        """
    }

    /// Creates `directory` with its `criteria` and `policies` folders; refuses a non-empty one.
    /// Shared with `SMAAStudyGenerator`.
    static func prepare(_ directory: String) throws(BenchError) {
        let files = FileManager.default
        if let existing = try? files.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            throw .directoryNotEmpty(path: directory)
        }
        for folder in [directory, directory + "/criteria", directory + "/policies"] {
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: folder, reason: error.localizedDescription)
            }
        }
    }

    static func save(_ text: String, to path: String) throws(BenchError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
