/// The `wards` sheet: name, 5-digit statistics code, aliases separated by `;`.
extension SchemaLoader {
    mutating func wardList(_ table: SheetTable?) -> [Ward] {
        guard let table else { return [] }
        var wards: [Ward] = []
        var seenCodes: [String: TableRecord] = [:]
        var seenNames: [String: TableRecord] = [:]
        var keyOwner: [String: String] = [:]   // match key → ward code
        for record in table.records {
            let name = requiredText(record, "name")
            let code = wardCode(record)
            guard let name, let code else { continue }
            checkUnique(code, record, "code", seen: &seenCodes, what: LocalizedMessage(vi: "Mã phường", en: "ward code"))
            checkUnique(VietnameseText.matchKey(name), record, "name", seen: &seenNames,
                        what: LocalizedMessage(vi: "Tên phường", en: "ward name"))
            let aliases = list(record.text("aliases"), separators: [";"])
            for spelling in [name] + aliases {
                let key = VietnameseText.matchKey(spelling)
                if let owner = keyOwner[key], owner != code {
                    report(.error, .schemaAmbiguousAlias,
                        vi: "Tên \"\(spelling)\" trỏ tới hai phường (mã \(owner) và \(code)).",
                        en: "The name \"\(spelling)\" points to two wards (codes \(owner) and \(code)).",
                        at: record.location(spelling == name ? "name" : "aliases"))
                }
                keyOwner[key] = code
            }
            wards.append(Ward(name: name, code: code, aliases: aliases))
        }
        return wards
    }

    /// Codes are text with their leading zeros. A number cell (Excel drops the zeros) is
    /// padded back with a warning; anything but 5 digits is an error.
    private mutating func wardCode(_ record: TableRecord) -> String? {
        switch record.value("code") {
        case .number(let v) where v == v.rounded() && v >= 0 && v < 100_000:
            let digits = String(Int(v))
            let code = Ward.code(padding: digits)
            if digits.count < Ward.codeLength {
                report(.warning, .schemaWardCode,
                    vi: "Mã phường \(digits) được lưu dạng số nên mất số 0 ở đầu; đã hiểu là \"\(code)\". Hãy nhập mã dạng văn bản.",
                    en: "Ward code \(digits) is stored as a number and lost its leading zeros; read as \"\(code)\". Enter codes as text.",
                    at: record.location("code"))
            }
            return code
        default:
            guard let text = requiredText(record, "code") else { return nil }
            guard text.count == Ward.codeLength, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                report(.error, .schemaWardCode,
                    vi: "Mã phường \"\(text)\" phải gồm đúng 5 chữ số (mã thống kê, ví dụ 00163).",
                    en: "Ward code \"\(text)\" must be exactly 5 digits (the statistics code, e.g. 00163).",
                    at: record.location("code"))
                return nil
            }
            return text
        }
    }
}
