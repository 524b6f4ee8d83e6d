/// The optional `study.yaml`: title, default method, sensitivity settings, expectations.
public struct StudySettings: Sendable {
    public var title: String?
    public var method: MethodSpec?
    public var normalization: Located<String>?
    public var samples: Located<Int>?
    public var seed: Located<Int>?
    public var expectations: Expectations?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// `method: wsm` or `method: {name: vikor, v: 0.5}`.
public struct MethodSpec: Sendable {
    public var name: Located<String>
    public var parameters: [Parameter]

    public struct Parameter: Sendable {
        public var name: Located<String>
        public var value: Located<Double>
    }
}

/// `expect:` — claims about the ranking that `validate` checks, so CI fails when broken.
public struct Expectations: Sendable {
    public var top: Located<String>?
    public var location: SourceLocation
}
