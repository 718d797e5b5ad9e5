/// The checks every writer makes on what it is asked to write, with errors users can act on.
enum WriteValidation {
    static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A sheet name the programs accept, not already in `existing` (compared ignoring case).
    static func checkSheetName(_ name: String, existing: [String]) throws {
        func invalid(_ vi: String, _ en: String) -> SpreadsheetError {
            WriteErrors.invalid(vi: "Tên trang tính \"\(name)\" không hợp lệ: \(vi).",
                                en: "Invalid sheet name \"\(name)\": \(en).", sheet: name)
        }
        if name.isEmpty { throw invalid("tên rỗng", "the name is empty") }
        if name.count > 31 { throw invalid("dài quá 31 ký tự", "longer than 31 characters") }
        if let c = name.first(where: { forbiddenSheetNameCharacters.contains($0) }) {
            throw invalid("chứa ký tự \"\(c)\" (không được dùng [ ] : * ? / \\)",
                          "it contains \"\(c)\" (none of [ ] : * ? / \\ is allowed)")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw invalid("bắt đầu hoặc kết thúc bằng dấu nháy đơn", "it begins or ends with an apostrophe")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw invalid("chứa ký tự điều khiển", "it contains a control character")
        }
        let folded = name.lowercased()
        if existing.contains(where: { $0.lowercased() == folded }) {
            throw invalid("trùng với một trang tính khác", "another sheet has the same name")
        }
        if folded == "history" {
            throw invalid("\"History\" là tên dành riêng", "\"History\" is reserved")
        }
    }

    /// A defined name: starts with a letter, `_` or `\`; letters, digits, `_`, `.`; not a cell reference.
    static func checkDefinedName(_ name: String) throws {
        let body = name.hasPrefix("_xlnm.") ? String(name.dropFirst(6)) : name
        let ok = !body.isEmpty && body.count <= 255
            && (body.first!.isLetter || body.first == "_" || body.first == "\\")
            && body.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "\\" }
            && CellReference(body) == nil
            && !["R", "C"].contains(body.uppercased())
        guard ok else {
            throw WriteErrors.invalid(vi: "Tên định nghĩa \"\(name)\" không hợp lệ.",
                                      en: "Invalid defined name \"\(name)\".")
        }
    }

    /// A row comes after the last one written, within the grid, with a height programs accept.
    static func checkRow(_ index: Int, after lastRow: Int, height: Double?, sheet: String) throws {
        guard index > lastRow else {
            throw WriteErrors.invalid(vi: "Các dòng phải được ghi theo thứ tự tăng dần (dòng \(index + 1) sau dòng \(lastRow + 1)).",
                                      en: "Rows must be written in ascending order (row \(index + 1) after row \(lastRow + 1)).",
                                      sheet: sheet)
        }
        try checkCell(row: index, column: 0, sheet: sheet)
        if let height, !(height >= 0 && height <= 409) {
            throw WriteErrors.invalid(vi: "Chiều cao dòng \(index + 1) phải từ 0 đến 409 điểm.",
                                      en: "Row \(index + 1)'s height must be from 0 to 409 points.", sheet: sheet)
        }
    }

    /// A workbook has a sheet, a visible one, and no name tied to a sheet it lacks.
    /// - Returns: the index of the first visible sheet (the one shown on opening).
    @discardableResult
    static func checkWorkbook(states: [SheetState], names: [DefinedName]) throws -> Int {
        guard !states.isEmpty else {
            throw WriteErrors.invalid(vi: "Sổ làm việc cần ít nhất một trang tính.", en: "A workbook needs at least one sheet.")
        }
        guard let active = states.firstIndex(of: .visible) else {
            throw WriteErrors.invalid(vi: "Sổ làm việc cần ít nhất một trang tính hiển thị.",
                                      en: "A workbook needs at least one visible sheet.")
        }
        for name in names {
            if let sheet = name.localSheet, !states.indices.contains(sheet) {
                throw WriteErrors.invalid(vi: "Tên định nghĩa \"\(name.name)\" thuộc trang tính không tồn tại.",
                                          en: "The defined name \"\(name.name)\" belongs to a sheet that does not exist.")
            }
        }
        return active
    }

    static func checkCell(row: Int, column: Int, sheet: String) throws {
        guard row >= 0, row < CellReference.maxRows, column >= 0, column < CellReference.maxColumns else {
            throw WriteErrors.invalid(vi: "Ô ngoài phạm vi bảng tính (dòng \(row + 1), cột \(column + 1)).",
                                      en: "Cell outside the sheet's grid (row \(row + 1), column \(column + 1)).",
                                      sheet: sheet)
        }
    }

    /// Excel refuses formulas longer than 8,192 characters.
    static func checkFormula(_ formula: String, sheet: String, cell: CellReference) throws {
        guard formula.utf8.count > 8_192, formula.utf16.count > 8_192 else { return }
        throw WriteErrors.invalid(vi: "Công thức dài quá 8.192 ký tự.", en: "The formula is longer than 8,192 characters.",
                                  sheet: sheet, cell: cell)
    }

    /// Excel holds at most 32,767 characters in a cell and refuses files with more.
    static func checkText(_ text: String, sheet: String, cell: CellReference) throws {
        guard !WritableValues.canWrite(text: text) else { return }
        throw WriteErrors.invalid(vi: "Nội dung ô dài quá 32.767 ký tự.",
                                  en: "The cell's text is longer than 32,767 characters.", sheet: sheet, cell: cell)
    }
}
