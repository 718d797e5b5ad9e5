import Foundation

/// Where a return's parts were found on its sheet: the criteria table's columns and rows and
/// the labelled fields above it. Found by labels and codes, never by fixed positions.
struct FormScan {
    var sheet: SheetData
    var columns = ColumnPositions()
    var headerRow: Int?
    /// Row index of each criterion code (and the bonus/penalty lines), in sheet order.
    var codeRows: [(code: String, row: Row)] = []
    var fields: [ReturnField: (label: CellReference, value: Cell?, valueRef: CellReference?)] = [:]

    /// The columns and fields each alias's match key names, in declaration order: computed
    /// once, and a cell's key is hashed once rather than once per column or field.
    static let columnsByKey = byKey(ReturnColumn.allCases) { $0.aliases }
    static let fieldsByKey = byKey(ReturnField.allCases) { $0.aliases }

    private static func byKey<T>(_ all: [T], _ aliases: (T) -> [String]) -> [String: [T]] {
        var map: [String: [T]] = [:]
        for item in all {
            for key in Set(aliases(item).map(VietnameseText.matchKey)) { map[key, default: []].append(item) }
        }
        return map
    }

    /// The text of a cell as a matching key, or nil for non-text cells.
    static func key(_ cell: Cell) -> String? {
        guard case .text(let t) = cell.value else { return nil }
        return key(text: t)
    }

