import Foundation

/// A schema sheet with its columns found by header: the data rows and where each value sits.
struct SheetTable {
    let spec: SchemaSheetSpec
    let sheet: SheetData
    let fileName: String
    /// 0-based row of the machine-name header.
    let headerRow: Int
    /// Column key → 0-based column.
    let columns: [String: Int]
    let records: [TableRecord]

    /// Finds the header row among the first rows, maps its columns and reports missing,
    /// duplicated and unknown headers; nil when a required column is missing.
    static func read(_ sheet: SheetData, spec: SchemaSheetSpec, fileName: String,
                     findings: inout [Finding]) -> SheetTable? {
        let name = sheet.info.name
        func at(_ ref: CellReference?) -> DocumentLocation {
            DocumentLocation(file: fileName, sheet: name, cell: ref)
        }
        // A title line above the header is tolerated: take the first row naming every required
        // column, or else the row naming the most columns (to report what is missing).
        let candidates = sheet.rows.prefix(10)
        let required = spec.columns.filter(\.required).map(\.key)
        func recognised(_ row: Row) -> Set<String> {
            Set(row.cells.compactMap { cellText($0.value).flatMap(spec.column(forHeader:))?.key })
        }
        let header = candidates.first { Set(required).isSubset(of: recognised($0)) }
            ?? candidates.max { recognised($0).count < recognised($1).count }
        guard let header, !recognised(header).isEmpty else {
            let row = sheet.rows.first?.index ?? 0
            findings.append(Finding(.error, .schemaMissingColumn,
                vi: "Trang \"\(name)\" không có dòng tiêu đề với các cột bắt buộc: \(required.joined(separator: ", ")).",
                en: "Sheet \"\(name)\" has no header row with the required columns: \(required.joined(separator: ", ")).",
                at: at(CellReference(row: row, column: 0))))
            return nil
        }

        var columns: [String: Int] = [:]
        for cell in header.cells {
            guard let text = cellText(cell.value) else { continue }
            let ref = CellReference(row: header.index, column: cell.column)
            guard let column = spec.column(forHeader: text) else {
                findings.append(Finding(.warning, .schemaUnknownColumn,
                    vi: "Cột \"\(text)\" không thuộc mẫu của trang \"\(spec.name)\" nên bị bỏ qua.",
                    en: "Column \"\(text)\" is not part of the \"\(spec.name)\" sheet and is ignored.",
                    at: at(ref)))
                continue
            }
            if let previous = columns[column.key] {
                findings.append(Finding(.error, .schemaDuplicateColumn,
                    vi: "Cột \"\(column.key)\" xuất hiện hai lần (cột \(CellReference.columnName(previous)) và \(CellReference.columnName(cell.column))).",
                    en: "Column \"\(column.key)\" appears twice (columns \(CellReference.columnName(previous)) and \(CellReference.columnName(cell.column))).",
                    at: at(ref)))
                continue
            }
            columns[column.key] = cell.column
        }
        let missing = spec.columns.filter { $0.required && columns[$0.key] == nil }
        for column in missing {
            let label = column.labels.first.map { " (\($0))" } ?? ""
            findings.append(Finding(.error, .schemaMissingColumn,
                vi: "Trang \"\(name)\" thiếu cột bắt buộc \"\(column.key)\"\(label).",
                en: "Sheet \"\(name)\" lacks the required column \"\(column.key)\"\(label).",
                at: at(CellReference(row: header.index, column: 0))))
        }
        guard missing.isEmpty else { return nil }

        var body = sheet.rows.filter { $0.index > header.index }
        // An optional label row under the header: its first-column cell is itself a header
        // name of that column (`Mã tiêu chí` under `code`).
        if let first = body.first, let key = spec.columns.first?.key, let column = columns[key],
           let text = first[column: column].flatMap({ cellText($0.value) }),
           spec.column(forHeader: text)?.key == key {
            body.removeFirst()
        }
        let used = Set(columns.values)
        let records = body
            .filter { row in row.cells.contains { used.contains($0.column) && cellText($0.value) != nil } }
            .map { TableRecord(row: $0, columns: columns, fileName: fileName, sheet: name) }
        return SheetTable(spec: spec, sheet: sheet, fileName: fileName, headerRow: header.index,
                          columns: columns, records: records)
    }

    /// The location of the header cell of a column (or the header row).
    func headerLocation(_ key: String) -> DocumentLocation {
        DocumentLocation(file: fileName, sheet: sheet.info.name,
                         cell: CellReference(row: headerRow, column: columns[key] ?? 0))
    }
}

/// One data row of a schema sheet.
struct TableRecord {
    let row: Row
    let columns: [String: Int]
    let fileName: String
    let sheet: String

    /// The cell value under a column, `.empty` when the column or the cell is absent.
    func value(_ key: String) -> CellValue {
        guard let column = columns[key], let cell = row[column: column] else { return .empty }
        return cell.value
    }

    /// The value as trimmed NFC text; nil when empty. Numbers print without a needless `.0`.
    func text(_ key: String) -> String? { cellText(value(key)) }

    /// Where the column's cell is in this row (column A when the column is absent).
    func location(_ key: String) -> DocumentLocation {
        DocumentLocation(file: fileName, sheet: sheet,
                         cell: CellReference(row: row.index, column: columns[key] ?? 0))
    }
}

/// A cell's content as text for the schema: trimmed NFC, nil when blank.
func cellText(_ value: CellValue) -> String? {
    let raw: String
    switch value {
    case .empty: return nil
    case .text(let s): raw = s
    case .number(let v): raw = format(v)
    case .boolean(let b): raw = b ? "TRUE" : "FALSE"
    case .date(let d): raw = d.description
    case .dateTime(let d): raw = d.description
    case .time(let t): raw = t.description
    case .duration(let s): raw = String(s)
    case .error(let e): raw = e
    }
    let text = VietnameseText.collapsingWhitespace(VietnameseText.nfc(raw))
    return text.isEmpty ? nil : text
}
