/// A column of a schema sheet: its machine name and the labels staff may use instead.
struct SchemaColumn: Sendable {
    /// Machine name, as written in row 1 of the template (`max_points`).
    let key: String
    /// Vietnamese (and English) labels accepted as the header.
    let labels: [String]
    let required: Bool

    init(_ key: String, _ labels: [String], required: Bool = false) {
        self.key = key
        self.labels = labels
        self.required = required
    }

    /// Every accepted header, folded for comparison.
    var foldedNames: [String] { ([key] + labels).map(SchemaSheetSpec.fold) }
}

/// A sheet of the schema workbook: its name, accepted aliases and columns.
struct SchemaSheetSpec: Sendable {
    let name: String
    let labels: [String]
    let columns: [SchemaColumn]

    /// Headers and sheet names compare without case, diacritics or punctuation:
    /// `Điểm tối đa`, `diem toi da` and `DIEM_TOI_DA` fold to `diem_toi_da`.
    static func fold(_ text: String) -> String {
        var out = ""
        var gap = false
        for ch in VietnameseText.looseKey(text) {
            if ch.isLetter || ch.isNumber {
                if gap && !out.isEmpty { out.append("_") }
                out.append(ch)
                gap = false
            } else {
                gap = true
            }
        }
        return out
    }

    func column(forHeader header: String) -> SchemaColumn? {
        let folded = SchemaSheetSpec.fold(header)
        return columns.first { $0.foldedNames.contains(folded) }
    }

    func matches(sheetName: String) -> Bool {
        ([name] + labels).map(SchemaSheetSpec.fold).contains(SchemaSheetSpec.fold(sheetName))
    }

    static let settings = SchemaSheetSpec(name: "settings", labels: ["cài đặt", "thiết lập", "thông tin chung"], columns: [
        SchemaColumn("key", ["khóa", "tham số", "mục"], required: true),
        SchemaColumn("value", ["giá trị"], required: true),
        SchemaColumn("label", ["diễn giải", "mô tả", "nhãn"]),
    ])

    static let areas = SchemaSheetSpec(name: "areas", labels: ["lĩnh vực", "nội dung"], columns: [
        SchemaColumn("code", ["mã", "mã lĩnh vực", "mã nội dung"], required: true),
        SchemaColumn("name", ["tên", "tên lĩnh vực", "tên nội dung"], required: true),
        SchemaColumn("name_en", ["tên tiếng anh", "english name"]),
    ])

    static let keyTasks = SchemaSheetSpec(name: "key_tasks", labels: ["nhiệm vụ", "nhiệm vụ trọng tâm"], columns: [
        SchemaColumn("code", ["mã", "mã nhiệm vụ"], required: true),
        SchemaColumn("name", ["tên", "tên nhiệm vụ", "nhiệm vụ trọng tâm"], required: true),
        SchemaColumn("name_en", ["tên tiếng anh", "english name"]),
    ])

    static let grades = SchemaSheetSpec(name: "grades", labels: ["xếp loại", "thang xếp loại"], columns: [
        SchemaColumn("grade", ["xếp loại", "loại", "tên xếp loại"], required: true),
        SchemaColumn("min_points", ["điểm tối thiểu", "từ điểm", "điểm từ"], required: true),
    ])

    static let criteria = SchemaSheetSpec(name: "criteria", labels: ["tiêu chí", "bảng tiêu chí"], columns: [
        SchemaColumn("code", ["mã", "mã tiêu chí"], required: true),
        SchemaColumn("area", ["lĩnh vực", "mã lĩnh vực", "nội dung"], required: true),
        SchemaColumn("key_task", ["nhiệm vụ", "nhiệm vụ trọng tâm", "mã nhiệm vụ", "key_tasks"]),
        SchemaColumn("name", ["tên", "tên tiêu chí", "tiêu chí"], required: true),
        SchemaColumn("unit", ["đơn vị tính", "đơn vị", "đvt"]),
        SchemaColumn("type", ["kiểu", "kiểu dữ liệu", "loại dữ liệu", "value_type"], required: true),
        SchemaColumn("required", ["bắt buộc"]),
        SchemaColumn("min", ["tối thiểu", "giá trị nhỏ nhất", "minimum"]),
        SchemaColumn("max", ["tối đa", "giá trị lớn nhất", "maximum"]),
        SchemaColumn("choices", ["lựa chọn", "các lựa chọn", "giá trị cho phép"]),
        SchemaColumn("target", ["chỉ tiêu"]),
        SchemaColumn("max_points", ["điểm tối đa", "điểm chuẩn"], required: true),
        SchemaColumn("scoring", ["cách chấm", "cách chấm điểm", "phương pháp chấm"], required: true),
        SchemaColumn("points_per_unit", ["điểm mỗi đơn vị", "điểm một đơn vị"]),
        SchemaColumn("higher_is_better", ["càng cao càng tốt", "cao là tốt"]),
        SchemaColumn("notes", ["ghi chú"]),
    ])

    static let wards = SchemaSheetSpec(name: "wards", labels: ["phường", "danh sách phường", "đơn vị"], columns: [
        SchemaColumn("name", ["tên", "tên phường", "phường"], required: true),
        SchemaColumn("code", ["mã", "mã thống kê", "mã đơn vị hành chính"], required: true),
        SchemaColumn("aliases", ["tên khác", "cách viết khác"]),
    ])

    static let rules = SchemaSheetSpec(name: "rules", labels: ["quy tắc", "quy tắc kiểm tra", "kiểm tra chéo"], columns: [
        SchemaColumn("id", ["mã", "mã quy tắc"], required: true),
        SchemaColumn("left", ["vế trái"], required: true),
        SchemaColumn("operator", ["phép so sánh", "toán tử"], required: true),
        SchemaColumn("right", ["vế phải"], required: true),
        SchemaColumn("severity", ["mức độ"]),
        SchemaColumn("message_vi", ["thông báo", "thông báo tiếng việt"]),
        SchemaColumn("message_en", ["thông báo tiếng anh", "english message"]),
    ])
}
