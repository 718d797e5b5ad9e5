/// Moves the relative A1 references of a formula by a row and column offset, as a shared
/// formula's master text is meant for each cell of its group (ECMA-376 Part 1, 18.3.1.40).
///
/// `$`-anchored parts stay; text in double quotes, quoted sheet names, bracketed parts
/// (structured and external references) and function names are left alone. A reference
/// pushed off the grid becomes `#REF!`, as the spreadsheet programs show it.
enum FormulaShift {
    static func shift(_ formula: String, rows: Int, columns: Int) -> String {
        if rows == 0 && columns == 0 { return formula }
        let b = Array(formula.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                let end = closingQuote(b, from: i)
                out.append(contentsOf: b[i..<end])
                i = end
            } else if c == UInt8(ascii: "[") {
                var depth = 0
                let start = i
                repeat {
                    if b[i] == UInt8(ascii: "[") { depth += 1 } else if b[i] == UInt8(ascii: "]") { depth -= 1 }
                    i += 1
                } while i < b.count && depth > 0
                out.append(contentsOf: b[start..<i])
            } else if isLetter(c) || c == UInt8(ascii: "$") || (isDigit(c) && !isNamePart(i > 0 ? b[i - 1] : 0)) {
                let start = i
                while i < b.count && (isLetter(b[i]) || isDigit(b[i]) || b[i] == UInt8(ascii: "$")
                                      || b[i] == UInt8(ascii: "_") || b[i] == UInt8(ascii: ".")) { i += 1 }
                let token = b[start..<i]
                let next = i < b.count ? b[i] : 0
                let previous = start > 0 ? b[start - 1] : 0
                // A name, a function call, a sheet name before `!`, or part of a longer word.
                let standalone = next != UInt8(ascii: "(") && next != UInt8(ascii: "!")
                    && !isDigit(previous) && previous != UInt8(ascii: "_") && previous != UInt8(ascii: ".")
                // Whole columns (`A:C`) and rows (`2:5`) exist only on either side of a colon.
                let inRange = next == UInt8(ascii: ":") || previous == UInt8(ascii: ":")
                if standalone, let moved = shiftReference(token, inRange: inRange, rows: rows, columns: columns) {
                    out.append(contentsOf: moved)
                } else {
                    out.append(contentsOf: token)
                }
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The shifted text of a token when it is an A1 cell reference (or, in a range, a whole
    /// column or row), else nil.
    private static func shiftReference(_ token: ArraySlice<UInt8>, inRange: Bool, rows: Int, columns: Int) -> [UInt8]? {
        let letters = token.filter(isLetter).count
        let digits = token.filter(isDigit).count
        let anchors = token.filter { $0 == UInt8(ascii: "$") }.count
        guard letters + digits + anchors == token.count else { return nil }
        // A whole column or row reuses the cell parser with the missing half filled in.
        let probe: [UInt8]
        if digits == 0 && inRange {
            probe = Array(token) + [UInt8(ascii: "1")]
        } else if letters == 0 && inRange {
            probe = [UInt8(ascii: "A")] + Array(token)
        } else {
            probe = Array(token)
        }
        guard let ref = probe.withUnsafeBufferPointer({ CellReference.parse($0) }) else { return nil }
        let columnAbsolute = letters > 0 && token.first == UInt8(ascii: "$")
        let rowAbsolute = digits > 0 && token.dropFirst(letters > 0 ? 1 : 0).contains(UInt8(ascii: "$"))
        let row = rowAbsolute ? ref.row : ref.row + rows
        let column = columnAbsolute ? ref.column : ref.column + columns
        guard row >= 0, row < CellReference.maxRows, column >= 0, column < CellReference.maxColumns else {
            return Array("#REF!".utf8)
        }
        var text = ""
        if letters > 0 { text += (columnAbsolute ? "$" : "") + CellReference.columnName(column) }
        if digits > 0 { text += (rowAbsolute ? "$" : "") + String(row + 1) }
        return Array(text.utf8)
    }

    /// The index after the quote closing the one at `start`; a doubled quote is an escaped one.
    private static func closingQuote(_ b: [UInt8], from start: Int) -> Int {
        let quote = b[start]
        var i = start + 1
        while i < b.count {
            if b[i] == quote {
                if i + 1 < b.count && b[i + 1] == quote { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return b.count
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func isNamePart(_ c: UInt8) -> Bool {
        isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "$")
    }
}
