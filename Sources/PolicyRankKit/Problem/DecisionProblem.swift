/// A study that has passed validation, resolved into what every analysis needs, once.
///
/// The loaded `Study` keeps what the user wrote, every field optional, so that rules can
/// point at mistakes. Nothing downstream should have to re-derive the same facts from it (and
/// risk deriving them differently): validation returns this value instead ("parse, don't
/// validate"). Leaves have a direction, bounds and a preference shape; weights are effective
/// (the product of normalized sibling weights down the tree) for the study and for each
/// perspective; scores are numbers at their likely value with value functions applied, and
/// the uncertain ones are listed with their distributions.
public struct DecisionProblem: Sendable {
    public struct Option: Sendable, Equatable {
        public var id: String
        public var name: String
    }

    /// A leaf criterion, the columns of every matrix.
    public struct Leaf: Sendable {
        public var id: String
        public var name: String
        /// The direction the user declared.
        public var direction: Direction
        /// The declared scale's bounds (a qualitative scale: its lowest and highest level).
        public var bounds: ClosedRange<Double>
        /// Raw score → value in [0, 1]; a leaf with one is a benefit on [0, 1] to the methods.
        public var valueFunction: ValueFunction?
        /// PROMETHEE's preference function (usual when not set).
        public var preference: PreferenceShape
        /// The top-level node of the value tree it belongs to (itself for a top-level leaf).
        public var group: (id: String, name: String)
        /// Where the leaf is defined, for diagnostics found after validation (nil in memory).
        public var location: SourceLocation? = nil

        /// How methods read the values.
        public var methodDirection: Direction { valueFunction == nil ? direction : .benefit }
        public var methodBounds: ClosedRange<Double> { valueFunction == nil ? bounds : 0...1 }

        /// A raw score in the units methods read (the value function applied, if any).
        public func methodValue(_ raw: Double) -> Double {
            valueFunction.map { $0(raw) } ?? raw
        }
    }

    /// A set of effective leaf weights: the study's own or a stakeholder perspective's.
    public struct WeightSet: Sendable {
        /// nil for the study's own weights.
        public var perspective: String?
        public var name: String
        /// One per leaf, in leaf order, summing to 1 (or all 0 when every weight is 0).
        public var weights: [Double]
    }

    /// A score given as a range: a triangular `{low, likely, high}` or a uniform `{low, high}`,
    /// in the criterion's raw units (before its value function).
    public struct UncertainScore: Sendable {
        public enum Distribution: Sendable, Equatable {
            case triangular(low: Double, mode: Double, high: Double)
            case uniform(low: Double, high: Double)
        }

        public var option: Int
        public var leaf: Int
        public var distribution: Distribution
    }

    /// What `study.yaml` chooses for ranking and sampling, already checked by validation.
    public struct Defaults: Sendable {
        public var method: String?
        public var normalization: String?
        public var parameters: [(String, Double)]
        public var samples: Int?
        public var seed: UInt64?
    }

    public var title: String?
    public var options: [Option]
    public var leaves: [Leaf]
    /// Every node of the value tree that has leaves (leaves included), depth first: what
    /// critical weights and sweeps move.
    public var groups: [WeightGroup]
    public var weights: WeightSet
    public var perspectives: [WeightSet]
    /// `likely[i, j]`: option i on leaf j, at its likely value, value function applied.
    public var likely: Matrix
    /// The scores written as ranges with a positive width, by option then leaf.
    public var uncertain: [UncertainScore]
    public var defaults: Defaults
    /// The status-quo option (`baseline: true`), if the study has one.
    public var baseline: String? = nil
    /// The measures and constraints of `study.yaml`'s `portfolio:`, if it has one.
    public var portfolio: PortfolioProblem? = nil
    /// The participants whose criteria are all leaves of the tree, rankable as the study is.
    public var participants: [ParticipantView] = []

    public var optionIds: [String] { options.map(\.id) }

    /// The weights of a perspective, or the study's own for nil; nil for an unknown id.
    public func weightSet(_ perspective: String?) -> WeightSet? {
        guard let perspective else { return weights }
        return perspectives.first { $0.perspective == perspective }
    }

    /// The matrix the methods rank, with one weight per leaf.
    public func matrix(weights: [Double]) -> DecisionMatrix {
        DecisionMatrix(
            options: options.map(\.id), optionNames: options.map(\.name),
            columns: zip(leaves, weights).map { leaf, weight in
                DecisionMatrix.Column(
                    id: leaf.id, name: leaf.name, direction: leaf.methodDirection, declaredDirection: leaf.direction,
                    weight: weight, bounds: leaf.methodBounds, preference: leaf.preference)
            },
            values: likely)
    }
}
