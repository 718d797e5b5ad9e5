/// The ODS reader's errors, worded once for every caller.
enum ODSErrors {
    static let contentPart = "content.xml"
    static let spreadsheetType = "application/vnd.oasis.opendocument.spreadsheet"

    static func mimetype(_ found: String, file: String) -> SpreadsheetError {
        let (vi, en) = describe(found)
        return SpreadsheetError(.odsMimetype,
            vi: "Tệp OpenDocument này là \(vi), không phải bảng tính (.ods). Hãy gửi tệp bảng tính.",
            en: "This OpenDocument file is \(en), not a spreadsheet (.ods). Send the spreadsheet file.",
            at: DocumentLocation(file: file, part: "mimetype"), underlying: "mimetype: \(found)")
    }

    static func notSpreadsheet(body: String, file: String) -> SpreadsheetError {
        SpreadsheetError(.odsNotSpreadsheet,
            vi: "Nội dung tệp OpenDocument không phải bảng tính (phần thân là <\(body)>).",
            en: "The OpenDocument content is not a spreadsheet (its body is <\(body)>).",
            at: DocumentLocation(file: file, part: contentPart), underlying: body)
    }

    static func missingContent(file: String) -> SpreadsheetError {
        SpreadsheetError(.missingPart,
            vi: "Tệp ODS thiếu phần nội dung (content.xml); tệp bị hỏng hoặc không đầy đủ.",
            en: "The ODS file has no content part (content.xml); it is damaged or incomplete.",
            at: DocumentLocation(file: file, part: contentPart))
    }

    static func repeatTooLarge(limit: Int, sheet: String, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.odsRepeatTooLarge,
            vi: "Trang tính lặp lại ô có dữ liệu quá nhiều lần (quá \(limit) ô); tệp bất thường hoặc độc hại.",
            en: "The sheet repeats non-empty cells too many times (over \(limit) cells); the file is abnormal or hostile.",
            at: DocumentLocation(part: contentPart, sheet: sheet, cell: cell))
    }

    static func beyondGrid(sheet: String, row: Int, column: Int) -> SpreadsheetError {
        SpreadsheetError(.badCellReference,
            vi: "Ô có dữ liệu nằm ngoài lưới 1.048.576 dòng × 16.384 cột (dòng \(row + 1), cột \(column + 1)).",
            en: "A non-empty cell lies beyond the 1,048,576-row × 16,384-column grid (row \(row + 1), column \(column + 1)).",
            at: DocumentLocation(part: contentPart, sheet: sheet,
                                 cell: CellReference(row: row, column: column)))
    }

    static func badValue(_ kind: String, _ text: String, sheet: String, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.badCellValue,
            vi: "Giá trị \(kind) của ô không hợp lệ: \"\(text)\".",
            en: "The cell's \(kind) value is invalid: \"\(text)\".",
            at: DocumentLocation(part: contentPart, sheet: sheet, cell: cell), underlying: text)
    }

    static func textTooLarge(limit: Int, sheet: String, cell: CellReference) -> SpreadsheetError {
        SpreadsheetError(.cellTextTooLarge,
            vi: "Nội dung chữ của ô dài quá giới hạn \(limit) byte.",
            en: "The cell's text is longer than the limit of \(limit) bytes.",
            at: DocumentLocation(part: contentPart, sheet: sheet, cell: cell))
    }

    /// Names what another OpenDocument (or zip-based) type is, for the mimetype message.
    private static func describe(_ mime: String) -> (vi: String, en: String) {
        let odf = "application/vnd.oasis.opendocument."
        if mime.hasPrefix(odf) {
            let kind = mime.dropFirst(odf.count).split(separator: "-").first.map(String.init) ?? ""
            switch kind {
            case "text": return ("văn bản (Writer, .odt)", "a text document (Writer, .odt)")
            case "presentation": return ("bản trình chiếu (Impress, .odp)", "a presentation (Impress, .odp)")
            case "graphics": return ("bản vẽ (Draw, .odg)", "a drawing (Draw, .odg)")
            case "chart": return ("biểu đồ (.odc)", "a chart (.odc)")
            case "formula": return ("công thức toán (.odf)", "a formula document (.odf)")
            case "database": return ("cơ sở dữ liệu (Base, .odb)", "a database (Base, .odb)")
            default: break
            }
        }
        if mime == "application/epub+zip" { return ("sách điện tử EPUB", "an EPUB e-book") }
        return ("loại \"\(mime)\"", "of type \"\(mime)\"")
    }
}
