/// Year-level settings of a schema: title, deadline and the point scale.
public struct SchemaSettings: Hashable, Sendable {
    public var year: Int
    /// Title shown on forms and reports (`Giao ước thi đua năm 2018`).
    public var title: String
    /// The period returns cover, as worded by the district (`01/01/2018 - 30/11/2018`).
    public var reportingPeriod: String
    /// Last day a return is on time.
    public var deadline: CivilDate
    /// Grades from best to worst, each with the minimum total it needs.
    public var grades: [GradeThreshold]
    /// Most bonus points ("điểm thưởng") a ward can add to its total.
    public var bonusCap: Double
    /// Most penalty points ("điểm trừ") that can be taken off a total.
    public var penaltyCap: Double
    /// The scale of the total (100 or 1,000); criteria's maximum points must add up to it.
    public var maxTotalPoints: Double

    public init(year: Int, title: String, reportingPeriod: String, deadline: CivilDate,
                grades: [GradeThreshold], bonusCap: Double, penaltyCap: Double, maxTotalPoints: Double) {
        self.year = year
        self.title = title
        self.reportingPeriod = reportingPeriod
        self.deadline = deadline
        self.grades = grades
        self.bonusCap = bonusCap
        self.penaltyCap = penaltyCap
        self.maxTotalPoints = maxTotalPoints
    }

    /// The best grade whose minimum the total reaches, nil below every threshold.
    public func grade(forTotal total: Double) -> GradeThreshold? {
        grades.sorted { $0.minimumPoints > $1.minimumPoints }.first { total >= $0.minimumPoints }
    }
}

/// A classification ("xếp loại") and the total it needs.
public struct GradeThreshold: Hashable, Sendable {
    /// Vietnamese grade name (`Xuất sắc`).
    public var name: String
    public var minimumPoints: Double

    public init(name: String, minimumPoints: Double) {
        self.name = name
        self.minimumPoints = minimumPoints
    }
}
