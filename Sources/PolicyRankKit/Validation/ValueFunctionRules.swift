/// Value functions map the scale into [0, 1] through points with strictly increasing x.
enum ValueFunctionRules {
    static func check(_ study: Study) -> [Diagnostic] {
        study.leaves.flatMap { criterion -> [Diagnostic] in
            guard let function = criterion.valueFunction else { return [] }
            let id = criterion.id.value
            let points = function.value
            guard points.count >= 2 else {
                return [.error(.invalidValueFunction, "value_function of '\(id)' needs at least two points [x, value]", at: function.location)]
            }
            var diagnostics: [Diagnostic] = []
            let bounds = criterion.scale?.value.bounds
            for (index, point) in points.enumerated() {
                if let bounds, !bounds.contains(point.x) {
                    diagnostics.append(
                        .error(
                            .invalidValueFunction,
                            "value_function point x = \(NumberFormat.plain(point.x)) of '\(id)' lies outside its scale [\(NumberFormat.plain(bounds.lowerBound)), \(NumberFormat.plain(bounds.upperBound))]",
                            at: point.location))
                }
                if !(0...1).contains(point.v) {
                    diagnostics.append(
                        .error(
                            .invalidValueFunction, "value_function value \(NumberFormat.plain(point.v)) of '\(id)' must be between 0 and 1", at: point.location)
                    )
                }
                if index > 0, point.x <= points[index - 1].x {
                    diagnostics.append(
                        .error(
                            .invalidValueFunction,
                            "value_function of '\(id)' must have strictly increasing x; \(NumberFormat.plain(point.x)) follows \(NumberFormat.plain(points[index - 1].x))",
                            at: point.location))
                }
            }
            return diagnostics
        }
    }
}
