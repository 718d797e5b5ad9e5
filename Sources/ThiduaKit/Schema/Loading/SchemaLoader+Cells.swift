/// Reading typed values from schema cells, reporting what cannot be read.
extension SchemaLoader {
    /// Text that must be present.
    mutating func requiredText(_ record: TableRecord, _ key: String, criterion: String? = nil) -> String? {
        if let text = record.text(key) { return text }
        report(.error, .schemaMissingValue,
            vi: "Ô \(key) đang trống nhưng bắt buộc phải có.",
            en: "The \(key) cell is empty but required.",
            at: record.location(key), criterion: criterion)
        return nil
    }

    /// A number from a numeric cell; text is refused (no locale guessing in the schema).
    /// `.some(nil)` means an empty cell, `nil` a bad one.
    mutating func number(_ record: TableRecord, _ key: String, criterion: String? = nil) -> Double?? {
        switch record.value(key) {
        case .empty: return .some(nil)
        case .number(let v) where v.isFinite: return .some(v)
        case .text(let s) where cellText(.text(s)) == nil: return .some(nil)
        default:
            let shown = record.text(key) ?? ""
            report(.error, .schemaBadValue,
                vi: "Ô \(key) phải là một số (đang là \"\(shown)\"). Hãy nhập số, không kèm đơn vị hay chữ.",
                en: "The \(key) cell must be a number (it holds \"\(shown)\"). Type a number without units or words.",
                at: record.location(key), criterion: criterion)
            return nil
        }
    }

    /// A required number.
    mutating func requiredNumber(_ record: TableRecord, _ key: String, criterion: String? = nil) -> Double? {
        guard let read = number(record, key, criterion: criterion) else { return nil }
        if let value = read { return value }
        report(.error, .schemaMissingValue,
            vi: "Ô \(key) đang trống nhưng bắt buộc phải có số.",
            en: "The \(key) cell is empty but needs a number.",
            at: record.location(key), criterion: criterion)
        return nil
    }

    /// Yes/no: a boolean or numeric 1/0 cell, or one of the words below; `fallback` when empty.
    mutating func flag(_ record: TableRecord, _ key: String, fallback: Bool, criterion: String? = nil) -> Bool {
        switch record.value(key) {
        case .boolean(let b): return b
        case .number(1): return true
        case .number(0): return false
        default: break
        }
        guard let text = record.text(key) else { return fallback }
        switch VietnameseText.looseKey(text) {
        case "yes", "y", "true", "x", "co", "dung", "1": return true
        case "no", "n", "false", "khong", "sai", "0": return false
        default:
            report(.error, .schemaBadValue,
                vi: "Ô \(key) phải là \"có\" hoặc \"không\" (đang là \"\(text)\").",
                en: "The \(key) cell must be \"yes\" or \"no\" (it holds \"\(text)\").",
                at: record.location(key), criterion: criterion)
            return fallback
        }
    }

    /// A code: letters, digits and `_`, starting with a letter; stored upper-case.
    mutating func code(_ record: TableRecord, _ key: String) -> String? {
        guard let text = requiredText(record, key) else { return nil }
        let valid = text.first.map { $0.isASCII && $0.isLetter } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard valid else {
            report(.error, .schemaBadCode,
                vi: "Mã \"\(text)\" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và \"_\", bắt đầu bằng chữ cái (ví dụ KT01).",
                en: "Code \"\(text)\" is invalid: use unaccented letters, digits and \"_\", starting with a letter (e.g. KT01).",
                at: record.location(key))
            return nil
        }
        return text.uppercased()
    }

    /// Reports the second and later rows that reuse a code.
    mutating func checkUnique(_ code: String, _ record: TableRecord, _ key: String, seen: inout [String: TableRecord], what: LocalizedMessage, isCriterion: Bool = false) {
        if let first = seen[code] {
            let firstCell = first.location(key).cell?.description ?? "?"
            report(.error, .schemaDuplicateCode,
                vi: "\(what.vi) \"\(code)\" bị trùng (đã có ở ô \(firstCell)).",
                en: "Duplicate \(what.en) \"\(code)\" (already at \(firstCell)).",
                at: record.location(key), criterion: isCriterion ? code : nil)
        } else {
            seen[code] = record
        }
    }

    /// A list typed in one cell, separated by `;` (or `,` for codes).
    func list(_ text: String?, separators: Set<Character>) -> [String] {
        guard let text else { return [] }
        return text.split(whereSeparator: { separators.contains($0) })
            .map { VietnameseText.collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }
    }
}
