/// The 8-bit Vietnamese encodings that predate Unicode and still circulate in spreadsheets.
///
/// Their text reaches us already decoded as Latin-1 (each byte became U+0000–U+00FF), so
/// conversion works on characters, not bytes.
public enum LegacyEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    /// TCVN 5712:1993 VN3, "ABC": `.VnTime` fonts; one byte per letter, lower case only
    /// (capitals with tone marks come from the `.VnTimeH` font, which reuses the same bytes).
    case tcvn3
    /// VNI-Windows: `VNI-Times` fonts; a base letter followed by a diacritic byte.
    case vni

    /// The name users know it by, with its font family.
    public var displayName: String {
        switch self {
        case .tcvn3: "TCVN3 (ABC, .VnTime)"
        case .vni: "VNI-Windows (VNI-Times)"
        }
    }
}
