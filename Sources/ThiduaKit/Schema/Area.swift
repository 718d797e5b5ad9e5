/// One of the pact's contents ("nội dung"), such as economic development.
public struct Area: Hashable, Sendable, Identifiable {
    /// Short code used by criteria (`KT`).
    public var code: String
    /// Vietnamese name (`Phát triển kinh tế`).
    public var name: String
    /// English name for reports, when given.
    public var nameEnglish: String?

    public var id: String { code }

    public init(code: String, name: String, nameEnglish: String? = nil) {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
    }
}
