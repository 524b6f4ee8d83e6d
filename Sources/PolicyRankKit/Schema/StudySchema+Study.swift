/// `study.yaml`: title, default method and normalization, sensitivity settings, expectations.
/// Method names, parameters and the normalizations each method accepts come from `Methods`,
/// so the schema cannot drift from what `rank` accepts.
extension StudySchema {
    static let studyTitle = "policyrank study settings (study.yaml)"
    static let studyDescription = """
        Optional settings of a policyrank study: its title, the default method and normalization, \
        sensitivity-analysis settings, and expectations that 'policyrank validate' checks.
        """

    static var studyBody: [(String, JSONValue)] {
        S.recordFields([
            ("title", S.string("Title of the study, shown at the top of every output. Example: Counter-terrorism options for Pakistan after August 2021")),
            ("method", S.oneOf("Default aggregation method: a name, or {name, parameter: value, …}. Example: wsm, or {name: vikor, v: 0.5}", [
                S.enumeration("The method's name.\n" + methodList, Methods.names),
                methodWithParameters,
            ])),
            ("normalization", S.enumeration("Normalization of each criterion's values before aggregation; default: the method's own (from its paper).\n"
                + Normalization.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "\n"), Normalization.allCases.map(\.rawValue))),
            ("sensitivity", S.record("Settings for 'policyrank sensitivity' and the robust_top expectation. Example: {samples: 10000, seed: 1}", [
                ("samples", S.integer("SMAA-2 Monte Carlo samples (default 10000); more samples, smaller standard error.", minimum: 1)),
                ("seed", S.integer("Random seed: the same seed gives the same results, whatever the number of threads (default 1).", minimum: 0)),
            ])),
            ("expect", expectations),
        ], [("allOf", .array(normalizationLimits))])
    }

    private static var methodList: String {
        Methods.all.map { method in
            let parameters = method.parameters.map { "\($0.name) = \(NumberFormat.plain($0.defaultValue))" }
            return "\(method.name): \(method.summary); default normalization \(method.defaultNormalization.rawValue)"
                + (parameters.isEmpty ? "" : "; parameters: " + parameters.joined(separator: ", "))
        }.joined(separator: "\n")
    }

    /// `{name: vikor, v: 0.5}`: each method admits only its own parameters, within range.
    private static var methodWithParameters: JSONValue {
        let rules = Methods.all.map { method in
            let parameters = method.parameters.map { parameter in
                (parameter.name, S.number("\(parameter.summary) (default \(NumberFormat.plain(parameter.defaultValue)))",
                                          minimum: parameter.range.lowerBound, maximum: parameter.range.upperBound, default: parameter.defaultValue))
            }
            return S.when("name", is: method.name, then: [
                ("properties", .object([("name", .bool(true))] + parameters)),
                ("additionalProperties", .bool(false)),
            ])
        }
        return .object([
            ("description", .string("A method with parameters: vikor takes v, waspas takes lambda (both 0 to 1, default 0.5); the others take none.")),
            ("type", .string("object")),
            ("properties", .object([("name", S.enumeration("The method's name.\n" + methodList, Methods.names))])),
            ("required", S.strings(["name"])),
            ("additionalProperties", S.number("A parameter of the method.")),
            ("allOf", .array(rules)),
        ])
    }

    /// Methods that normalize in their own way refuse any other normalization.
    private static var normalizationLimits: [JSONValue] {
        Methods.all.filter { $0.normalizations != Normalization.allCases }.map { method in
            let named = JSONValue.object([("anyOf", .array([
                .object([("const", .string(method.name))]),
                .object([("type", .string("object")), ("properties", .object([("name", .object([("const", .string(method.name))]))])), ("required", S.strings(["name"]))]),
            ]))])
            let accepted = method.normalizations.map(\.rawValue)
            return .object([
                ("if", .object([("properties", .object([("method", named)])), ("required", S.strings(["method", "normalization"]))])),
                ("then", .object([("properties", .object([
                    ("normalization", S.enumeration("\(method.name) accepts only: \(accepted.joined(separator: ", ")).", accepted)),
                ]))])),
            ])
        }
    }

    private static var expectations: JSONValue {
        let policy = S.identifier("A policy id.")
        return S.record("Claims about the ranking under the study's method that 'policyrank validate' checks; CI fails, at the claim's line, when one no longer holds.", [
            ("top", S.identifier("This policy ranks first. Example: diplomacy_kabul")),
            ("ranking", S.array("The ranking starts with these policies, in this order (ties listed by id). Example: [community, regional_intelligence]",
                                of: policy, [("uniqueItems", .bool(true))])),
            ("robust_top", S.record("The current top option ranks first in at least a share of SMAA-2 samples (uniform weights, sampled scores; the study's samples and seed). Example: {min_acceptability: 0.6}", [
                ("min_acceptability", S.number("The minimum first-rank acceptability, a share of samples from 0 to 1. Example: 0.6", minimum: 0, maximum: 1)),
            ], required: ["min_acceptability"])),
            ("stable_within", S.number("No single weight moved by up to this share of itself (others rescaled in proportion) changes the top option: above 0, at most 1. Example: 0.1 for ±10%", exclusiveMinimum: 0, maximum: 1)),
        ])
    }
}
