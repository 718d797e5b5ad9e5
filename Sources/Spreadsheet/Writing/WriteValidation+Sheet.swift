/// Checks of a sheet's setup and finish, before anything reaches the file.
extension WriteValidation {
    static func checkSetup(_ setup: SheetSetup, existing: [String], styles: StyleTable) throws {
        try checkSheetName(setup.name, existing: existing)
        let sheet = setup.name
        func invalid(_ vi: String, _ en: String) -> SpreadsheetError {
            WriteErrors.invalid(vi: vi, en: en, sheet: sheet)
        }
        var previousLast = -1
        for c in setup.columns {
            guard c.first > previousLast, c.first <= c.last, c.last < CellReference.maxColumns else {
                throw invalid("Các nhóm cột phải tăng dần, không chồng nhau và nằm trong bảng tính.",
                              "Column runs must be ascending, not overlapping and within the grid.")
            }
            if let w = c.width, !(w >= 0 && w <= 255) {
                throw invalid("Độ rộng cột phải từ 0 đến 255 ký tự.", "A column width must be from 0 to 255 characters.")
            }
            if let s = c.style, !styles.contains(s) {
                throw invalid("Kiểu định dạng cột không thuộc tệp này.", "A column's style handle belongs to another writer.")
            }
            previousLast = c.last
        }
        if let h = setup.defaultRowHeight, !(h > 0 && h <= 409) {
            throw invalid("Chiều cao dòng mặc định phải từ 0 đến 409 điểm.", "The default row height must be from 0 to 409 points.")
        }
        if let f = setup.frozen {
            guard f.rows >= 0, f.columns >= 0, f.rows < CellReference.maxRows, f.columns < CellReference.maxColumns else {
                throw invalid("Vùng cố định nằm ngoài bảng tính.", "The frozen panes lie outside the grid.")
            }
        }
        if let rows = setup.print?.repeatedRows {
            guard rows.lowerBound >= 0, rows.upperBound < CellReference.maxRows else {
                throw invalid("Các dòng lặp lại khi in nằm ngoài bảng tính.", "The rows repeated on each page lie outside the grid.")
            }
        }
        if let m = setup.print?.margins {
            let all = [m.left, m.right, m.top, m.bottom, m.header, m.footer]
            guard all.allSatisfy({ $0 >= 0 && $0 < 50 }) else {
                throw invalid("Lề trang không hợp lệ.", "Invalid page margins.")
            }
        }
        try checkMergesAndValidations(merges: setup.mergedRanges, validations: setup.validations, sheet: sheet)
        if let hash = setup.protection?.passwordHash {
            guard hash.count == 4, hash.utf8.allSatisfy(HexDigit.isHex) else {
                throw invalid("Mã băm mật khẩu phải gồm 4 chữ số hệ 16.", "The password hash must be 4 hexadecimal digits.")
            }
        }
    }

    static func checkFinish(_ finish: SheetFinish, sheet: String) throws {
        try checkMergesAndValidations(merges: finish.mergedRanges, validations: finish.validations, sheet: sheet)
        if finish.charts.contains(where: { $0.series.isEmpty }) {
            throw WriteErrors.invalid(vi: "Biểu đồ cần ít nhất một dãy số liệu.", en: "A chart needs at least one data series.", sheet: sheet)
        }
    }

    static func checkMergesAndValidations(merges: [CellRange], validations: [DataValidation], sheet: String) throws {
        func invalid(_ vi: String, _ en: String) -> SpreadsheetError {
            WriteErrors.invalid(vi: vi, en: en, sheet: sheet)
        }
        for (i, m) in merges.enumerated() {
            if m.start == m.end {
                throw invalid("Vùng gộp \(m) chỉ có một ô.", "The merged range \(m) is a single cell.")
            }
            for other in merges[..<i] where overlaps(m, other) {
                throw invalid("Hai vùng gộp \(other) và \(m) chồng lên nhau.", "The merged ranges \(other) and \(m) overlap.")
            }
        }
        for v in validations {
            if v.ranges.isEmpty {
                throw invalid("Quy tắc nhập liệu không có vùng áp dụng.", "A data validation has no range.")
            }
            if case .list(let items) = v.rule {
                if items.isEmpty || items.contains(where: { $0.contains(",") }) {
                    throw invalid("Danh sách chọn phải có mục và không mục nào chứa dấu phẩy.",
                                  "A drop-down list needs items, none containing a comma.")
                }
                if items.joined(separator: ",").utf16.count > 255 {
                    throw invalid("Danh sách chọn dài quá 255 ký tự; hãy dùng một vùng ô làm nguồn.",
                                  "The drop-down list is longer than 255 characters; use a range of cells as its source.")
                }
            }
            for m in [v.input, v.error].compactMap({ $0 }) {
                if m.title.utf16.count > 32 || m.text.utf16.count > 255 {
                    throw invalid("Tiêu đề thông báo tối đa 32 ký tự, nội dung tối đa 255 ký tự.",
                                  "A message title holds at most 32 characters and its text at most 255.")
                }
            }
        }
    }

    static func overlaps(_ a: CellRange, _ b: CellRange) -> Bool {
        a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column
    }
}

enum HexDigit {
    static func isHex(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102)
    }
}
