/// The district's consolidated returns for a year: every received return and what became of
/// it, each expected ward's standing (values, total, grade, rank) and the district's figures.
///
/// A pure value computed from validated returns (`ConsolidationBuilder`); writing it is the job
/// of `ConsolidatedWorkbookWriter` and `ExportWriter`.
public struct Consolidation: Hashable, Sendable {
    public var schema: CriteriaSchema
    public var policy: ConsolidationPolicy
    /// Every received return, in the order given.
    public var submissions: [Submission]
    /// Files found in the folders given and not read, each with its reason.
    public var skipped: [SkippedFile] = []
    /// The schema's wards, in schema order.
    public var standings: [WardStanding]
    /// Per criterion (schema order): the sum of the accepted numeric values, nil for
    /// criteria that are not summed (percent, yes/no, choice, text, date) or had no value.
    public var districtTotals: [Double?]
    /// Per criterion: the mean of the accepted numeric values (percent too), nil without values.
    public var districtAverages: [Double?]

    /// Indices into `standings` in ranking order: ranked wards by rank (then schema order),
    /// then the others in schema order.
    public var rankingOrder: [Int] {
        standings.indices.sorted { a, b in
            switch (standings[a].rank, standings[b].rank) {
            case let (x?, y?): x != y ? x < y : a < b
            case (_?, nil): true
            case (nil, _?): false
            default: a < b
            }
        }
    }

    public func count(_ status: SubmissionStatus) -> Int {
        // By index, reading the status in place rather than copying each submission.
        submissions.indices.reduce(0) { $0 + (submissions[$1].status == status ? 1 : 0) }
    }

    /// Expected wards with at least one readable return naming them.
    public var wardsReceived: Int { standings.filter(\.received).count }
    public var wardsAccepted: Int { standings.filter(\.accepted).count }
    /// Expected wards whose counting return is late.
    public var wardsLate: Int {
        standings.filter { s in s.submission.map { submissions[$0].onTime == false } ?? false }.count
    }
    public var wardsMissing: [Ward] { standings.filter { !$0.received }.map(\.ward) }
    /// Expected wards whose counting return was rejected.
    public var wardsRejected: [Ward] { standings.filter { $0.received && !$0.accepted }.map(\.ward) }
    public var warningCount: Int { submissions.reduce(0) { $0 + $1.warningCount } }

    /// Warnings in the files of one fate (accepted, superseded, rejected…).
    public func warningCount(_ status: SubmissionStatus) -> Int {
        submissions.reduce(0) { $0 + ($1.status == status ? $1.warningCount : 0) }
    }

    /// Every expected ward is in with a valid return.
    public var isComplete: Bool { standings.allSatisfy(\.accepted) }

    /// Whether the criterion's values are added up for the district (amounts and counts).
    public static func isSummed(_ type: ValueType) -> Bool {
        switch type {
        case .number, .integer, .money: true
        default: false
        }
    }

    /// Whether the criterion's values are averaged for the district.
    public static func isAveraged(_ type: ValueType) -> Bool {
        isSummed(type) || type == .percent
    }
}
