/// Resolves the ward names people type (`P. Yên Hoà`, `YEN HOA`, `00172`) to a schema ward.
///
/// Tried in order, the first stage that finds exactly one ward wins:
/// 1. the statistics code (digits; a code that lost its leading zeros is padded);
/// 2. the official name, exactly;
/// 3. the name or an alias after normalisation: NFC, spaces and NBSP collapsed, case folded,
///    tone marks placed canonically (`Hòa` = `Hoà`), a leading `P.`/`Phường` dropped;
/// 4. the same without diacritics (`Yen Hoa`): an *approximate* match, worth a warning;
/// 5. the text decoded from TCVN3 or VNI (`Yªn Hoµ`), then stages 3–4.
///
/// Every stage is a hash lookup in tables built once per schema, so resolving costs the same
/// for 8 wards as for a country's 10,600 (a scan of the list per return made consolidating
/// grow faster than the number of returns).
public struct WardMatcher: Sendable {
    public let wards: [Ward]
    /// Code → the first ward with that code (the first wins, as in the schema's order).
    private let codes: [String: Int]
    /// Official name exactly as written → the first ward with that name.
    private let names: [String: Int]
    private let exactKeys: [String: [Int]]
    private let looseKeys: [String: [Int]]

    public init(wards: [Ward]) {
        self.wards = wards
        var codes: [String: Int] = [:]
        var names: [String: Int] = [:]
        var exact: [String: [Int]] = [:]
        var loose: [String: [Int]] = [:]
        for (i, ward) in wards.enumerated() {
            if codes[ward.code] == nil { codes[ward.code] = i }
            if names[ward.name] == nil { names[ward.name] = i }
            for spelling in [ward.name] + ward.aliases {
                let key = WardMatcher.key(spelling)
                if !exact[key, default: []].contains(i) { exact[key, default: []].append(i) }
                let lk = VietnameseText.removingDiacritics(key)
                if !loose[lk, default: []].contains(i) { loose[lk, default: []].append(i) }
            }
        }
        self.codes = codes
        self.names = names
        exactKeys = exact
        looseKeys = loose
    }

    /// The ward with this statistics code exactly as written (the return's hidden marker).
    public func ward(code: String) -> Ward? {
        codes[code].map { wards[$0] }
    }

    /// Resolves typed text; see the type's documentation for the stages.
    public func resolve(_ typed: String) -> WardResolution {
        let text = VietnameseText.collapsingWhitespace(VietnameseText.nfc(typed))
        guard !text.isEmpty else { return .unknown }

        if text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= Ward.codeLength {
            let code = Ward.code(padding: text)
            if let ward = ward(code: code) {
                return .matched(WardMatch(ward: ward, kind: .code, input: typed))
            }
            return .unknown
        }
        if let i = names[text] {
            return .matched(WardMatch(ward: wards[i], kind: .exact, input: typed))
        }
        let first = resolveNormalised(text, typed: typed, decodedFrom: nil)
        if case .unknown = first {
            for encoding in LegacyEncoding.allCases {
                let decoded = VietnameseText.decode(text, from: encoding)
                guard decoded != text else { continue }
                let second = resolveNormalised(decoded, typed: typed, decodedFrom: encoding)
                if case .unknown = second { continue }
                return second
            }
        }
        return first
    }

    /// The matched ward, or nil when unknown or ambiguous.
    public func match(_ typed: String) -> WardMatch? {
        if case .matched(let m) = resolve(typed) { return m }
        return nil
    }

    private func resolveNormalised(_ text: String, typed: String, decodedFrom: LegacyEncoding?) -> WardResolution {
        let key = WardMatcher.key(text)
        if let hits = exactKeys[key] {
            guard hits.count == 1 else { return .ambiguous(hits.map { wards[$0] }) }
            let ward = wards[hits[0]]
            let kind: WardMatch.Kind = decodedFrom.map { .legacyEncoding($0) }
                ?? (WardMatcher.key(ward.name) == key ? .normalized : .alias)
            return .matched(WardMatch(ward: ward, kind: kind, input: typed))
        }
        if let hits = looseKeys[VietnameseText.removingDiacritics(key)] {
            guard hits.count == 1 else { return .ambiguous(hits.map { wards[$0] }) }
            return .matched(WardMatch(ward: wards[hits[0]], kind: .approximate, input: typed))
        }
        return .unknown
    }

    /// Normalised name without the ward prefix: `P. Yên Hòa` → `yên hoà`.
    static func key(_ text: String) -> String {
        var key = VietnameseText.matchKey(text)
        for prefix in ["phường ", "phuong ", "p. ", "p.", "p "] where key.hasPrefix(prefix) && key.count > prefix.count {
            key = String(key.dropFirst(prefix.count))
            break
        }
        return VietnameseText.collapsingWhitespace(key)
    }
}

/// The outcome of resolving a typed ward name.
public enum WardResolution: Hashable, Sendable {
    case matched(WardMatch)
    /// The text fits more than one ward (only possible for approximate keys or bad aliases).
    case ambiguous([Ward])
    case unknown
}

/// A ward found for a typed name, and how it was found.
public struct WardMatch: Hashable, Sendable {
    /// How the typed text led to the ward, from surest to least sure.
    public enum Kind: Hashable, Sendable {
        /// By statistics code.
        case code
        /// The official name as typed.
        case exact
        /// The official name after normalisation (case, spaces, tone placement, prefix).
        case normalized
        /// One of the schema's aliases.
        case alias
        /// Only without diacritics: `Yen Hoa` could also be a different name; warn.
        case approximate
        /// After decoding legacy-font text.
        case legacyEncoding(LegacyEncoding)
    }

    public var ward: Ward
    public var kind: Kind
    /// The text as typed.
    public var input: String

    /// Whether a person should confirm the match (approximate or decoded).
    public var needsReview: Bool {
        switch kind {
        case .approximate, .legacyEncoding: true
        case .code, .exact, .normalized, .alias: false
        }
    }
}

extension WardMatcher {
    /// A matcher for the wards of a schema.
    public init(schema: CriteriaSchema) { self.init(wards: schema.wards) }
}
