/// One of the pact's key tasks ("nhiệm vụ trọng tâm"); a criterion serves one or more.
public struct KeyTask: Hashable, Sendable, Identifiable {
    /// Short code used by criteria (`NV1`).
    public var code: String
    /// Vietnamese name.
    public var name: String
    public var nameEnglish: String?

    public var id: String { code }

    public init(code: String, name: String, nameEnglish: String? = nil) {
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
    }
}
