import SheetNative

/// The writing errors, worded once for every writer.
enum WriteErrors {
    /// The operating system refused an operation on the output (disk full, no permission).
    static func io(_ action: LocalizedMessage, file: String, errno: Errno) -> SpreadsheetError {
        SpreadsheetError(.writeFailed,
            vi: "Không ghi được tệp: \(action.vi).", en: "The file cannot be written: \(action.en).",
            at: DocumentLocation(file: file), underlying: errno.description, cause: .system(errno: errno.rawValue))
    }

    /// A lower layer (zlib) failed while producing the file.
    static func failed(_ detail: String, file: String?) -> SpreadsheetError {
        SpreadsheetError(.writeFailed,
            vi: "Lỗi khi tạo tệp.", en: "Producing the file failed.",
            at: DocumentLocation(file: file), underlying: detail)
    }

    /// The caller asked for something the format cannot hold.
    static func invalid(vi: String, en: String, sheet: String? = nil, cell: CellReference? = nil) -> SpreadsheetError {
        SpreadsheetError(.writeInvalid, vi: vi, en: en, at: DocumentLocation(sheet: sheet, cell: cell))
    }

    /// A call out of order (a row after the sheet ended, anything after `finish`).
    static func misuse(vi: String, en: String) -> SpreadsheetError {
        SpreadsheetError(.writeInvalid, vi: vi, en: en)
    }
}
