/// The numbers a method ranks: options × leaf criteria, with effective weights.
///
/// Built from a valid study. Level labels become their numbers, uncertain scores their
/// `likely` value (the midpoint for `{low, high}`), and a criterion with a value function
/// is replaced by its values v(x) in [0, 1] as a benefit criterion.
public struct DecisionMatrix: Sendable {
    public struct Column: Sendable {
        public var id: String
        public var name: String
        /// How methods read the values: a criterion with a value function becomes a benefit.
        public var direction: Direction
        /// The direction the user declared, for output.
        public var declaredDirection: Direction
        /// Effective weight: the product of normalized sibling weights down the tree.
        public var weight: Double
        public var bounds: ClosedRange<Double>
        /// PROMETHEE's preference function for this criterion (usual when not set).
        public var preference: PreferenceShape = .usual

        public init(id: String, name: String, direction: Direction, declaredDirection: Direction? = nil,
                    weight: Double, bounds: ClosedRange<Double>, preference: PreferenceShape = .usual) {
            self.id = id
            self.name = name
            self.direction = direction
            self.declaredDirection = declaredDirection ?? direction
            self.weight = weight
            self.bounds = bounds
            self.preference = preference
        }
    }

    public var options: [String]
    public var optionNames: [String]
    public var columns: [Column]
    /// `values[i, j]`: option i on criterion j.
    public var values: Matrix

    public init(options: [String], optionNames: [String], columns: [Column], values: Matrix) {
        precondition(values.rowCount == options.count && values.columnCount == columns.count, "one row per option, one column per criterion")
        self.options = options
        self.optionNames = optionNames
        self.columns = columns
        self.values = values
    }

    /// `values[i][j]`: option i on criterion j.
    public init(options: [String], optionNames: [String], columns: [Column], values: [[Double]]) {
        self.init(options: options, optionNames: optionNames, columns: columns, values: Matrix(values, columnCount: columns.count))
    }

    public func column(_ j: Int) -> [Double] { values.column(j) }
}

extension DecisionMatrix {
    /// The matrix of a study that has passed validation, under an optional perspective.
    public init(study: Study, perspective: Perspective? = nil) {
        let weights = EffectiveWeights.leafWeights(study.criteria, overrides: perspective?.overrideMap ?? [:])
        var columns: [Column] = []
        var leaves: [Criterion] = []
        for leaf in study.leaves {
            guard let direction = leaf.direction?.value, let bounds = leaf.scale?.value.bounds else { continue }
            let hasValueFunction = leaf.valueFunction != nil
            columns.append(Column(
                id: leaf.id.value, name: leaf.displayName,
                direction: hasValueFunction ? .benefit : direction,
                declaredDirection: direction,
                weight: weights[leaf.id.value] ?? 0,
                bounds: hasValueFunction ? 0...1 : bounds,
                preference: leaf.preference.map { PreferenceShape($0.value) } ?? .usual))
            leaves.append(leaf)
        }
        self.init(
            options: study.policies.map(\.id.value),
            optionNames: study.policies.map(\.displayName),
            columns: columns,
            values: study.policies.map { policy in
                leaves.map { leaf in
                    let raw = policy.score(for: leaf.id.value).flatMap { ScoreResolver.likely($0.value.value, on: leaf) } ?? 0
                    return leaf.valueFunction.map { ValueFunction.evaluate($0.value, at: raw) } ?? raw
                }
            })
    }
}

extension Perspective {
    var overrideMap: [String: Double] {
        Dictionary(weights.map { ($0.criterion.value, $0.weight.value) }, uniquingKeysWith: { _, last in last })
    }
}
