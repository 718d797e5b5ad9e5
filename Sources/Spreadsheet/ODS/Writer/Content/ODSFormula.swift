/// Excel-style formula text (`SUM(C4:C11)`, `'Danh mục'!$A$1`) in OpenFormula, the syntax
/// of ODF's `table:formula="of:=..."`.
///
/// Converted: cell references and ranges to `[.A1]`, `[.A1:.B3]`, `['Sheet name'.A1]`;
/// argument commas to `;`; bare `TRUE`/`FALSE` to `TRUE()`/`FALSE()`. Kept as written:
/// string literals, numbers, operators, function and defined names (OpenFormula shares
/// Excel's names for the common functions; newer `_xlfn.` ones are not renamed), and whole
/// column or row ranges (`A:A`, `1:3`), which have no OpenFormula form here.
enum ODSFormula {
    /// `of:=` followed by the converted formula (a leading `=` is dropped).
    static func convert(_ formula: String) -> String {
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        let c = Array(body.utf8)
        var out: [UInt8] = Array("of:=".utf8)
        out.reserveCapacity(c.count + 16)
        var i = 0

        func isNameByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "$") || b == UInt8(ascii: "\\")
        }
        /// A reference (`A1`, `$B$2`) or range (`A1:B3`) at `i`, as the bytes of its cells; advances past it.
        func reference() -> ([UInt8], [UInt8]?)? {
            var j = i
            while j < c.count && isNameByte(c[j]) { j += 1 }
            let first = Array(c[i..<j])
            guard isCell(first) else { return nil }
            var second: [UInt8]? = nil
            var end = j
            if j < c.count && c[j] == UInt8(ascii: ":") {
                var k = j + 1
                while k < c.count && isNameByte(c[k]) { k += 1 }
                let candidate = Array(c[(j + 1)..<k])
                if isCell(candidate) { second = candidate; end = k }
            }
            i = end
            return (first, second)
        }
        func emit(_ sheet: [UInt8]?, _ ref: ([UInt8], [UInt8]?)) {
            out.append(UInt8(ascii: "["))
            if let sheet { quoteSheet(sheet, into: &out) }
            out.append(UInt8(ascii: "."))
            out += ref.0.map(upper)
            if let second = ref.1 {
                out += Array(":.".utf8)
                out += second.map(upper)
            }
            out.append(UInt8(ascii: "]"))
        }

        while i < c.count {
            let b = c[i]
            switch b {
            case UInt8(ascii: "\""):
                // A string literal, copied whole ("" is an escaped quote).
                var j = i + 1
                while j < c.count {
                    if c[j] == UInt8(ascii: "\"") {
                        if j + 1 < c.count && c[j + 1] == UInt8(ascii: "\"") { j += 2; continue }
                        break
                    }
                    j += 1
                }
                let end = min(j + 1, c.count)
                out += c[i..<end]
                i = end
            case UInt8(ascii: "'"):
                // A quoted sheet name, then `!` and a reference.
                var j = i + 1
                var name: [UInt8] = []
                while j < c.count {
                    if c[j] == UInt8(ascii: "'") {
                        if j + 1 < c.count && c[j + 1] == UInt8(ascii: "'") { name.append(c[j]); j += 2; continue }
                        break
                    }
                    name.append(c[j])
                    j += 1
                }
                let save = i
                if j + 1 < c.count && c[j + 1] == UInt8(ascii: "!") {
                    i = j + 2
                    if let ref = reference() { emit(name, ref); continue }
                }
                i = save
                out.append(b)
                i += 1
            case UInt8(ascii: ","):
                out.append(UInt8(ascii: ";"))
                i += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // A number (with its exponent), never a reference.
                while i < c.count && ((c[i] >= 48 && c[i] <= 57) || c[i] == UInt8(ascii: ".")) { out.append(c[i]); i += 1 }
                if i < c.count && (c[i] == UInt8(ascii: "E") || c[i] == UInt8(ascii: "e")) {
                    out.append(c[i])
                    i += 1
                    if i < c.count && (c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-")) { out.append(c[i]); i += 1 }
                    while i < c.count && c[i] >= 48 && c[i] <= 57 { out.append(c[i]); i += 1 }
                }
            default:
                guard isNameByte(b) else {
                    out.append(b)
                    i += 1
                    continue
                }
                var j = i
                while j < c.count && isNameByte(c[j]) { j += 1 }
                let token = Array(c[i..<j])
                if j < c.count && c[j] == UInt8(ascii: "!") {
                    let save = i
                    i = j + 1
                    if let ref = reference() { emit(token, ref); continue }
                    i = save
                }
                if j < c.count && c[j] == UInt8(ascii: "(") {
                    out += token
                    i = j
                } else if let ref = reference() {
                    emit(nil, ref)
                } else {
                    let upperToken = token.map(upper)
                    out += token
                    if upperToken == Array("TRUE".utf8) || upperToken == Array("FALSE".utf8) { out += Array("()".utf8) }
                    i = j
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isCell(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.withUnsafeBufferPointer { CellReference.parse($0) != nil }
    }

    private static func upper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }

    /// `'Sheet name'` with inner apostrophes doubled; always quoted, which OpenFormula allows.
    static func quoteSheet(_ name: [UInt8], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "'"))
        for b in name {
            out.append(b)
            if b == UInt8(ascii: "'") { out.append(b) }
        }
        out.append(UInt8(ascii: "'"))
    }

    static func quoteSheet(_ name: String) -> String {
        var out: [UInt8] = []
        quoteSheet(Array(name.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `$'Sheet'.$A$1:.$C$3`: an absolute range as cell-range attributes (not formulas) write it.
    static func rangeAddress(sheet: String, _ range: CellRange) -> String {
        func abs(_ r: CellReference) -> String { "$" + CellReference.columnName(r.column) + "$" + String(r.row + 1) }
        let head = "$" + quoteSheet(sheet) + "." + abs(range.start)
        return range.start == range.end ? head : head + ":." + abs(range.end)
    }
}
