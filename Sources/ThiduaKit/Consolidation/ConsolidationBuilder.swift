/// Builds a `Consolidation` one validated return at a time, so a caller can validate and fold
/// returns as they come: only the latest return per ward keeps its values, so memory holds
/// the consolidated table and the returns' findings, not the returns themselves.
public struct ConsolidationBuilder: Sendable {
    public let schema: CriteriaSchema
    public let policy: ConsolidationPolicy
    /// The district's verified points, scored instead of the return's where given.
    public let verified: VerifiedPoints
    private let criterionIndex: [String: Int]
    private let wardIndex: [String: Int]
    private var submissions: [Submission] = []
    /// Per schema ward: the submission that counts so far and its values when accepted.
    private var latest: [Int?]
    private var values: [WardValues?]

    public init(schema: CriteriaSchema, policy: ConsolidationPolicy = ConsolidationPolicy(), verified: VerifiedPoints = [:]) {
        self.schema = schema
        self.policy = policy
        self.verified = verified
        criterionIndex = Dictionary(schema.criteria.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        wardIndex = Dictionary(schema.wards.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        latest = Array(repeating: nil, count: schema.wards.count)
        values = Array(repeating: nil, count: schema.wards.count)
    }

    /// Takes one validated return and returns its provisional status (a later return of the
    /// same ward may still supersede it).
    @discardableResult
    public mutating func add(_ r: WardReturn, modified: Double? = nil) -> SubmissionStatus {
        var s = Submission(r, modified: modified, deadline: schema.settings.deadline)
        let index = submissions.count
        guard let ward = r.ward, let w = wardIndex[ward.code] else {
            // Without a ward and without a single criterion row, the file is no return at all.
            s.status = r.isUnreadable || r.entries.isEmpty ? .unreadable : .unknownWard
            submissions.append(s)
            return s.status
        }
        s.status = policy.accepts(errors: r.errorCount, warnings: r.warningCount) ? .accepted : .rejected
        if let previous = latest[w] {
            if s.isLater(than: submissions[previous]) {
                submissions[previous].status = .superseded
                submissions[previous].supersededBy = s.file
            } else {
                s.status = .superseded
                s.supersededBy = submissions[previous].file
                submissions.append(s)
                return s.status
            }
        }
        latest[w] = index
        values[w] = s.status == .accepted ? WardValues(r, schema: schema, index: criterionIndex, verified: verified[ward.code] ?? [:]) : nil
        submissions.append(s)
        return s.status
    }

    /// The consolidation of the returns added so far.
    public func finish() -> Consolidation {
        var standings = schema.wards.indices.map { w in
            WardStanding(ward: schema.wards[w], submission: latest[w], values: values[w],
                         grade: values[w].map { schema.settings.grade(forTotal: $0.total) } ?? nil, rank: nil)
        }
        for (w, rank) in Self.ranks(standings.map { $0.values?.total }) { standings[w].rank = rank }
        let n = schema.criteria.count
        var sums = [Double](repeating: 0, count: n), counts = [Int](repeating: 0, count: n)
        for v in values.compactMap({ $0 }) {
            for i in 0..<n {
                if case .number(let x)? = v.values[i] {
                    sums[i] += x
                    counts[i] += 1
                }
            }
        }
        let types = schema.criteria.map(\.valueType)
        // A superseded return points to the return actually used, not to the next in a chain
        // of intermediates (first, second, final → both point to final).
        var submissions = self.submissions
        for i in submissions.indices where submissions[i].status == .superseded {
            if let code = submissions[i].ward?.code, let w = wardIndex[code], let used = latest[w] {
                submissions[i].supersededBy = submissions[used].file
            }
        }
        return Consolidation(
            schema: schema, policy: policy, submissions: submissions, standings: standings,
            districtTotals: (0..<n).map { Consolidation.isSummed(types[$0]) && counts[$0] > 0 ? sums[$0] : nil },
            districtAverages: (0..<n).map { Consolidation.isAveraged(types[$0]) && counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : nil })
    }

    /// Competition ranking of the totals given (nil: not ranked): highest first, totals equal
    /// to a millionth of a point share a rank, as float sums of the same points may differ in
    /// the last bits.
    static func ranks(_ totals: [Double?]) -> [(Int, Int)] {
        func key(_ t: Double) -> Double { (t * 1e6).rounded() }
        let ranked = totals.indices.filter { totals[$0] != nil }
            .sorted { a, b in
                let x = key(totals[a]!), y = key(totals[b]!)
                return x != y ? x > y : a < b
            }
        var out: [(Int, Int)] = []
        for (position, w) in ranked.enumerated() {
            if position > 0, key(totals[ranked[position - 1]]!) == key(totals[w]!) {
                out.append((w, out[position - 1].1))
            } else {
                out.append((w, position + 1))
            }
        }
        return out
    }
}

extension Consolidation {
    /// Consolidates returns already validated (`modified`: file modification times by file).
    public init(schema: CriteriaSchema, returns: [WardReturn], modified: [String: Double] = [:],
                policy: ConsolidationPolicy = ConsolidationPolicy(), verified: VerifiedPoints = [:]) {
        var b = ConsolidationBuilder(schema: schema, policy: policy, verified: verified)
        for r in returns { b.add(r, modified: modified[r.file]) }
        self = b.finish()
    }
}
