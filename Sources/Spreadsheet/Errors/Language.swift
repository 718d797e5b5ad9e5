/// The languages the toolkit speaks to its users.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Vietnamese, the default for ward officers.
    case vi
    case en
}

/// A message in both languages, chosen when shown.
public struct LocalizedMessage: Hashable, Sendable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }
}
