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

        public init(
            id: String, name: String, direction: Direction, declaredDirection: Direction? = nil,
            weight: Double, bounds: ClosedRange<Double>, preference: PreferenceShape = .usual
        ) {
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

extension Perspective {
    var overrideMap: [String: Double] {
        Dictionary(weights.map { ($0.criterion.value, $0.weight.value) }, uniquingKeysWith: { _, last in last })
    }
}
