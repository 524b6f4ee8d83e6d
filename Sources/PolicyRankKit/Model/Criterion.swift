/// A node of the value tree. Internal nodes group children; leaves are what policies score.
///
/// Fields are optional because the model holds what the user wrote, errors included;
/// validation decides what is missing. `keys` remembers every field the user wrote and where,
/// so rules can say "an internal node must not have 'scale'" at the right line.
public struct Criterion: Sendable {
    public var id: Located<String>
    public var name: String?
    public var description: String?
    public var unit: String?
    /// Relative to siblings; absent means 1.
    public var weight: Located<Double>?
    public var direction: Located<Direction>?
    public var scale: Located<Scale>?
    public var valueFunction: Located<[ValueFunctionPoint]>?
    public var preference: Located<PreferenceFunction>?
    /// How a package's members combine on this leaf (studies with a portfolio).
    public var combine: Located<CombineRule>?
    /// nil for a leaf.
    public var children: [Criterion]?
    public var keys: [String: SourceLocation]
    public var location: SourceLocation

    public init(id: Located<String>, location: SourceLocation) {
        self.id = id
        self.keys = [:]
        self.location = location
    }

    public var isLeaf: Bool { children == nil }
    public var displayName: String { name ?? id.value }
    public var weightValue: Double { weight?.value ?? 1 }
}

public enum Direction: String, Sendable, CaseIterable {
    case benefit
    case cost
}

/// A point of a piecewise-linear value function: the value `v` in [0, 1] of raw score `x`.
public struct ValueFunctionPoint: Sendable, Equatable {
    public var x: Double
    public var v: Double
    public var location: SourceLocation
}

/// A PROMETHEE preference function (Brans & Vincke 1985), set per criterion.
public struct PreferenceFunction: Sendable {
    public var function: Located<String>
    public var q: Located<Double>?
    public var p: Located<Double>?
    public var s: Located<Double>?
    /// ELECTRE III's veto threshold (`function: electre`).
    public var v: Located<Double>? = nil

    public static let names = ["usual", "u-shape", "v-shape", "level", "linear", "gaussian", "electre"]
}

extension Criterion {
    /// This node and all its descendants, depth first, parents before children.
    public var subtree: [Criterion] {
        var result: [Criterion] = []
        var stack = [self]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: (node.children ?? []).reversed())
        }
        return result
    }
}
