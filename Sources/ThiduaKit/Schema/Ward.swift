/// A ward ("phường") that submits returns.
public struct Ward: Hashable, Sendable, Identifiable {
    /// Official name with diacritics (`Yên Hòa`).
    public var name: String
    /// The statistics office's 5-digit code, kept as text for its leading zeros (`00172`).
    public var code: String
    /// Other spellings people type (`Yên Hoà`, `P. Yên Hòa`).
    public var aliases: [String]

    public var id: String { code }

    /// Statistics codes have 5 digits.
    public static let codeLength = 5

    /// Restores the leading zeros a spreadsheet dropped: `163` → `00163`.
    public static func code(padding digits: String) -> String {
        String(repeating: "0", count: max(0, codeLength - digits.count)) + digits
    }

    public init(name: String, code: String, aliases: [String] = []) {
        self.name = name
        self.code = code
        self.aliases = aliases
    }
}