    /// The matching key of a cell's text: its match key without a trailing colon or space.
    static func key(text t: String) -> String {
        var s = VietnameseText.matchKey(t)
        // The last byte first: most keys end in neither, and `hasSuffix` compares characters.
        while let last = s.utf8.last, last == UInt8(ascii: ":") || last == UInt8(ascii: " "),
              s.hasSuffix(":") || s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The criterion code a cell holds, upper-cased, if it is one of `codes`.
    /// - Parameter asciiCodes: every code is ASCII (`isASCII(codes)`), as the schema's are.
    static func code(_ cell: Cell, in codes: Set<String>, asciiCodes: Bool = false) -> String? {
        // Codes are short: long text (names, notes) is never one, and is not worth trimming.
        guard case .text(let t) = cell.value, t.utf8.count <= 32 else { return nil }
        // Beyond ASCII against ASCII codes (a loaded schema's): a text holding a scalar that
        // neither trimming nor upper-casing turns into ASCII, and that does not decompose to
        // ASCII (`asciiDecomposing`), equals no code whatever the path below does; deciding
        // that first spares hashing the text with Unicode normalisation (most short texts of
        // a form are Vietnamese labels and units).
        if asciiCodes, t.utf8.contains(where: { $0 >= 0x80 }), t.unicodeScalars.contains(where: { s in
            s.value >= 0x80 && !trimmed.contains(s) && !asciiDecomposing.contains(s.value)
                && !s.properties.uppercaseMapping.utf8.allSatisfy { $0 < 0x80 }
        }) { return nil }
        if codes.contains(t) { return t }
        if let c = asciiTrimmedUppercased(t) { return codes.contains(c) ? c : nil }
        // Beyond ASCII ("Có", "Tổng"...): a scalar that is neither trimmed (Foundation's own set:
        // it holds U+200B, which the Unicode white-space property does not) nor upper-cased to
        // ASCII stays in the key, which then matches no ASCII code; this spares Foundation's
        // trimming (~10,000 instructions a cell) for all but such keys.
        if asciiCodes, t.unicodeScalars.contains(where: { s in
            s.value >= 0x80 && !trimmed.contains(s)
                && !s.properties.uppercaseMapping.utf8.allSatisfy { $0 < 0x80 }
        }) { return nil }
        let c = t.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return codes.contains(c) ? c : nil
    }

    /// What Foundation's trimming removes, fetched once.
    private static let trimmed = CharacterSet.whitespacesAndNewlines

    /// The scalars beyond ASCII whose canonical decomposition is ASCII (KELVIN SIGN to K,
    /// GREEK VARIA to a grave accent, GREEK QUESTION MARK to a semicolon): Swift calls a text
    /// holding them equal to its ASCII spelling. `asciiDecomposingScalarsAreAllKnown` checks
    /// the list against Foundation's decomposition.
    static let asciiDecomposing: Set<UInt32> = [0x212A, 0x1FEF, 0x037E]

    static func isASCII(_ codes: Set<String>) -> Bool { codes.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }

    /// The codes a scan looks for, made once per schema: the criteria's, and with them the
    /// bonus and penalty lines', each with whether it is all ASCII.
    struct Codes: Sendable {
        let criteria: Set<String>
        let criteriaASCII: Bool
        let rows: Set<String>
        let rowsASCII: Bool

        init(_ codes: Set<String>) {
            criteria = codes
            criteriaASCII = FormScan.isASCII(codes)
            rows = codes.union([ReturnFormLayout.bonusCode, ReturnFormLayout.penaltyCode])
            rowsASCII = FormScan.isASCII(rows)
        }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines).uppercased()` of an ASCII text, without
    /// Foundation (which cost ~9,000 instructions a cell); nil for other text.
    static func asciiTrimmedUppercased(_ t: String) -> String? {
        var bytes = Array(t.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // ASCII's white space and line breaks: tab, LF, VT, FF, CR, space.
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.count
        for i in start..<bytes.count where bytes[i] >= UInt8(ascii: "a") && bytes[i] <= UInt8(ascii: "z") { bytes[i] -= 0x20 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Scans a sheet for the table of `codes`; nil when no code appears on it.
    init?(sheet: SheetData, codes given: Codes) {
        let codes = given.criteria
        self.sheet = sheet
        // The code column is the one where the codes are.
        var perColumn: [Int: Int] = [:]
        let ascii = given.criteriaASCII
        for row in sheet.rows {
            for cell in row.cells where FormScan.code(cell, in: codes, asciiCodes: ascii) != nil { perColumn[cell.column, default: 0] += 1 }
        }
        guard let (codeColumn, _) = perColumn.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { return nil }
        let firstCodeRow = sheet.rows.first { $0[column: codeColumn].flatMap { FormScan.code($0, in: codes, asciiCodes: ascii) } != nil }!.index

        // The header is the nearest row above the first code that names the result column.
        for row in sheet.rows.reversed() where row.index < firstCodeRow {
            var found = ColumnPositions()
            for cell in row.cells {
                guard let named = FormScan.columns(named: cell) else { continue }
                if let column = named.first(where: { found[$0] == nil }) { found[column] = cell.column }
            }
            if found[.result] != nil && found.count >= 3 {
                columns = found
                headerRow = row.index
                break
            }
        }
        columns[.code] = codeColumn
        if headerRow == nil {
            // No header: assume the written layout, shifted to where the codes are.
            let shift = codeColumn - ReturnColumn.code.writtenColumn
            for c in ReturnColumn.allCases where columns[c] == nil { columns[c] = c.writtenColumn + shift }
        }
        let rowCodes = given.rows
        let rowASCII = given.rowsASCII
        for row in sheet.rows where row.index > (headerRow ?? firstCodeRow - 1) {
            if let cell = row[column: codeColumn], let code = FormScan.code(cell, in: rowCodes, asciiCodes: rowASCII) {
                codeRows.append((code, row))
            }
        }
        // Labelled fields sit above the table.
        for row in sheet.rows where row.index < (headerRow ?? firstCodeRow) {
            for (i, cell) in row.cells.enumerated() {
                guard let named = FormScan.fields(named: cell),
                      let field = named.first(where: { fields[$0] == nil }) else { continue }
                // The value is the next filled cell, unless another field's label comes
                // first: then this field was left empty.
                let next = row.cells[(i + 1)...].first { !$0.value.isEmpty }
                let value = next.flatMap { FormScan.isFieldLabel($0) ? nil : $0 }
                fields[field] = (CellReference(row: row.index, column: cell.column), value,
                                 value.map { CellReference(row: row.index, column: $0.column) })
            }
        }
    }

    func column(_ c: ReturnColumn) -> Int? { columns[c] }

    /// Where each column of the table is, by the column's place in the written form: looked
    /// up a dozen times per criterion, which a dictionary hashed each time.
    struct ColumnPositions {
        private var slots = [Int?](repeating: nil, count: ReturnColumn.allCases.count)

        subscript(column: ReturnColumn) -> Int? {
            get { slots[column.writtenColumn] }
            set { slots[column.writtenColumn] = newValue }
        }

        /// How many columns were found.
        var count: Int { slots.count { $0 != nil } }
    }

    static func isFieldLabel(_ cell: Cell) -> Bool { fields(named: cell) != nil }

    /// The columns a header cell's text names (`columnsByKey` of its `key`), remembered per
    /// text: every return repeats the form's headings, and a key's lookup hashed a Vietnamese
    /// text with Unicode normalisation.
    static func columns(named cell: Cell) -> [ReturnColumn]? {
        guard case .text(let t) = cell.value else { return nil }
        return columnNames.value(of: t) { columnsByKey[key(text: $0)] }
    }

    /// The fields a label cell's text names (`fieldsByKey` of its `key`), remembered per text.
    static func fields(named cell: Cell) -> [ReturnField]? {
        guard case .text(let t) = cell.value else { return nil }
        return fieldNames.value(of: t) { fieldsByKey[key(text: $0)] }
    }

    private static let columnNames = TextMemo<[ReturnColumn]?>(capacity: 1024)
    private static let fieldNames = TextMemo<[ReturnField]?>(capacity: 1024)
}
