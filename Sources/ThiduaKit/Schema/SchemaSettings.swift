import Foundation

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
    /// The body above the wards, printed above "UBND PHƯỜNG …" on forms and above the
    /// district's workbook (`UBND QUẬN CẦU GIẤY`); nil when the schema does not say.
    public var superiorBody: String?
    /// The place in the place-and-date line (`Cầu Giấy, ngày … tháng … năm …`); nil when the
    /// schema does not say (a dotted line is printed for it).
    public var placeName: String?
    /// Decimals to which points are shown and scored (2: `85.98`). A ward's own points that
    /// differ from the computed ones by less than half of the last decimal differ only by rounding.
    public var pointsDecimals: Int

    public init(year: Int, title: String, reportingPeriod: String, deadline: CivilDate,
                grades: [GradeThreshold], bonusCap: Double, penaltyCap: Double, maxTotalPoints: Double,
                superiorBody: String? = nil, placeName: String? = nil, pointsDecimals: Int = 2) {
        self.year = year
        self.title = title
        self.reportingPeriod = reportingPeriod
        self.deadline = deadline
        self.grades = grades
        self.bonusCap = bonusCap
        self.penaltyCap = penaltyCap
        self.maxTotalPoints = maxTotalPoints
        self.superiorBody = superiorBody
        self.placeName = placeName
        self.pointsDecimals = pointsDecimals
    }

    /// How far a ward's own points may lie from the computed points and still differ only by
    /// rounding to `pointsDecimals`: half of the last decimal, and a hair more for the binary
    /// fractions (3 × 28.15 / 30 is 2.8149999…, which a ward rightly writes 2.82).
    public var pointsRoundingTolerance: Double {
        0.5 * pow(10, -Double(pointsDecimals)) + 1e-9
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
