/// An export the district defines in a small text file (`Templates/exports/*.profile`, see its
/// README): which file to write, which criteria, and which columns in which order.
public struct ExportProfile: Hashable, Sendable {
    /// Wide: one row per ward, a column per criterion. Long: one row per value.
    public enum Layout: String, Hashable, Sendable { case wide, long }

    /// Which criteria the export carries.
    public enum Selection: Hashable, Sendable {
        case all
        case types(Set<ValueType>)
        case areas(Set<String>)
        case codes([String])

        public func selects(_ c: Criterion) -> Bool {
            switch self {
            case .all: true
            case .types(let t): t.contains(c.valueType)
            case .areas(let a): a.contains(c.area)
            case .codes(let codes): codes.contains(c.code)
            }
        }
    }

    /// What a column holds.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case year, wardCode = "ward_code", wardName = "ward_name", reportDate = "report_date",
             totalPoints = "total_points", grade, rank, file, sha256
        // One row per value (long layout) only:
        case criterionCode = "criterion_code", criterionName = "criterion_name", area, value, unit, points
        /// Wide layout only: one column per selected criterion, holding its value.
        case criteria

        /// Whether the field describes one value rather than one ward.
        var isPerValue: Bool {
            switch self {
            case .criterionCode, .criterionName, .area, .value, .unit, .points: true
            default: false
            }
        }
    }

    public struct Column: Hashable, Sendable {
        public var field: Field
        /// The header text; nil for the default in the run's language.
        public var header: String?

        public init(_ field: Field, header: String? = nil) {
            self.field = field
            self.header = header
        }
    }

    /// The profile file's name without extension (`finance`).
    public var name: String
    /// The CSV file written (`finance.csv`).
    public var output: String
    /// Also written as a workbook under this base name (`statistics` → `statistics.xlsx`).
    public var workbook: String?
    public var layout: Layout
    public var criteria: Selection
    public var columns: [Column]

    public init(name: String, output: String, workbook: String? = nil, layout: Layout, criteria: Selection, columns: [Column]) {
        self.name = name
        self.output = output
        self.workbook = workbook
        self.layout = layout
        self.criteria = criteria
        self.columns = columns
    }
}

/// A profile that cannot be used, located to its file and line.
public struct ExportProfileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: LocalizedMessage
    public var location: DocumentLocation

    public init(_ code: ErrorCode, vi: String, en: String, at location: DocumentLocation) {
        self.code = code
        self.message = LocalizedMessage(vi: vi, en: en)
        self.location = location
    }

    public func text(_ language: Language) -> String {
        location.description + ": " + message.text(language) + " [\(code)]"
    }

    public var description: String { text(.en) }
}

extension ErrorCode {
    public static let exportUnreadable = ErrorCode("export.unreadable")
    public static let exportSyntax = ErrorCode("export.syntax")
    public static let exportUnknownKey = ErrorCode("export.unknown-key")
    public static let exportUnknownField = ErrorCode("export.unknown-field")
    public static let exportMissingKey = ErrorCode("export.missing-key")
    public static let exportBadValue = ErrorCode("export.bad-value")
    public static let exportDuplicateOutput = ErrorCode("export.duplicate-output")
}
