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
