/// The bilingual errors of the XLSX reader.
enum XLSXErrors {
    static func missingPart(_ part: String, _ what: String, file: String) -> SpreadsheetError {
        SpreadsheetError(.missingPart,
            vi: "Tệp XLSX thiếu phần \"\(part)\" (\(what)); tệp bị hỏng hoặc không được lưu đầy đủ. Hãy mở bằng Excel, lưu lại và gửi lại.",
            en: "The XLSX package lacks the part \"\(part)\" (\(what)); the file is damaged or incompletely saved. Open it in Excel, save it and send it again.",
            at: DocumentLocation(file: file, part: part))
    }

    static func xlsb(part: String, file: String) -> SpreadsheetError {
        SpreadsheetError(.xlsb,
            vi: "Đây là sổ làm việc Excel nhị phân (.xlsb), không đọc được. Hãy mở bằng Excel và lưu lại dưới dạng \"Sổ làm việc Excel (.xlsx)\" rồi gửi lại.",
            en: "This is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel, save it as \"Excel Workbook (.xlsx)\" and send it again.",
            at: DocumentLocation(file: file, part: part))
    }

    /// Another Office Open XML document (Word, PowerPoint) sent in place of a workbook.
    static func notWorkbook(contentType: String, part: String, file: String) -> SpreadsheetError {
        let (vi, en) = contentType.contains("wordprocessingml") ? ("văn bản Word", "a Word document")
            : ("bản trình chiếu PowerPoint", "a PowerPoint presentation")
        return SpreadsheetError(.unknownFormat,
            vi: "Đây là \(vi), không phải bảng tính. Hãy gửi tệp Excel (.xlsx) hoặc LibreOffice (.ods).",
            en: "This is \(en), not a spreadsheet. Send the Excel (.xlsx) or LibreOffice (.ods) file.",
            at: DocumentLocation(file: file, part: part), underlying: contentType)
    }

    static func sharedStringsTooLarge(limit: Int, part: String) -> SpreadsheetError {
        SpreadsheetError(.sharedStringsTooLarge,
            vi: "Bảng chuỗi dùng chung vượt quá giới hạn \(limit) byte; tệp quá lớn hoặc độc hại.",
            en: "The shared-string table exceeds the limit of \(limit) bytes; the file is too large or hostile.",
            at: DocumentLocation(part: part))
    }

    static func sharedStringIndex(_ index: String, count: Int, at cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.sharedStringIndex,
            vi: "Ô trỏ tới chuỗi dùng chung số \(index) nhưng bảng chỉ có \(count) chuỗi; tệp bị hỏng.",
            en: "The cell refers to shared string \(index) but the table holds only \(count); the file is damaged.",
            at: DocumentLocation(cell: cell))
    }

    static func badReference(_ text: String, cell: CellReference?) -> SpreadsheetError {
        SpreadsheetError(.badCellReference,
            vi: "Tham chiếu ô \"\(text)\" không hợp lệ hoặc nằm ngoài bảng 1.048.576 dòng × 16.384 cột.",
            en: "The cell reference \"\(text)\" is malformed or lies outside the 1,048,576 × 16,384 grid.",
            at: DocumentLocation(cell: cell))
    }

    static func outOfOrder(_ what: String, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.badCellReference,
            vi: "\(what == "row" ? "Dòng" : "Ô") \(cell) nằm sai thứ tự (trùng hoặc đứng sau vị trí phía sau nó); tệp bị hỏng.",
            en: "The \(what) at \(cell) is out of order (repeated or placed after a later one); the file is damaged.",
            at: DocumentLocation(cell: cell))
    }

    static func badValue(_ text: String, type: String, at cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.badCellValue,
            vi: "Giá trị \"\(text)\" không hợp lệ cho ô kiểu \"\(type)\".",
            en: "The value \"\(text)\" is not valid for a cell of type \"\(type)\".",
            at: DocumentLocation(cell: cell))
    }

    static func rowOutsideCells(row r: Int?) -> SpreadsheetError {
        let row = r.flatMap { (1...CellReference.maxRows).contains($0) ? $0 : nil }
        let at = row.map { CellReference(row: $0 - 1, column: 0) }
        return SpreadsheetError(.rowOutsideCells,
            vi: "Có dòng dữ liệu\(row.map { " \($0)" } ?? "") nằm ngoài phần ô của trang tính (ngoài <sheetData> đầu tiên); tệp bị hỏng. Hãy mở bằng Excel hoặc LibreOffice, lưu lại và gửi lại.",
            en: "A row\(row.map { " (\($0))" } ?? "") lies outside the worksheet's cell data (outside its first <sheetData>); the file is damaged. Open it in Excel or LibreOffice, save it and send it again.",
            at: DocumentLocation(cell: at))
    }

    static func textTooLarge(limit: Int, at cell: CellReference?) -> SpreadsheetError {
        SpreadsheetError(.cellTextTooLarge,
            vi: "Nội dung ô dài quá giới hạn \(limit) byte.",
            en: "The cell's content exceeds the limit of \(limit) bytes.",
            at: DocumentLocation(cell: cell))
    }
}
