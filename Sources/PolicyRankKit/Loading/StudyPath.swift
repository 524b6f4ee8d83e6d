import Foundation

/// What a `validate` PATH names: a study directory, or one file inside a study, which is
/// validated in the context of its whole study but reports only its own diagnostics.
public struct StudyPath: Equatable, Sendable {
    public var studyRoot: String
    /// The display path of the single file asked for, or nil for the whole study.
    public var onlyFile: String?

    public static func resolve(_ path: String) -> StudyPath? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return StudyPath(studyRoot: path, onlyFile: nil) }
        let components = (path as NSString).pathComponents.filter { $0 != "." }
        guard let name = components.last else { return nil }
        let parent = components.dropLast()
        let rootComponents: ArraySlice<String>
        let relative: String
        if ["study.yaml", "study.yml"].contains(name) {
            rootComponents = parent
            relative = name
        } else if let folder = parent.last, ["criteria", "policies"].contains(folder),
            StudyLoader.yamlExtensions.contains((name as NSString).pathExtension)
        {
            rootComponents = parent.dropLast()
            relative = "\(folder)/\(name)"
        } else {
            return nil
        }
        let root = rootComponents.isEmpty ? "." : NSString.path(withComponents: Array(rootComponents))
        return StudyPath(studyRoot: root, onlyFile: DisplayPath(studyPath: root).path(relative))
    }
}
