// libFuzzer target: any workbook (XLSX, ODS or CSV, recognised from the bytes), every
// sheet streamed to its end. The format-specific targets are this one seeded differently.
//
// Differential too: a read of the cells alone (`ReadOptions.cellsOnly`, how returns are
// read: an XLSX worksheet up to `</sheetData>`, an ODS from its first sheet with the bytes
// the opening skim kept) must give exactly the rows of the full read wherever the full read
// succeeds; any difference traps.
import Spreadsheet

/// Every sheet's rows, or nil when opening or any sheet fails.
func readAll(_ bytes: [UInt8], cellsOnly: Bool) -> [[Row]]? {
    var limits = ReadLimits()
    limits.maxEntrySize = 32 << 20
    limits.maxTotalSize = 64 << 20
    limits.maxRepeatedCells = 100_000
    var options = ReadOptions(limits: limits)
    options.cellsOnly = cellsOnly
    guard let book = try? WorkbookReader(bytes: bytes, fileName: "fuzz", options: options) else { return nil }
    var sheets: [[Row]] = []
    var failed = false
    for index in book.sheets.indices {
        guard let rows = try? book.rows(sheet: index) else { failed = true; continue }
        var all: [Row] = []
        do {
            while let row = try rows.nextRow() { all.append(row) }
        } catch {
            failed = true
        }
        _ = rows.mergedRanges
        sheets.append(all)
    }
    return failed ? nil : sheets
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let full = readAll(bytes, cellsOnly: false)
    let cells = readAll(bytes, cellsOnly: true)
    if let full, cells != full {
        fatalError("the cells-only read differs from the full read: \(cells.map { "\($0.count) sheets" } ?? "failed") against \(full.count) sheets")
    }
    return 0
}
