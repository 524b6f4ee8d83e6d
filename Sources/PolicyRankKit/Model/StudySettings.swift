/// The optional `study.yaml`: title, default method, sensitivity settings, expectations.
public struct StudySettings: Sendable {
    public var title: String?
    public var method: MethodSpec?
    public var normalization: Located<String>?
    public var samples: Located<Int>?
    public var seed: Located<Int>?
    public var expectations: Expectations?
    /// `lint: {disable: [rule-id, …]}`: warnings the study has decided to live with.
    public var disabledRules: [Located<String>] = []
    /// `portfolio:`: the options are measures to combine into packages.
    public var portfolio: PortfolioSettings?
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
    /// `top: ID` — this option ranks first.
    public var top: Located<String>?
    /// `ranking: [ids]` — the ranking starts with these options, in this order.
    public var ranking: Located<[Located<String>]>?
    /// `robust_top: {min_acceptability: 0.6}` — the current top ranks first in at least this
    /// share of SMAA-2 samples (uniform weights, sampled scores).
    public var minimumAcceptability: Located<Double>?
    /// `stable_within: 0.1` — no single weight moved by this much, relative, changes the top.
    public var stableWithin: Located<Double>?
    /// `portfolio: {core: [ids], exterior: [ids]}` — with the study's portfolio, these measures
    /// are in the best package in at least 90% of SMAA samples (core), or in fewer than 10%
    /// (exterior): claims about the package that the sampling supports, not about one winner.
    public var portfolioCore: [Located<String>] = []
    public var portfolioExterior: [Located<String>] = []
    public var portfolioLocation: SourceLocation?
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}
