// libFuzzer target: the ZIP container reader, every entry read to its end.
@testable import Spreadsheet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits()
    limits.maxEntrySize = 32 << 20
    limits.maxTotalSize = 64 << 20
    guard let zip = try? ZipArchive(source: MemoryByteSource(bytes), fileName: "fuzz.zip", limits: limits) else { return 0 }
    for entry in zip.entries {
        _ = try? zip.read(entry)
    }
    return 0
}
