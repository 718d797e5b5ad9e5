/// One problem (or notice) found in a document, located down to the cell.
///
/// Schema loading and return validation both report `Finding`s and collect all of them,
/// so that a ward or the district can fix every problem in one pass.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    /// Stable identifier, such as `schema.duplicate-code`.
    public var code: ErrorCode
    public var message: LocalizedMessage
    public var location: DocumentLocation
    /// The criterion the finding is about, when there is one (`KT01`).
    public var criterion: String?

    public init(_ severity: Severity, _ code: ErrorCode, _ message: LocalizedMessage,
                at location: DocumentLocation, criterion: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.criterion = criterion
    }

    public init(_ severity: Severity, _ code: ErrorCode, vi: String, en: String,
                at location: DocumentLocation, criterion: String? = nil) {
        self.init(severity, code, LocalizedMessage(vi: vi, en: en), at: location, criterion: criterion)
    }

    /// A read failure of the spreadsheet layer as a finding, keeping its code (`zip.crc`) and location.
    public init(_ error: SpreadsheetError, severity: Severity = .error) {
        // An operating-system refusal is said in the user's language with what to do; other
        // lower layers' words (zlib, libxml2) are kept as they are.
        let message = if let vi = error.cause?.reason(.vi), let en = error.cause?.reason(.en) {
            LocalizedMessage(vi: error.message.vi + " (\(vi))", en: error.message.en + " (\(en))")
        } else {
            error.underlying.map {
                LocalizedMessage(vi: error.message.vi + " (\($0))", en: error.message.en + " (\($0))")
            } ?? error.message
        }
        self.init(severity, error.code, message, at: error.location)
    }

    /// Whether the finding blocks acceptance.
    public var isError: Bool { severity == .error }

    /// One line: `schema.xlsx: criteria!C5: error: … [schema.unknown-area]`.
    public func text(_ language: Language) -> String {
        var s = location.description
        if !s.isEmpty { s += ": " }
        s += severity.name(language) + ": " + message.text(language)
        return s + " [\(code)]"
    }

    public var description: String { text(.en) }
}
