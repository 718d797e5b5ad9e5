/// The CSV reader's errors, worded for the ward officer who must fix the file.
extension SpreadsheetError {
    static func csvUnterminatedQuote(line: Int) -> SpreadsheetError {
        SpreadsheetError(.csvMalformed,
            vi: "Ô bắt đầu bằng dấu ngoặc kép ở dòng \(line) không có dấu ngoặc kép đóng: tệp CSV bị hỏng hoặc bị cắt cụt. Hãy xuất lại tệp từ Excel hoặc LibreOffice.",
            en: "The quoted field that begins on line \(line) is never closed: the CSV file is damaged or truncated. Export it again from Excel or LibreOffice.",
            at: DocumentLocation(line: line))
    }

    static func csvNotUTF8(line: Int, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.csvEncoding,
            vi: "Dòng \(line) có ký tự không phải mã UTF-8: tệp được lưu bằng bảng mã cũ (Windows-1258, TCVN3...) nên chữ tiếng Việt sẽ bị lỗi. Trong Excel chọn Lưu thành > \"CSV UTF-8 (Phân tách bằng dấu phẩy)\"; trong LibreOffice chọn bộ ký tự \"Unicode (UTF-8)\" khi lưu, rồi gửi lại.",
            en: "Line \(line) holds characters that are not UTF-8: the file was saved in a legacy encoding (Windows-1258, TCVN3...), which garbles Vietnamese text. In Excel use Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose the character set \"Unicode (UTF-8)\" when saving, then send it again.",
            at: DocumentLocation(cell: cell, line: line))
    }

    static func csvUTF32() -> SpreadsheetError {
        SpreadsheetError(.csvEncoding,
            vi: "Tệp CSV được lưu bằng mã UTF-32, không chương trình bảng tính nào dùng. Hãy lưu lại dưới dạng \"CSV UTF-8\" rồi gửi lại.",
            en: "The CSV file is in UTF-32, which no spreadsheet program uses. Save it again as \"CSV UTF-8\" and send it again.",
            at: DocumentLocation(line: 1))
    }

    static func csvFieldTooLarge(limit: Int, line: Int, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.cellTextTooLarge,
            vi: "Ô \(cell) (dòng \(line)) dài hơn giới hạn \(limit) byte; có thể tệp thiếu một dấu ngoặc kép đóng.",
            en: "Cell \(cell) (line \(line)) is longer than the limit of \(limit) bytes; perhaps a closing quote is missing.",
            at: DocumentLocation(cell: cell, line: line))
    }

    static func csvTooManyColumns(line: Int, row: Int) -> SpreadsheetError {
        SpreadsheetError(.badCellReference,
            vi: "Dòng \(line) có hơn \(CellReference.maxColumns) cột, vượt quá giới hạn của bảng tính.",
            en: "Line \(line) has more than \(CellReference.maxColumns) fields, beyond the spreadsheet grid.",
            at: DocumentLocation(cell: CellReference(row: row, column: CellReference.maxColumns - 1), line: line))
    }

    static func csvTooManyRows(line: Int) -> SpreadsheetError {
        SpreadsheetError(.badCellReference,
            vi: "Tệp có hơn \(CellReference.maxRows) hàng (dòng \(line)), vượt quá giới hạn của bảng tính.",
            en: "The file has more than \(CellReference.maxRows) rows (line \(line)), beyond the spreadsheet grid.",
            at: DocumentLocation(line: line))
    }

    static func csvBadDelimiter(_ byte: UInt8) -> SpreadsheetError {
        SpreadsheetError(.csvDelimiter,
            vi: "Ký tự phân cách CSV không hợp lệ (mã \(byte)): hãy dùng dấu phẩy, dấu chấm phẩy hoặc tab.",
            en: "Invalid CSV delimiter (byte \(byte)): use a comma, a semicolon or a tab.")
    }
}
