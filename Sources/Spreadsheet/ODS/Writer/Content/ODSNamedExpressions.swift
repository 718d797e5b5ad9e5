/// Defined names as `table:named-range` (a plain range) or `table:named-expression` (any
/// other formula).
///
/// ODS keeps sheet-local names inside their table, which is already written when names
/// arrive, so every name is written workbook-wide; of two local names spelt alike, the first
/// is kept. `_xlnm.` names are not written: print titles and filters have their own ODS form
/// (header rows, database ranges).
enum ODSNamedExpressions {
    static func write(_ names: [DefinedName], sheetNames: [String], into x: inout XMLBuffer) {
        var seen = Set<String>()
        let kept = names.filter { !$0.name.hasPrefix("_xlnm.") && seen.insert($0.name.uppercased()).inserted }
        guard !kept.isEmpty else { return }
        x.raw("<table:named-expressions>")
        for name in kept {
            let home = name.localSheet.flatMap { sheetNames.indices.contains($0) ? sheetNames[$0] : nil } ?? sheetNames.first ?? "Sheet1"
            let base = ODSFormula.rangeAddress(sheet: home, CellRange(start: CellReference(row: 0, column: 0), end: CellReference(row: 0, column: 0)))
            if let (sheet, range) = plainRange(name.formula) {
                x.raw("<table:named-range table:name=\"")
                x.text(name.name, attribute: true)
                x.raw("\" table:base-cell-address=\"")
                x.text(base, attribute: true)
                x.raw("\" table:cell-range-address=\"")
                x.text(ODSFormula.rangeAddress(sheet: sheet ?? home, range), attribute: true)
                x.raw("\"/>")
            } else {
                x.raw("<table:named-expression table:name=\"")
                x.text(name.name, attribute: true)
                x.raw("\" table:base-cell-address=\"")
                x.text(base, attribute: true)
                x.raw("\" table:expression=\"")
                x.text(ODSFormula.convert(name.formula), attribute: true)
                x.raw("\"/>")
            }
        }
        x.raw("</table:named-expressions>")
    }

    /// `'Danh mục'!$A$1:$A$3` as its sheet and range; nil for anything else.
    static func plainRange(_ formula: String) -> (String?, CellRange)? {
        let text = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        guard let bang = text.lastIndex(of: "!") else {
            return CellRange(text).map { (nil, $0) }
        }
        var sheet = String(text[..<bang])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") && sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        } else if sheet.contains("'") || sheet.contains(" ") {
            return nil
        }
        guard !sheet.isEmpty, let range = CellRange(text[text.index(after: bang)...]) else { return nil }
        return (sheet, range)
    }
}
