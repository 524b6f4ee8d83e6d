/// One output format of one kind of result: a pure function from the finished result to text
/// (SwiftLint's `Reporter`). Commands derive their `--format` values, help and completions
/// from the lists in `Renderers`, so a format is added in one place.
public protocol Renderer<Subject> {
    associatedtype Subject
    /// The `--format` value.
    static var format: String { get }
    static func render(_ subject: Subject, in context: RenderContext) -> String
}

/// What a renderer may know about where its text goes.
public struct RenderContext: Sendable {
    /// ANSI colour, for a terminal only.
    public var color: Bool
    /// The policyrank version, for formats that record the producing tool (SARIF).
    public var version: String
    /// The terminal's width, for tables that wrap to fit it; nil for a file or a pipe.
    public var width: Int?

    public init(color: Bool = false, version: String = PolicyRankVersion.current, width: Int? = nil) {
        self.color = color
        self.version = version
        self.width = width
    }
}

/// Every command's formats, in the order `--help` lists them; the first is the default.
public enum Renderers {
    public static let ranking: [any Renderer<Ranking>.Type] = [
        RankingTableRenderer.self, RankingMarkdownRenderer.self, RankingCSVRenderer.self, RankingJSONRenderer.self,
    ]
    public static let sensitivity: [any Renderer<SensitivityReport>.Type] = [
        SensitivityTableRenderer.self, SensitivityMarkdownRenderer.self, SensitivityJSONRenderer.self,
    ]
    public static let comparison: [any Renderer<ComparisonTables>.Type] = [
        CompareTableRenderer.self, CompareMarkdownRenderer.self, CompareCSVRenderer.self, CompareHTMLRenderer.self, CompareJSONRenderer.self,
    ]
    public static let mapping: [any Renderer<MultiCriteriaMapping>.Type] = [
        MappingTableRenderer.self, MappingMarkdownRenderer.self, MappingJSONRenderer.self, MappingHTMLRenderer.self,
    ]
    public static let diagnostics: [any Renderer<[Diagnostic]>.Type] = [
        DiagnosticTextRenderer.self, DiagnosticJSONRenderer.self, DiagnosticGitHubRenderer.self, DiagnosticSARIFRenderer.self,
    ]
    public static let explanation: [any Renderer<Explanation>.Type] = [
        ExplanationTextRenderer.self, ExplanationMarkdownRenderer.self, ExplanationJSONRenderer.self,
    ]
    public static let portfolio: [any Renderer<PortfolioAnalysis>.Type] = [
        PortfolioTableRenderer.self, PortfolioMarkdownRenderer.self, PortfolioJSONRenderer.self,
    ]
    /// `explain a+b c`: the same format names as `explanation`.
    public static let packageExplanation: [any Renderer<PackageExplanation>.Type] = [
        PackageExplanationTextRenderer.self, PackageExplanationMarkdownRenderer.self, PackageExplanationJSONRenderer.self,
    ]
    public static let gaia: [any Renderer<GAIAPlane>.Type] = [GAIATableRenderer.self, GAIAJSONRenderer.self, GAIASVGRenderer.self]
    public static let flip: [any Renderer<FlipResult>.Type] = [FlipTableRenderer.self, FlipJSONRenderer.self]
    public static let diff: [any Renderer<DiffReport>.Type] = [DiffTableRenderer.self, DiffMarkdownRenderer.self, DiffJSONRenderer.self]
    public static let weighting: [any Renderer<WeightingResult>.Type] = [
        WeightingTextRenderer.self, WeightingJSONRenderer.self, WeightingYAMLRenderer.self,
    ]

    public static func names<S>(_ renderers: [any Renderer<S>.Type]) -> [String] {
        renderers.map { $0.format }
    }

    public static func named<S>(_ name: String, in renderers: [any Renderer<S>.Type]) -> (any Renderer<S>.Type)? {
        renderers.first { $0.format == name }
    }

    /// "table, markdown, csv or json".
    public static func list<S>(_ renderers: [any Renderer<S>.Type]) -> String {
        let names = names(renderers)
        guard names.count > 1, let last = names.last else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
