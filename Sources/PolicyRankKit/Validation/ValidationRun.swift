/// `validate PATH...`: each path resolved to its study, each study validated once, and
/// single-file paths narrowed to that file's diagnostics.
public enum ValidationRun {
    public static func run(paths: [String], options: Validator.Options = Validator.Options()) -> [Diagnostic] {
        var byStudy: [(root: String, files: [String]?)] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            guard let resolved = StudyPath.resolve(path) else {
                let message = "'\(path)' is neither a study directory nor a .yaml file in a study's criteria/ or policies/ folder, nor its study.yaml"
                diagnostics.append(.error(.notAStudy, message, at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            if let index = byStudy.firstIndex(where: { $0.root == resolved.studyRoot }) {
                if let file = resolved.onlyFile {
                    byStudy[index].files = byStudy[index].files.map { $0 + [file] }
                } else {
                    byStudy[index].files = nil
                }
            } else {
                byStudy.append((resolved.studyRoot, resolved.onlyFile.map { [$0] }))
            }
        }
        for (root, files) in byStudy {
            let found = Validator.validate(path: root, options: options).diagnostics
            diagnostics += files.map { only in found.filter { only.contains($0.location.file) } } ?? found
        }
        return diagnostics.uniquedForDisplay()
    }
}
