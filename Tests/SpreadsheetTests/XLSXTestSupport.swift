import Testing
@testable import Spreadsheet

/// Opening the XLSX reader's fixtures and naming expected values briefly.
enum XLSXFixture {
    static func open(_ name: String, limits: ReadLimits = .default) throws -> WorkbookReader {
        try WorkbookReader(path: Fixtures.path("xlsx-reader/" + name), options: ReadOptions(limits: limits))
    }

    static func path(_ name: String) -> String { Fixtures.path("xlsx-reader/" + name) }

    /// Every non-empty cell of a sheet by its A1 name.
    static func cells(_ name: String, sheet: Int = 0) throws -> [String: Cell] {
        let data = try open(name).loadSheet(sheet)
        return cells(data)
    }

    static func cells(_ data: SheetData) -> [String: Cell] {
        var all: [String: Cell] = [:]
        for row in data.rows {
            for cell in row.cells {
                all[CellReference(row: row.index, column: cell.column).description] = cell
            }
        }
        return all
    }

    static func values(_ name: String, sheet: Int = 0) throws -> [String: CellValue] {
        try cells(name, sheet: sheet).mapValues(\.value)
    }

    /// The error thrown while opening and reading every sheet to its end.
    static func readError(_ name: String, limits: ReadLimits = .default) -> SpreadsheetError? {
        do {
            let book = try open(name, limits: limits)
            for i in book.sheets.indices { _ = try book.loadSheet(i) }
            return nil
        } catch let e as SpreadsheetError {
            return e
        } catch {
            Issue.record("not a SpreadsheetError: \(error)")
            return nil
        }
    }
}

func ymd(_ y: Int, _ m: Int, _ d: Int) -> CellValue { .date(CivilDate(year: y, month: m, day: d)) }

func ymdhm(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Double = 0) -> CellValue {
    .dateTime(CivilDateTime(date: CivilDate(year: y, month: mo, day: d), time: TimeOfDay(hour: h, minute: mi, second: s)))
}

func hms(_ h: Int, _ m: Int, _ s: Double = 0) -> CellValue { .time(TimeOfDay(hour: h, minute: m, second: s)) }
