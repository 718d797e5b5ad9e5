/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Blocks acceptance: the document must be corrected.
    case error
    /// Accepted, but someone should look at it.
    case warning
    /// For the record only.
    case info

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    /// Orders by seriousness: `info < warning < error`.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

extension Severity {
    /// The word shown before a message: `Lỗi`, `Cảnh báo`, `Thông tin`; in English the raw value.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): "Lỗi"
        case (.warning, .vi): "Cảnh báo"
        case (.info, .vi): "Thông tin"
        case (_, .en): rawValue
        }
    }
}
