/// The stable rule ids printed in brackets after every diagnostic. CI configurations and
/// SARIF consumers key on these strings, so never rename one.
public enum Rule: String, Sendable, CaseIterable, Comparable {
    // Reading files
    case ioError = "io-error"
    case invalidUTF8 = "invalid-utf8"
    case yamlSyntax = "yaml-syntax"
    case yamlNesting = "yaml-nesting"
    case yamlAliasLimit = "yaml-alias-limit"
    case duplicateKey = "duplicate-key"
    case nonFiniteNumber = "non-finite-number"
    case ignoredFile = "ignored-file"
    case csvSyntax = "csv-syntax"
    // Shape of each file
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    case misspeltKey = "misspelt-key"
    case missingField = "missing-field"
    case invalidID = "invalid-id"
    // Criteria tree
    case duplicateID = "duplicate-id"
    case leafField = "leaf-field"
    case internalNodeField = "internal-node-field"
    case dedentedCriterion = "dedented-criterion"
    case invalidDirection = "invalid-direction"
    case invalidScale = "invalid-scale"
    case invalidWeight = "invalid-weight"
    case invalidValueFunction = "invalid-value-function"
    case invalidPreference = "invalid-preference"
    // Perspectives and policies
    case unknownCriterion = "unknown-criterion"
    case missingScore = "missing-score"
    case scoreOutOfScale = "score-out-of-scale"
    case unknownLevel = "unknown-level"
    case scoreType = "score-type"
    case scoreRangeOrder = "score-range-order"
    // study.yaml
    case unknownMethod = "unknown-method"
    case unknownNormalization = "unknown-normalization"
    case invalidMethodParameter = "invalid-method-parameter"
    case invalidSetting = "invalid-setting"
    case unknownPolicy = "unknown-policy"
    case duplicateBaseline = "duplicate-baseline"
    case expectationFailed = "expectation-failed"
    case invalidCombine = "invalid-combine"
    case missingCombine = "missing-combine"
    case invalidBudget = "invalid-budget"
    case requiresCycle = "requires-cycle"
    case invalidInteraction = "invalid-interaction"
    case infeasiblePortfolio = "infeasible-portfolio"
    case combinedScoreClamped = "combined-score-clamped"
    case preferenceUnits = "preference-units"
    // Lint: legal but suspicious
    case dominatedOption = "dominated-option"
    case constantCriterion = "constant-criterion"
    case undocumentedScore = "undocumented-score"
    case missingSource = "missing-source"
    case singleChildGroup = "single-child-group"
    case partialWeights = "partial-weights"
    case degenerateMethod = "degenerate-method"
    // The study as a whole
    case noCriteria = "no-criteria"
    case noPolicies = "no-policies"
    case notAStudy = "not-a-study"

    public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The rules that only ever warn, which `lint: {disable: […]}` may switch off.
    public var canBeDisabled: Bool {
        switch self {
        case .unknownKey, .ignoredFile, .dominatedOption, .constantCriterion, .undocumentedScore, .missingSource, .singleChildGroup, .partialWeights,
            .degenerateMethod, .combinedScoreClamped, .preferenceUnits:
            true
        default: false
        }
    }

    /// One line for SARIF's rule table and the README.
    public var summary: String {
        switch self {
        case .ioError: "A study file or directory could not be read."
        case .invalidUTF8: "A file is not valid UTF-8."
        case .yamlSyntax: "A file is not valid YAML."
        case .yamlNesting: "YAML nested deeper than policyrank accepts."
        case .yamlAliasLimit: "YAML aliases expand to more nodes than policyrank accepts."
        case .duplicateKey: "A mapping repeats a key."
        case .nonFiniteNumber: "A number is NaN, infinite, or overflows."
        case .csvSyntax: "A CSV file given to `import mapping` has an unclosed quote, a repeated or unknown column, or a row longer than its header."
        case .ignoredFile: "A file that looks like part of the study but is not read (extension case, subdirectory, study.yml beside study.yaml)."
        case .wrongType: "A value has the wrong type."
        case .unknownKey: "A key policyrank does not know, and not close to one it knows."
        case .misspeltKey: "A key a typo away from one policyrank knows there: its value would be ignored, so it is an error."
        case .missingField: "A required field is missing."
        case .invalidID: "An id does not match ^[a-z][a-z0-9_-]*$."
        case .duplicateID: "An id is used twice."
        case .leafField: "A leaf criterion lacks direction or scale."
        case .internalNodeField: "An internal criterion has leaf-only fields."
        case .dedentedCriterion: "A lone top-level leaf right after a group's children: a child dedented by one level."
        case .invalidDirection: "A direction is neither benefit nor cost."
        case .invalidScale: "A scale is empty, reversed or repeats a level."
        case .invalidWeight: "A weight is negative, or all sibling weights are zero."
        case .invalidValueFunction: "A value function is outside its scale or not increasing in x."
        case .invalidPreference: "A PROMETHEE preference function is unknown or badly parameterised."
        case .unknownCriterion: "A reference to a criterion that does not exist."
        case .missingScore: "A policy does not score a leaf criterion."
        case .scoreOutOfScale: "A score lies outside its criterion's scale."
        case .unknownLevel: "A score names a level its qualitative scale does not define."
        case .scoreType: "A score has the wrong kind of value for its scale."
        case .scoreRangeOrder: "An uncertain score breaks low <= likely <= high."
        case .unknownMethod: "study.yaml names a method policyrank does not implement."
        case .unknownNormalization: "study.yaml names an unknown normalization."
        case .invalidMethodParameter: "A method parameter is unknown or out of range."
        case .invalidSetting: "A study setting is out of range."
        case .unknownPolicy: "A reference to a policy that does not exist."
        case .duplicateBaseline: "More than one policy is marked 'baseline: true'."
        case .expectationFailed: "An expectation in study.yaml does not hold for the current ranking."
        case .invalidCombine: "A leaf's 'combine' is not sum, max, min or mean."
        case .missingCombine: "A study with a portfolio has a leaf without 'combine'."
        case .invalidBudget: "A portfolio budget is on a criterion that is not a cost combined by sum, or its limit is negative."
        case .requiresCycle: "Portfolio requirements form a cycle."
        case .invalidInteraction: "A portfolio interaction has fewer than two distinct members, or no scores."
        case .infeasiblePortfolio: "No package of measures meets the portfolio's constraints."
        case .preferenceUnits: "A preference threshold above 1 on a leaf with a value function, where PROMETHEE and ELECTRE compare values on [0, 1]."
        case .combinedScoreClamped: "A package's combined score falls outside its criterion's scale and is clamped to it."
        case .dominatedOption: "An option is no better than another on every criterion and worse on one."
        case .constantCriterion: "Every option has the same score on a criterion, so it cannot change the ranking."
        case .undocumentedScore: "A score has no note giving its rationale."
        case .missingSource: "A policy cites no source."
        case .singleChildGroup: "A group has one child, which takes the group's whole weight."
        case .degenerateMethod: "The study's method cannot rank this study (a criterion zeroes weighted products, or every option scores the same)."
        case .partialWeights: "Some siblings give a weight and others do not (a weight left out counts as 1)."
        case .noCriteria: "The study defines no criteria."
        case .noPolicies: "The study defines no policies."
        case .notAStudy: "A path is neither a study directory nor a file inside one."
        }
    }
}
