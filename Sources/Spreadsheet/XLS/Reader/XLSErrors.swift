/// The bilingual errors of the .xls (BIFF) reader. The location's part is the workbook
/// stream, and the detail gives the record's byte offset in it.
enum XLSErrors {
    static func truncated(_ stream: String, offset: Int, detail: String) -> SpreadsheetError {
        SpreadsheetError(.xlsCorrupt,
            vi: "Tệp .xls bị hỏng hoặc bị cắt cụt: một bản ghi vượt quá cuối dữ liệu. Hãy mở bằng Excel hoặc LibreOffice, lưu lại và gửi lại.",
            en: "The .xls file is damaged or truncated: a record runs past the end of its data. Open it in Excel or LibreOffice, save it and send it again.",
            at: DocumentLocation(part: stream), underlying: "at byte \(offset): \(detail)")
    }

    static func corrupt(_ stream: String, offset: Int, detail: String, cell: CellReference? = nil) -> SpreadsheetError {
        SpreadsheetError(.xlsCorrupt,
            vi: "Tệp .xls bị hỏng (bản ghi BIFF sai). Hãy mở bằng Excel hoặc LibreOffice, lưu lại và gửi lại.",
            en: "The .xls file is damaged (invalid BIFF record). Open it in Excel or LibreOffice, save it and send it again.",
            at: DocumentLocation(part: stream, cell: cell), underlying: "at byte \(offset): \(detail)")
    }

    static func tooOld(version: String) -> SpreadsheetError {
        SpreadsheetError(.xlsVersion,
            vi: "Đây là tệp \(version) quá cũ, không đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng \"Sổ làm việc Excel (.xlsx)\" rồi gửi lại.",
            en: "This is an \(version) file, too old to be read. Open it in Excel or LibreOffice, save it as \"Excel Workbook (.xlsx)\" and send it again.")
    }

    static func passwordProtected(_ stream: String) -> SpreadsheetError {
        SpreadsheetError(.encrypted,
            vi: "Tệp .xls được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu và gửi lại.",
            en: "The .xls workbook is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook), save and send it again.",
            at: DocumentLocation(part: stream))
    }

    static func codePage(_ page: Int, stream: String) -> SpreadsheetError {
        SpreadsheetError(.xlsCodePage,
            vi: "Tệp .xls dùng bảng mã \(page), chưa được hỗ trợ. Hãy mở bằng Excel và lưu lại dưới dạng \"Sổ làm việc Excel (.xlsx)\" rồi gửi lại.",
            en: "The .xls file uses code page \(page), which is not supported. Open it in Excel, save it as \"Excel Workbook (.xlsx)\" and send it again.",
            at: DocumentLocation(part: stream))
    }

    static func sharedStringIndex(_ index: Int, count: Int, stream: String, offset: Int, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.xlsSharedStringIndex,
            vi: "Ô trỏ tới chuỗi dùng chung số \(index) nhưng bảng chỉ có \(count) chuỗi; tệp bị hỏng.",
            en: "The cell refers to shared string \(index) but the table holds only \(count); the file is damaged.",
            at: DocumentLocation(part: stream, cell: cell), underlying: "LABELSST at byte \(offset)")
    }

    static func notWorkbook(streams: [String]) -> SpreadsheetError {
        SpreadsheetError(.unknownFormat,
            vi: "Tệp OLE2 này không phải bảng tính Excel (có thể là văn bản Word .doc hoặc tệp khác). Hãy gửi tệp Excel (.xlsx) hoặc LibreOffice (.ods).",
            en: "This OLE2 file is not an Excel workbook (it may be a Word .doc or another document). Send the Excel (.xlsx) or LibreOffice (.ods) file.",
            underlying: "streams: " + streams.joined(separator: ", "))
    }
}
