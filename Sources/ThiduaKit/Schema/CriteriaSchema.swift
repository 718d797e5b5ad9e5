/// The district's criteria and point scale for one year: what wards report and how it is scored.
///
/// Loaded from a spreadsheet the district edits (see `Templates/README.md`); the loader checks
/// every cross-reference, so a loaded schema is internally consistent.
public struct CriteriaSchema: Hashable, Sendable {
    /// Stable identifier, such as `caugiay-2018`.
    public var id: String
    /// The schema's own version, bumped when the district edits it (`2018.1`).
    public var version: String
    public var settings: SchemaSettings
    public var areas: [Area]
    public var keyTasks: [KeyTask]
    /// In sheet order, which is the order of the return form.
    public var criteria: [Criterion]
    public var wards: [Ward]
    public var rules: [ValidationRule]

    public init(id: String, version: String, settings: SchemaSettings, areas: [Area],
                keyTasks: [KeyTask], criteria: [Criterion], wards: [Ward], rules: [ValidationRule]) {
        self.id = id
        self.version = version
        self.settings = settings
        self.areas = areas
        self.keyTasks = keyTasks
        self.criteria = criteria
        self.wards = wards
        self.rules = rules
    }

    /// The criterion with this code (case-insensitive).
    public func criterion(_ code: String) -> Criterion? {
        position(of: code).map { criteria[$0] }
    }

    /// Where the criterion with this code (case-insensitive) is in `criteria`.
    func position(of code: String) -> Int? {
        let key = code.uppercased()
        return criteria.firstIndex { $0.code == key }
    }

    /// The criteria of one area, in order.
    public func criteria(inArea code: String) -> [Criterion] {
        criteria.filter { $0.area == code }
    }

    /// The sum of every criterion's maximum points.
    public var totalMaxPoints: Double {
        criteria.reduce(0) { $0 + $1.maxPoints }
    }
}
