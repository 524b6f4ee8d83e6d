/// The study `policyrank init` scaffolds: small enough to read in a minute, complete enough to
/// copy from. It shows every kind of thing a study holds (a group in the value tree, a
/// qualitative scale, a cost with a unit, a perspective, the three kinds of score, notes and
/// sources, an expectation), with a comment on each key and a rubric in each leaf, and it
/// validates with no warnings under `--strict`, so the first thing a new user sees is a clean run.
///
/// Each YAML file starts with the `yaml-language-server` modeline pointing at the schema files
/// written beside it, so an editor completes keys from the first keystroke.
public enum StudyTemplate {
    public struct File: Sendable, Equatable {
        /// Relative to the study directory, with `/` separators.
        public var path: String
        public var contents: String
    }

    /// The option that ranks first; `study.yaml`'s `expect: top:` states it, and a test checks it.
    public static let top = "speed_cameras"

    /// Every file `init` writes, in the order it writes them: the study, then the schemas.
    public static var files: [File] {
        [
            File(path: "study.yaml", contents: study),
            File(path: "criteria/tree.yaml", contents: criteria),
            File(path: "policies/speed_cameras.yaml", contents: speedCameras),
            File(path: "policies/school_streets.yaml", contents: schoolStreets),
        ] + StudySchema.allCases.map { File(path: "schemas/\($0.fileName)", contents: $0.document.rendered()) }
    }

    static func modeline(_ schema: StudySchema, depth: Int) -> String {
        "# yaml-language-server: $schema=\(String(repeating: "../", count: depth))schemas/\(schema.fileName)"
    }

    static var study: String {
        """
        \(modeline(.study, depth: 0))
        # Study settings. Every key is optional; delete what you do not need.
        # Check the study with `policyrank validate` and rank it with `policyrank rank`.
        title: Reducing serious road injuries (example study)   # shown at the top of every output

        # The aggregation method `rank` uses unless --method says otherwise. One of:
        # \(Methods.names.joined(separator: ", ")).
        # With parameters: {name: vikor, v: 0.5}. `policyrank rank --help` describes each.
        method: wsm
        # normalization: scale        # optional; the default is the method's own (wsm: scale)

        sensitivity:                  # settings for `policyrank sensitivity`
          samples: 10000              # SMAA-2 Monte Carlo samples: more samples, smaller error
          seed: 1                     # the same seed gives the same results on every machine

        # Claims about the ranking that `policyrank validate` checks, so that CI fails, at this
        # line, when an edit to a score or a weight changes the answer.
        expect:
          top: \(top)          # this option must rank first

        """
    }
}
