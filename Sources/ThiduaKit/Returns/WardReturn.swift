/// What a ward reported for one criterion, as interpreted against the schema.
public enum ReportedValue: Hashable, Sendable {
    case number(Double)
    case text(String)
    case yesNo(Bool)
    case date(CivilDate)

    /// The value as a number for scoring and rules: yes = 1, no = 0; nil for text and dates.
    public var numeric: Double? {
        switch self {
        case .number(let v): v
        case .yesNo(let b): b ? 1 : 0
        case .text, .date: nil
        }
    }

    /// The value as a cell, for writing it on.
    public var cellValue: CellValue {
        switch self {
        case .number(let v): .number(v)
        case .text(let s): .text(s)
        case .yesNo(let b): .text(b ? "Có" : "Không")
        case .date(let d): .date(d)
        }
    }
}

/// One criterion row of a return.
public struct ReturnEntry: Hashable, Sendable {
    public var criterion: String
    /// The interpreted result; nil when the cell was empty or could not be read.
    public var value: ReportedValue?
    /// The cell the result came from (or where it should have been).
    public var valueLocation: DocumentLocation
    /// The cell exactly as read, before interpretation.
    public var rawValue: CellValue
    public var selfPoints: Double?
    public var selfPointsLocation: DocumentLocation
    public var notes: String?
    /// Points computed from the result by the schema's scoring method (self-assessed for manual criteria).
    public var points: Double?

    public init(criterion: String, value: ReportedValue?, valueLocation: DocumentLocation, rawValue: CellValue,
                selfPoints: Double?, selfPointsLocation: DocumentLocation, notes: String?, points: Double?) {
        self.criterion = criterion
        self.value = value
        self.valueLocation = valueLocation
        self.rawValue = rawValue
        self.selfPoints = selfPoints
        self.selfPointsLocation = selfPointsLocation
        self.notes = notes
        self.points = points
    }
}

/// A ward's return read and checked against the schema.
public struct WardReturn: Hashable, Sendable {
    public var file: String
    /// SHA-256 of the file's bytes, hex, for provenance.
    public var sha256: String
    public var format: SpreadsheetFormat?
    public var ward: Ward?
    public var year: Int?
    public var period: String?
    /// The date the ward gave the return (the form's "Ngày lập báo cáo").
    public var reportDate: CivilDate?
    public var schemaID: String?
    public var schemaVersion: String?
    /// The sheet the criteria were found on.
    public var sheet: String?
    /// Criterion rows in schema order (missing criteria are absent).
    public var entries: [ReturnEntry]
    public var bonus: Double?
    public var penalty: Double?
    public var findings: [Finding]

    public init(file: String, sha256: String = "", format: SpreadsheetFormat? = nil, ward: Ward? = nil,
                year: Int? = nil, period: String? = nil, reportDate: CivilDate? = nil,
                schemaID: String? = nil, schemaVersion: String? = nil, sheet: String? = nil,
                entries: [ReturnEntry] = [], bonus: Double? = nil, penalty: Double? = nil, findings: [Finding] = []) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.ward = ward
        self.year = year
        self.period = period
        self.reportDate = reportDate
        self.schemaID = schemaID
        self.schemaVersion = schemaVersion
        self.sheet = sheet
        self.entries = entries
        self.bonus = bonus
        self.penalty = penalty
        self.findings = findings
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }
    /// Whether the file could not be read at all (exit status 2): an error of the spreadsheet
    /// layer (`file.*`, `zip.*`, `xml.*`, `xlsx.*`, `ods.*`, `csv.*`, `cell.*`) or a file too
    /// large to be a return, with no criterion read.
    public var isUnreadable: Bool {
        entries.isEmpty && findings.contains {
            $0.isError && ($0.code == .returnTooLarge || !Self.domainPrefixes.contains(where: $0.code.rawValue.hasPrefix))
        }
    }

    /// The prefixes of the codes of what validation finds in a file it could read.
    static let domainPrefixes = ["return.", "identity.", "value.", "points.", "rule.", "input."]

    public func entry(_ code: String) -> ReturnEntry? { entries.first { $0.criterion == code } }

    /// Sum of the criteria's points, before bonus and penalty.
    public var criteriaPoints: Double { entries.reduce(0) { $0 + ($1.points ?? 0) } }
}
