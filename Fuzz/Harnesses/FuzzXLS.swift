// libFuzzer target: the OLE2 compound-file reader (every root stream read to its end) and the
// BIFF reader behind it (every sheet of a .xls streamed).
@testable import Spreadsheet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits()
    limits.maxCompoundStreamSize = 32 << 20
    limits.maxSharedStringBytes = 32 << 20
    let source = MemoryByteSource(bytes)
    if let file = try? CompoundFile(source: source, limits: limits) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        for name in file.streamNames {
            guard let entry = file.stream(named: name), let stream = try? file.open(entry) else { continue }
            var at = 0
            while at < stream.size,
                  let n = try? buffer.withUnsafeMutableBytes({ try stream.read(at: at, into: $0) }), n > 0 {
                at += n
            }
        }
    }
    guard let book = try? WorkbookReader(bytes: bytes, fileName: "fuzz.xls", options: ReadOptions(limits: limits)) else { return 0 }
    for i in book.sheets.indices {
        guard let rows = try? book.rows(sheet: i) else { continue }
        while let row = try? rows.nextRow() { _ = row }
    }
    return 0
}
