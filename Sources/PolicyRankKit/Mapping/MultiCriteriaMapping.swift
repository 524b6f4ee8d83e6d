/// Multicriteria mapping's results (Stirling's MCM; the formulas of DESIGN §4.2): each
/// participant's pessimistic and optimistic totals, the inclination of every pair of options
/// for every participant, and the options' merit across participants.
///
/// Per participant and criterion, scores are normalized by
/// (x − min over options of low) / (max over options of high − min over options of low), over
/// the options that participant scores; a criterion with span 0 contributes 0. Totals are the
/// weighted sums of the normalized lows (pessimistic) and highs (optimistic).
public struct MultiCriteriaMapping: Sendable {
    /// Nested intervals and tied midpoints are judged within this tolerance (DESIGN §4.2,
    /// "as for ties").
    public static let tolerance = 1e-9

    public struct Totals: Sendable, Equatable {
        public var pessimistic: Double
        public var optimistic: Double

        public init(pessimistic: Double, optimistic: Double) {
            self.pessimistic = pessimistic
            self.optimistic = optimistic
        }

        public var midpoint: Double { (pessimistic + optimistic) / 2 }
    }

    public struct ParticipantResult: Sendable {
        public var id: String
        public var name: String
        public var group: String?
        public var criteria: [MappingProblem.Criterion]
        /// `totals[i]` for option i; nil when the participant does not score it.
        public var totals: [Totals?]
    }

    /// One participant's view of a pair of options, a before b in option order.
    public struct Inclination: Sendable, Equatable {
        public var a: String
        public var b: String
        public var participant: String
        /// +1 when a's midpoint is higher, −1 when b's is, 0 for a tie.
        public var direction: Int
        /// One interval contains the other, endpoints included.
        public var nested: Bool
        public var separation: Double
    }

    public struct Merit: Sendable, Equatable {
        public var option: String
        public var name: String
        /// Σ direction · separation over the pairs that are not nested.
        public var merit: Double
        /// Σ direction · separation over all pairs, nested ("grey") ones included.
        public var meritWithGrey: Double
    }

    public var options: [DecisionProblem.Option]
    /// The group the results are restricted to (`--group`), if any.
    public var group: String?
    public var participants: [ParticipantResult]
    /// For every pair of options a before b and every participant who scores both.
    public var pairwise: [Inclination]
    /// Highest merit first; ties by merit with grey, then option order.
    public var merit: [Merit]
    /// The merit order of each group's participants alone, by group id (empty without groups
    /// and when restricted to one).
    public var meritByGroup: [(group: String, merit: [Merit])]

    /// The mapping of every participant, or of one group's.
    public init(_ problem: MappingProblem, group: String? = nil) {
        let chosen = problem.participants.filter { group == nil || $0.group == group }
        options = problem.options
        self.group = group
        participants = chosen.map { Self.totals($0) }
        let pairwise = Self.pairwise(participants, options: problem.options)
        self.pairwise = pairwise
        merit = Self.merit(pairwise, options: problem.options)
        meritByGroup =
            group == nil
            ? problem.groups.map { id in
                let members = Set(chosen.filter { $0.group == id }.map(\.id))
                return (id, Self.merit(pairwise.filter { members.contains($0.participant) }, options: problem.options))
            } : []
    }

    /// A participant's pessimistic and optimistic totals for every option they score.
    static func totals(_ participant: MappingProblem.Participant) -> ParticipantResult {
        let scored = participant.intervals.compactMap { $0 }
        // Halves throughout: for scores near ±1.8e308, high − low overflows to infinity and
        // the totals would be NaN; (x/2 − low/2) / (high/2 − low/2) is the same ratio.
        let normalizers = participant.criteria.indices.map { j -> (low: Double, span: Double) in
            let low = scored.map { $0[j].low }.min() ?? 0
            let high = scored.map { $0[j].high }.max() ?? 0
            return (low / 2, high / 2 - low / 2)
        }
        func normalized(_ x: Double, _ j: Int) -> Double {
            normalizers[j].span > 0 ? min(1, max(0, (x / 2 - normalizers[j].low) / normalizers[j].span)) : 0
        }
        let totals = participant.intervals.map { intervals -> Totals? in
            guard let intervals else { return nil }
            var pessimistic = 0.0
            var optimistic = 0.0
            for (j, criterion) in participant.criteria.enumerated() {
                pessimistic += criterion.weight * normalized(intervals[j].low, j)
                optimistic += criterion.weight * normalized(intervals[j].high, j)
            }
            return Totals(pessimistic: pessimistic, optimistic: optimistic)
        }
        return ParticipantResult(id: participant.id, name: participant.name, group: participant.group, criteria: participant.criteria, totals: totals)
    }

    /// DESIGN §4.2's inclination of a over b for one participant's intervals.
    public static func inclination(_ a: Totals, _ b: Totals) -> (direction: Int, nested: Bool, separation: Double) {
        let (pa, oa, pb, ob) = (a.pessimistic, a.optimistic, b.pessimistic, b.optimistic)
        let difference = a.midpoint - b.midpoint
        let direction = abs(difference) <= tolerance ? 0 : (difference > 0 ? 1 : -1)
        let nested = (pa <= pb + tolerance && ob <= oa + tolerance) || (pb <= pa + tolerance && oa <= ob + tolerance)
        let span = max(oa, ob) - min(pa, pb)
        let separation = span > 0 ? abs((pa - pb) + (oa - ob)) / (2 * span) : 0
        return (direction, nested, separation)
    }

    private static func pairwise(_ participants: [ParticipantResult], options: [DecisionProblem.Option]) -> [Inclination] {
        var result: [Inclination] = []
        for a in options.indices {
            for b in options.indices where b > a {
                for participant in participants {
                    guard let ta = participant.totals[a], let tb = participant.totals[b] else { continue }
                    let (direction, nested, separation) = inclination(ta, tb)
                    result.append(
                        Inclination(
                            a: options[a].id, b: options[b].id, participant: participant.id, direction: direction, nested: nested, separation: separation))
                }
            }
        }
        return result
    }

    /// Each option's merit, summed over participants and over the other options it meets.
    private static func merit(_ pairwise: [Inclination], options: [DecisionProblem.Option]) -> [Merit] {
        var strict = Dictionary(uniqueKeysWithValues: options.map { ($0.id, 0.0) })
        var grey = strict
        for pair in pairwise {
            let signed = Double(pair.direction) * pair.separation
            grey[pair.a, default: 0] += signed
            grey[pair.b, default: 0] -= signed
            if !pair.nested {
                strict[pair.a, default: 0] += signed
                strict[pair.b, default: 0] -= signed
            }
        }
        let order = Dictionary(uniqueKeysWithValues: options.enumerated().map { ($1.id, $0) })
        return options.map { Merit(option: $0.id, name: $0.name, merit: strict[$0.id] ?? 0, meritWithGrey: grey[$0.id] ?? 0) }
            .sorted {
                if $0.merit != $1.merit { return $0.merit > $1.merit }
                if $0.meritWithGrey != $1.meritWithGrey { return $0.meritWithGrey > $1.meritWithGrey }
                return order[$0.option, default: 0] < order[$1.option, default: 0]
            }
    }
}
