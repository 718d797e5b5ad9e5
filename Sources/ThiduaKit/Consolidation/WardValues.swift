/// The values of the return that counts for a ward, one slot per schema criterion (in schema
/// order), kept compactly: this is the consolidated table's row, and all the consolidation
/// holds per ward.
public struct WardValues: Hashable, Sendable {
    /// The file and sheet the values came from.
    public var file: String
    public var sheet: String?
    public var sha256: String
    public var values: [ReportedValue?]
    /// The points scored: the district's verified points where given, else the return's.
    public var points: [Double?]
    /// The criteria whose points the district verified, in schema order; empty when none were.
    public var verifications: [Verification] = []
    /// The cell each value was read from.
    public var cells: [CellReference?]
    public var bonus: Double?
    public var penalty: Double?
    public var criteriaPoints: Double
    public var total: Double

    init(_ r: WardReturn, schema: CriteriaSchema, index: [String: Int], verified: [String: Double] = [:]) {
        file = r.file
        sheet = r.sheet
        sha256 = r.sha256
        let n = schema.criteria.count
        values = Array(repeating: nil, count: n)
        points = Array(repeating: nil, count: n)
        cells = Array(repeating: nil, count: n)
        for e in r.entries {
            guard let i = index[e.criterion] else { continue }
            values[i] = e.value
            points[i] = e.points
            cells[i] = e.valueLocation.cell
            if sheet == nil { sheet = e.valueLocation.sheet }
        }
        bonus = r.bonus
        penalty = r.penalty
        criteriaPoints = r.criteriaPoints
        total = r.totalPoints
        guard !verified.isEmpty else { return }
        // Verified points replace the return's; codes the schema does not know are left out
        // (the CLI's file and the portal's form refuse them before they get here).
        for (code, p) in verified {
            guard let i = index[code] else { continue }
            verifications.append(Verification(criterion: i, returnPoints: points[i], verifiedPoints: p))
            points[i] = p
        }
        verifications.sort { $0.criterion < $1.criterion }
        criteriaPoints = points.reduce(0) { $0 + ($1 ?? 0) }
        total = criteriaPoints + (bonus ?? 0) - (penalty ?? 0)
    }
}
