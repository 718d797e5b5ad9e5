import Spreadsheet

/// A small valid schema (2 areas, 4 criteria, 2 wards), as editable rows, for loader tests.
struct MiniSchema {
    var sheets: [(name: String, rows: [[String]])] = [
        ("settings", [
            ["key", "value"],
            ["id", "mini-2018"], ["year", "2018"], ["title", "Thử nghiệm"],
            ["deadline", "2018-12-15"], ["max_total_points", "20"], ["bonus_cap", "5"],
        ]),
        ("grades", [["grade", "min_points"], ["Xuất sắc", "18"], ["Tốt", "15"]]),
        ("areas", [["code", "name"], ["KT", "Phát triển kinh tế"], ["AN", "An ninh - quốc phòng"]]),
        ("key_tasks", [["code", "name"], ["NV1", "Thu ngân sách"], ["NV6", "An ninh trật tự"]]),
        ("criteria", [
            ["code", "area", "key_task", "name", "unit", "type", "min", "max", "choices", "target", "max_points", "scoring", "points_per_unit", "higher_is_better"],
            ["KT01", "KT", "NV1", "Dự toán thu", "triệu đồng", "money", "0", "", "", "", "0", "manual", "", ""],
            ["KT02", "KT", "NV1", "Tỷ lệ thu", "%", "percent", "0", "500", "", "100", "10", "proportional", "", ""],
            ["AN01", "AN", "NV6", "Số vụ phạm pháp", "vụ", "integer", "0", "", "", "", "8", "penalty", "0.5", "không"],
            ["AN02", "AN", "NV6", "Xếp loại phong trào", "", "choice", "", "", "Tốt;Khá", "", "2", "manual", "", ""],
        ]),
        ("wards", [["name", "code", "aliases"], ["Yên Hòa", "00172", "Yên Hoà"], ["Mai Dịch", "00163", ""]]),
        ("rules", [["id", "left", "operator", "right", "severity"], ["R1", "KT02", "<=", "500", "warning"]]),
    ]

    /// Replaces one cell (0-based row and column) of a sheet, growing the row if needed.
    mutating func set(_ sheet: String, row: Int, column: Int, _ value: String) {
        let i = sheets.firstIndex { $0.name == sheet }!
        while sheets[i].rows[row].count <= column { sheets[i].rows[row].append("") }
        sheets[i].rows[row][column] = value
    }

    mutating func append(_ sheet: String, _ row: [String]) {
        let i = sheets.firstIndex { $0.name == sheet }!
        sheets[i].rows.append(row)
    }

    mutating func remove(_ sheet: String) { sheets.removeAll { $0.name == sheet } }

    var sheetData: [SheetData] {
        sheets.enumerated().map { TestSheets.make($0.element.name, $0.element.rows, index: $0.offset) }
    }
}
