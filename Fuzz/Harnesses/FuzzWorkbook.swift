// libFuzzer target: any workbook (XLSX, ODS or CSV, recognised from the bytes), every
// sheet streamed to its end. The format-specific targets are this one seeded differently.
import Spreadsheet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits()
    limits.maxEntrySize = 32 << 20
    limits.maxTotalSize = 64 << 20
    limits.maxRepeatedCells = 100_000
    guard let book = try? WorkbookReader(bytes: bytes, fileName: "fuzz", options: ReadOptions(limits: limits)) else {
        return 0
    }
    for index in book.sheets.indices {
        guard let rows = try? book.rows(sheet: index) else { continue }
        while let row = try? rows.nextRow() {
            _ = row.cells.count
        }
        _ = rows.mergedRanges
    }
    return 0
}
