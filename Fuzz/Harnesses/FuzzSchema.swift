// libFuzzer target: the criteria-schema loader on any workbook; every finding must be
// a located value, never a crash.
import Spreadsheet
import ThiduaKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits()
    limits.maxEntrySize = 16 << 20
    limits.maxTotalSize = 32 << 20
    limits.maxRepeatedCells = 100_000
    guard let book = try? WorkbookReader(bytes: bytes, fileName: "schema", options: ReadOptions(limits: limits)),
          let sheets = try? book.sheets.indices.map({ try book.loadSheet($0) })
    else { return 0 }
    _ = CriteriaSchema.inspect(sheets: sheets, fileName: "schema")
    return 0
}
