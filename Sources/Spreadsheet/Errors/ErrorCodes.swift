/// The stable codes of the spreadsheet layer, grouped by where they arise.
extension ErrorCode {
    // The file itself
    public static let fileUnreadable = ErrorCode("file.unreadable")
    public static let fileEmpty = ErrorCode("file.empty")
    public static let fileTooLarge = ErrorCode("file.too-large")
    public static let notRegularFile = ErrorCode("file.not-regular")
    public static let unknownFormat = ErrorCode("file.unknown-format")
    public static let legacyXLS = ErrorCode("file.legacy-xls")
    public static let encrypted = ErrorCode("file.encrypted")
    public static let xlsb = ErrorCode("file.xlsb")
    public static let pdf = ErrorCode("file.pdf")
    public static let unexpected = ErrorCode("file.unexpected")
    // ZIP container
    public static let zipTruncated = ErrorCode("zip.truncated")
    public static let zipCorrupt = ErrorCode("zip.corrupt")
    public static let zipCRC = ErrorCode("zip.crc")
    public static let zipMethod = ErrorCode("zip.unsupported-method")
    public static let zipEncryptedEntry = ErrorCode("zip.encrypted-entry")
    public static let zipTooManyEntries = ErrorCode("zip.too-many-entries")
    public static let zipEntryTooLarge = ErrorCode("zip.entry-too-large")
    public static let zipTotalTooLarge = ErrorCode("zip.total-too-large")
    public static let zipBomb = ErrorCode("zip.ratio")
    public static let zipDuplicateEntry = ErrorCode("zip.duplicate-entry")
    public static let zipOverlap = ErrorCode("zip.overlap")
    // OLE2 compound file (.xls)
    public static let cfbTruncated = ErrorCode("cfb.truncated")
    public static let cfbCorrupt = ErrorCode("cfb.corrupt")
    public static let cfbTooLarge = ErrorCode("cfb.too-large")
    // BIFF records (.xls)
    public static let xlsCorrupt = ErrorCode("xls.corrupt")
    public static let xlsVersion = ErrorCode("xls.version")
    public static let xlsCodePage = ErrorCode("xls.codepage")
    public static let xlsSharedStringIndex = ErrorCode("xls.shared-string-index")
    // XML parts
    public static let xmlMalformed = ErrorCode("xml.malformed")
    public static let xmlDTD = ErrorCode("xml.dtd")
    public static let xmlTooDeep = ErrorCode("xml.too-deep")
    // Workbook structure
    public static let missingPart = ErrorCode("package.missing-part")
    public static let sheetNotFound = ErrorCode("sheet.not-found")
    public static let badCellReference = ErrorCode("cell.bad-reference")
    public static let badCellValue = ErrorCode("cell.bad-value")
    public static let sharedStringIndex = ErrorCode("xlsx.shared-string-index")
    public static let rowOutsideCells = ErrorCode("xlsx.row-outside-cells")
    public static let sharedStringsTooLarge = ErrorCode("xlsx.shared-strings-too-large")
    public static let odsMimetype = ErrorCode("ods.mimetype")
    public static let odsRepeatTooLarge = ErrorCode("ods.repeat-too-large")
    public static let cellTextTooLarge = ErrorCode("cell.text-too-large")
    // CSV
    public static let csvEncoding = ErrorCode("csv.encoding")
    public static let csvMalformed = ErrorCode("csv.malformed")
    // Writing
    public static let writeFailed = ErrorCode("write.failed")
    public static let writeInvalid = ErrorCode("write.invalid")
}

extension SpreadsheetError {
    static func unexpected(_ error: any Error, at location: DocumentLocation) -> SpreadsheetError {
        SpreadsheetError(.unexpected,
            vi: "Lỗi không mong đợi khi đọc tệp.",
            en: "Unexpected failure while reading the file.",
            at: location, underlying: String(describing: error))
    }
}
