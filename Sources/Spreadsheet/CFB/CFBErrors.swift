/// The compound-file errors, worded once. Their location names the structure (`FAT`,
/// `directory`) or the stream being read, and the detail gives the sector and byte offset.
enum CFBErrors {
    static func truncated(_ part: String, detail: String) -> SpreadsheetError {
        SpreadsheetError(.cfbTruncated,
            vi: "Tệp .xls bị cắt cụt hoặc chưa tải xong (thiếu dữ liệu ở cuối tệp). Hãy lưu và gửi lại tệp.",
            en: "The .xls file is truncated or was not fully downloaded (data missing at its end). Save and send the file again.",
            at: DocumentLocation(part: part), underlying: detail)
    }

    static func corrupt(_ part: String, detail: String) -> SpreadsheetError {
        SpreadsheetError(.cfbCorrupt,
            vi: "Tệp .xls bị hỏng (cấu trúc tệp phức hợp OLE2 sai). Hãy mở bằng Excel hoặc LibreOffice, lưu lại và gửi lại.",
            en: "The .xls file is damaged (invalid OLE2 compound-file structure). Open it in Excel or LibreOffice, save it and send it again.",
            at: DocumentLocation(part: part), underlying: detail)
    }

    static func tooLarge(_ part: String, what: String, limit: Int) -> SpreadsheetError {
        SpreadsheetError(.cfbTooLarge,
            vi: "Tệp .xls có \(what) vượt quá giới hạn \(limit); tệp quá lớn hoặc độc hại.",
            en: "The .xls file's \(what) exceeds the limit of \(limit); the file is too large or hostile.",
            at: DocumentLocation(part: part))
    }
}
