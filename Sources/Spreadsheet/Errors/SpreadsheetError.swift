/// A stable identifier for a kind of read or write failure (`zip.crc`, `xlsx.missing-part`).
public struct ErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// Why a file could not be read or written, and where: the only error type the spreadsheet layer throws.
public struct SpreadsheetError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: LocalizedMessage
    public var location: DocumentLocation
    /// What a lower layer (zlib, libxml2, the OS) said, verbatim.
    public var underlying: String?
    /// The lower layer's failure as a value (an errno, a kind), for callers that act on it.
    public var cause: ErrorCause?

    public init(_ code: ErrorCode, _ message: LocalizedMessage,
                at location: DocumentLocation = DocumentLocation(), underlying: String? = nil,
                cause: ErrorCause? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.underlying = underlying
        self.cause = cause
    }

    public init(_ code: ErrorCode, vi: String, en: String,
                at location: DocumentLocation = DocumentLocation(), underlying: String? = nil,
                cause: ErrorCause? = nil) {
        self.init(code, LocalizedMessage(vi: vi, en: en), at: location, underlying: underlying, cause: cause)
    }

    /// The location, message and code in one line: `ward.xlsx: xl/worksheets/sheet1.xml: A1: … [zip.crc]`.
    public func text(_ language: Language) -> String {
        var s = location.description
        if !s.isEmpty { s += ": " }
        s += message.text(language)
        if let reason = cause?.reason(language) { s += " (\(reason))" } else if let underlying { s += " (\(underlying))" }
        return s + " [\(code)]"
    }

    public var description: String { text(.en) }

    /// The same error with more of its location filled in (keeps what is already known).
    public func located(file: String? = nil, part: String? = nil, sheet: String? = nil,
                        cell: CellReference? = nil) -> SpreadsheetError {
        var e = self
        if e.location.file == nil { e.location.file = file }
        if e.location.part == nil { e.location.part = part }
        if e.location.sheet == nil { e.location.sheet = sheet }
        if e.location.cell == nil { e.location.cell = cell }
        return e
    }
}
