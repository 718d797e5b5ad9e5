import Foundation
import Spreadsheet
import ThiduaKit

/// What the results page shows of a return: findings by severity, its sheet as a table with
/// flagged cells, the values as the validator read them, points per area and in total.
struct ReturnPageModel {
    /// Bounds on the rendered sheet, so a hostile or huge sheet cannot make a huge page.
    static let maxRows = 400
    static let maxColumns = 30

    let record: StoredReturn
    let findings: [StoredFinding]
    let checked: WardReturn?
    let sheet: SheetData?
    /// The sheet was read only in part (`SheetPreview`'s bounds).
    var sheetTruncated = false
    let schema: CriteriaSchema
    let language: Language

    var english: Bool { language == .en }

    /// Findings grouped by severity, errors first.
    func groups() -> [[String: Any]] {
        [("error", "errors"), ("warning", "warnings"), ("info", "infos")].compactMap { severity, key in
            let items = findings.filter { $0.severity == severity }
            guard !items.isEmpty else { return nil }
            return [
                "severity": severity, "title": Texts.text(key, language), "count": items.count,
                "items": items.map { f -> [String: Any] in
                    ["cell": f.cell.map { c in f.sheet.map { "\(DocumentLocation.quoteSheetName($0))!\(c)" } ?? c } ?? "–",
                     "criterion": f.criterion ?? "", "message": f.message(english), "code": f.code]
                },
            ]
        }
    }

    /// The sheet as rows of cells; each flagged cell carries its severity and messages, and
    /// each row the messages of its flagged cells beside it.
    func table() -> [String: Any]? {
        guard let sheet, let used = sheet.usedRange else { return nil }
        var flags: [CellReference: (severity: String, messages: [String])] = [:]
        for f in findings where f.sheet == nil || f.sheet == sheet.info.name {
            guard let text = f.cell, let ref = CellReference(text) else { continue }
            var entry = flags[ref] ?? (f.severity, [])
            if f.severity == "error" { entry.severity = "error" }
            entry.messages.append(f.message(english))
            flags[ref] = entry
        }
        var spans: [CellReference: (rows: Int, columns: Int)] = [:]
        var covered: Set<CellReference> = []
        let firstColumn = 0
        let lastColumn = min(used.end.column, firstColumn + Self.maxColumns - 1)
        let lastRow = min(used.end.row, Self.maxRows - 1)
        for m in sheet.mergedRanges where m.start.row <= lastRow && m.start.column <= lastColumn {
            let end = CellReference(row: min(m.end.row, lastRow), column: min(m.end.column, lastColumn))
            spans[m.start] = (end.row - m.start.row + 1, end.column - m.start.column + 1)
            for r in m.start.row...end.row {
                for c in m.start.column...end.column where r != m.start.row || c != m.start.column {
                    covered.insert(CellReference(row: r, column: c))
                }
            }
        }
        var rows: [[String: Any]] = []
        var rowIndex = 0
        for r in 0...lastRow {
            while rowIndex < sheet.rows.count && sheet.rows[rowIndex].index < r { rowIndex += 1 }
            let row = rowIndex < sheet.rows.count && sheet.rows[rowIndex].index == r ? sheet.rows[rowIndex] : nil
            var cells: [[String: Any]] = []
            var notes: [[String: Any]] = []
            for c in firstColumn...lastColumn {
                let ref = CellReference(row: r, column: c)
                if covered.contains(ref) { continue }
                let source = row?[column: c]
                let value = source?.value ?? .empty
                var cell: [String: Any] = ["text": cellText(value, format: source?.numberFormat), "number": value.kind == .number]
                if let span = spans[ref] {
                    if span.columns > 1 { cell["colspan"] = span.columns }
                    if span.rows > 1 { cell["rowspan"] = span.rows }
                }
                if let flag = flags[ref] {
                    cell["flag"] = flag.severity
                    cell["ref"] = ref.description
                    cell["title"] = flag.messages.joined(separator: " ")
                    notes += flag.messages.map { ["ref": ref.description, "severity": flag.severity, "message": $0] }
                }
                cells.append(cell)
            }
            rows.append(["number": r + 1, "cells": cells, "notes": notes])
        }
        return [
            "name": sheet.info.name,
            "columns": (firstColumn...lastColumn).map { CellReference.columnName($0) },
            "rows": rows,
            "truncated": used.end.row > lastRow || used.end.column > lastColumn || sheetTruncated,
        ]
    }

    /// A cell as the spreadsheet shows it: thousands grouped only where its format groups them
    /// (a year stays 2018), the decimal mark of the page's language.
    private func cellText(_ value: CellValue, format: String?) -> String {
        if case .number(let v) = value {
            return Display.number(v, language, grouping: format.map { $0.contains("#,##") || $0.contains("#.##") } ?? false)
        }
        let text = value.plainText
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    /// "đọc được 72.800 ở G10", one per criterion read.
    func values() -> [[String: Any]] {
        guard let checked else { return [] }
        return checked.entries.map { e in
            let shown: String
            switch e.value {
            case .number(let v)?: shown = Display.number(v, language)
            case .text(let s)?: shown = "“\(s)”"
            case .yesNo(let b)?: shown = english ? (b ? "yes" : "no") : (b ? "có" : "không")
            case .date(let d)?: shown = Display.date(d)
            case nil: shown = english ? "nothing" : "không có gì"
            }
            let cell = e.valueLocation.cell?.description ?? "?"
            return [
                "criterion": e.criterion,
                "name": schema.criterion(e.criterion)?.name ?? "",
                "read": english ? "read \(shown) at \(cell)" : "đọc được \(shown) ở \(cell)",
                "points": e.points.map { Display.number($0, language) } ?? "–",
            ]
        }
    }

    /// Points per area and the total (with bonus and penalty), as scored by ThiduaKit.
    func points() -> [String: Any]? {
        guard let checked, !checked.entries.isEmpty else { return nil }
        let areas = schema.areas.map { area -> [String: Any] in
            let criteria = schema.criteria(inArea: area.code)
            let got = criteria.reduce(0.0) { $0 + (checked.entry($1.code)?.points ?? 0) }
            let max = criteria.reduce(0.0) { $0 + $1.maxPoints }
            return ["name": english ? (area.nameEnglish ?? area.name) : area.name,
                    "points": Display.number(got, language), "max": Display.number(max, language)]
        }
        return [
            "areas": areas,
            "bonus": Display.number(checked.bonus ?? 0, language),
            "penalty": Display.number(checked.penalty ?? 0, language),
            "total": Display.number(checked.totalPoints, language),
            "max": Display.number(schema.totalMaxPoints, language),
        ]
    }
}
