/// A file found in a folder of returns and deliberately not read, with the reason: every file
/// found is either read or listed, so that a ward's return is never "not submitted" in silence.
public struct SkippedFile: Hashable, Sendable {
    public var path: String
    public var reason: LocalizedMessage

    public init(path: String, reason: LocalizedMessage) {
        self.path = path
        self.reason = reason
    }

    public static func hidden(_ path: String) -> SkippedFile {
        SkippedFile(path: path, reason: LocalizedMessage(vi: "tệp ẩn", en: "hidden file"))
    }

    public static func lockFile(_ path: String) -> SkippedFile {
        SkippedFile(path: path, reason: LocalizedMessage(
            vi: "tệp khóa của Office (bảng tính đang mở khi sao chép)",
            en: "Office lock file (the workbook was open when it was copied)"))
    }

    public static func notSpreadsheet(_ path: String, extension ext: String) -> SkippedFile {
        let kind = ext.isEmpty ? "" : " (.\(ext))"
        return SkippedFile(path: path, reason: LocalizedMessage(
            vi: "không phải bảng tính\(kind); báo cáo phải là .xlsx, .ods, .xls hoặc .csv",
            en: "not a spreadsheet\(kind); a return is .xlsx, .ods, .xls or .csv"))
    }

    public static func notRegular(_ path: String) -> SkippedFile {
        SkippedFile(path: path, reason: LocalizedMessage(vi: "không phải tệp thông thường", en: "not a regular file"))
    }

    public static func unreadableFolder(_ path: String, _ detail: String) -> SkippedFile {
        SkippedFile(path: path, reason: LocalizedMessage(vi: "không mở được thư mục (\(detail))", en: "the folder cannot be opened (\(detail))"))
    }

    public static func seenFolder(_ path: String) -> SkippedFile {
        SkippedFile(path: path, reason: LocalizedMessage(vi: "thư mục đã được duyệt (liên kết vòng)", en: "folder already searched (a link loop)"))
    }

    /// One line: `returns/ghi chu.pdf: skipped: not a spreadsheet (.pdf); …`.
    public func text(_ language: Language) -> String {
        path + (language == .vi ? ": bỏ qua: " : ": skipped: ") + reason.text(language)
    }
}
