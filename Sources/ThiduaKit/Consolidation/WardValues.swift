/// The values of the return that counts for a ward, one slot per schema criterion (in schema
/// order), kept compactly: this is the consolidated table's row, and all the consolidation
/// holds per ward.
public struct WardValues: Hashable, Sendable {
    /// The file and sheet the values came from.
    public var file: String
    public var sheet: String?
    public var sha256: String
    public var values: [ReportedValue?]
    public var points: [Double?]
    /// The cell each value was read from.
    public var cells: [CellReference?]
    public var bonus: Double?
    public var penalty: Double?
    public var criteriaPoints: Double
    public var total: Double

    init(_ r: WardReturn, schema: CriteriaSchema, index: [String: Int]) {
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
    }
}
