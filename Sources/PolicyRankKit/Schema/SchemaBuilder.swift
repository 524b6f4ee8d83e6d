/// Small constructors for JSON Schema (draft 2020-12) fragments, so each file kind's schema
/// reads as a list of fields and their meaning. Every fragment carries a `description` first:
/// editors show it on hover, and the generated files double as reference documentation.
enum SchemaBuilder {
    static let identifierPattern = "^[a-z][a-z0-9_-]*$"

    static func string(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("string"))])
    }

    /// An id: safe in file names, URLs, CSV headers and shell arguments.
    static func identifier(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("string")), ("pattern", .string(identifierPattern))])
    }

    static func number(
        _ description: String, minimum: Double? = nil, exclusiveMinimum: Double? = nil,
        maximum: Double? = nil, default value: Double? = nil
    ) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(description)), ("type", .string("number"))]
        if let minimum { pairs.append(("minimum", .number(minimum))) }
        if let exclusiveMinimum { pairs.append(("exclusiveMinimum", .number(exclusiveMinimum))) }
        if let maximum { pairs.append(("maximum", .number(maximum))) }
        if let value { pairs.append(("default", .number(value))) }
        return .object(pairs)
    }

    static func integer(_ description: String, minimum: Int) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("integer")), ("minimum", .integer(minimum))])
    }

    static func enumeration(_ description: String, _ values: [String]) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))])
    }

    /// A mapping with fixed keys: any other key is a misspelling and is flagged.
    static func record(
        _ description: String, _ properties: [(String, JSONValue)], required: [String] = [],
        _ more: [(String, JSONValue)] = []
    ) -> JSONValue {
        .object([("description", .string(description))] + recordFields(properties, required: required, more))
    }

    /// The fields of `record` without its description, for a document's root.
    static func recordFields(
        _ properties: [(String, JSONValue)], required: [String] = [],
        _ more: [(String, JSONValue)] = []
    ) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("type", .string("object")), ("properties", .object(properties))]
        if !required.isEmpty { pairs.append(("required", strings(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        return pairs + more
    }

    /// A mapping whose keys the user chooses (criterion ids, level labels).
    static func dictionary(_ description: String, keys: JSONValue?, values: JSONValue, _ more: [(String, JSONValue)] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("description", .string(description)), ("type", .string("object"))]
        if let keys { pairs.append(("propertyNames", keys)) }
        pairs.append(("additionalProperties", values))
        return .object(pairs + more)
    }

    static func array(_ description: String, of items: JSONValue, _ more: [(String, JSONValue)] = []) -> JSONValue {
        .object([("description", .string(description)), ("type", .string("array")), ("items", items)] + more)
    }

    static func oneOf(_ description: String, _ alternatives: [JSONValue]) -> JSONValue {
        .object([("description", .string(description)), ("oneOf", .array(alternatives))])
    }

    static func reference(_ name: String, _ description: String) -> JSONValue {
        .object([("description", .string(description)), ("$ref", .string("#/$defs/\(name)"))])
    }

    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }

    /// `if` the instance's `key` is one of `values`, `then` it must also satisfy `then`.
    static func when(_ key: String, isOneOf values: [String], then: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("if", .object([("properties", .object([(key, matching(values))])), ("required", strings([key]))])),
            ("then", .object(then)),
        ])
    }

    /// `{const: v}` for one value, `{enum: [...]}` for several.
    static func matching(_ values: [String]) -> JSONValue {
        values.count == 1 ? .object([("const", .string(values[0]))]) : .object([("enum", strings(values))])
    }
}
