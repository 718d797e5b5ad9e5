/// The shape of a ward's return form, shared by the form writer and the return reader.
///
/// The reader never relies on positions: it finds the header row by these labels and each
/// criterion row by its code, so a form whose rows were reordered or whose columns moved
/// still reads. Positions here are only where the writer puts things.
public enum ReturnFormLayout {
    /// The visible sheet the ward fills in.
    public static let formSheetName = "Biểu mẫu"
    /// The hidden sheet holding the machine-readable marker (key in A, value in B).
    public static let markerSheetName = "_thidua"
    /// The marker's kind, so a return is recognised among other workbooks.
    public static let markerKind = "thidua-return"

    /// 0-based row of the column headers in a form as written (below the official heading,
    /// the title, the labelled fields and the instructions).
    public static let headerRow = 12

    /// Row codes of the two lines after the criteria where a ward claims bonus points and
    /// declares penalty points.
    public static let bonusCode = "THUONG"
    public static let penaltyCode = "TRU"
}

/// A column of the criteria table.
public enum ReturnColumn: Int, CaseIterable, Sendable {
    case number, code, name, unit, target, maxPoints, result, selfPoints, notes
    /// How the criterion is scored, written by the district (last, so the input columns
    /// stay G, H and I as in earlier forms).
    case method

    /// The header as written, in Vietnamese.
    public var label: String {
        switch self {
        case .number: "STT"
        case .code: "Mã"
        case .name: "Tiêu chí"
        case .unit: "Đơn vị tính"
        case .target: "Chỉ tiêu"
        case .maxPoints: "Điểm tối đa"
        case .result: "Kết quả thực hiện"
        case .selfPoints: "Điểm tự chấm"
        case .notes: "Minh chứng / ghi chú"
        case .method: "Cách chấm điểm"
        }
    }

    /// Headers people may write instead (compared after `VietnameseText.matchKey`).
    public var aliases: [String] {
        switch self {
        case .number: ["stt", "số thứ tự", "tt", "no."]
        case .code: ["mã", "mã tiêu chí", "mã số", "code"]
        case .name: ["tiêu chí", "tên tiêu chí", "nội dung", "criterion"]
        case .unit: ["đơn vị tính", "đơn vị", "đvt", "unit"]
        case .target: ["chỉ tiêu", "chỉ tiêu giao", "target"]
        case .maxPoints: ["điểm tối đa", "điểm chuẩn", "max points"]
        case .result: ["kết quả thực hiện", "kết quả", "thực hiện", "result"]
        case .selfPoints: ["điểm tự chấm", "tự chấm", "self-assessed points", "self points"]
        case .notes: ["minh chứng / ghi chú", "minh chứng/ghi chú", "ghi chú", "minh chứng", "notes", "evidence"]
        case .method: ["cách chấm điểm", "cách chấm", "cách tính điểm", "scoring"]
        }
    }

    /// Whether the ward types into this column (the form leaves it unlocked).
    public var isInput: Bool { self == .result || self == .selfPoints || self == .notes }

    /// 0-based column where the form writer puts it.
    public var writtenColumn: Int { rawValue }
}

/// A labelled field above the table: the label in one cell, the value in the next filled cell to its right.
public enum ReturnField: CaseIterable, Sendable {
    case ward, wardCode, year, period, reportDate, deadline, preparer, phone

    public var label: String {
        switch self {
        case .ward: "Phường:"
        case .wardCode: "Mã phường:"
        case .year: "Năm:"
        case .period: "Kỳ báo cáo:"
        case .reportDate: "Ngày lập báo cáo:"
        case .deadline: "Hạn nộp:"
        case .preparer: "Người lập báo cáo:"
        case .phone: "Điện thoại:"
        }
    }

    public var aliases: [String] {
        switch self {
        case .ward: ["phường", "tên phường", "đơn vị", "ward"]
        case .wardCode: ["mã phường", "mã đơn vị", "ward code"]
        case .year: ["năm", "year"]
        case .period: ["kỳ báo cáo", "period"]
        case .reportDate: ["ngày lập báo cáo", "ngày báo cáo", "ngày lập", "report date"]
        case .deadline: ["hạn nộp", "hạn nộp báo cáo", "deadline"]
        case .preparer: ["người lập báo cáo", "người lập", "họ và tên người lập", "prepared by"]
        case .phone: ["điện thoại", "số điện thoại", "phone"]
        }
    }

    /// Whether the ward fills it in (the form leaves it unlocked).
    public var isInput: Bool { self == .reportDate || self == .preparer || self == .phone }
}

/// The keys of the marker sheet.
public enum ReturnMarkerKey: String, CaseIterable, Sendable {
    case kind, schemaID = "schema_id", schemaVersion = "schema_version", wardCode = "ward_code",
         wardName = "ward_name", year, formVersion = "form_version"
}
