// libFuzzer target, differential, on the markup itself: the input is the XML of one part, an
// XLSX worksheet or (after a first byte `O`) an ODS content.xml, packed in memory into an
// uncompressed package around it. The read of the cells alone (`ReadOptions.cellsOnly`, how
// returns are read) must give the rows of the full read wherever that succeeds; a difference
// traps. Unlike the workbook target, whose inputs are whole packages with deflated parts, the
// mutations here land on the markup that decides where the cells begin and end.
import SheetNative
@testable import Spreadsheet

private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
private let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"

private let xlsxParts: [(String, String)] = [
    ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
    ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkgRel)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
    ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
    ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkgRel)\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
]

/// A zip of stored (uncompressed) entries with their right CRC-32s, its records made by the
/// writer's own `ZipRecordBuilder`.
private func storedZip(_ parts: [(String, [UInt8])]) -> [UInt8] {
    let records = ZipRecordBuilder()
    var out: [UInt8] = []
    var central: [UInt8] = []
    for (name, data) in parts {
        let entry = ZipWrittenEntry(name: Array(name.utf8), method: 0, crc32: CRC32.checksum(data),
                                    compressedSize: UInt64(data.count), uncompressedSize: UInt64(data.count),
                                    localHeaderOffset: UInt64(out.count))
        out += records.localHeader(entry) + data
        central += records.centralHeader(entry)
    }
    let directoryOffset = UInt64(out.count)
    out += central
    out += records.end(count: parts.count, directoryOffset: directoryOffset, directorySize: UInt64(central.count))
    return out
}

/// Every sheet's rows, or nil when opening or any sheet fails.
private func readAll(_ bytes: [UInt8], cellsOnly: Bool) -> [[Row]]? {
    var limits = ReadLimits()
    limits.maxRepeatedCells = 100_000
    var options = ReadOptions(limits: limits)
    options.cellsOnly = cellsOnly
    guard let book = try? WorkbookReader(bytes: bytes, fileName: "fuzz", options: options) else { return nil }
    var sheets: [[Row]] = []
    for index in book.sheets.indices {
        guard let rows = try? book.rows(sheet: index) else { return nil }
        var all: [Row] = []
        do {
            while let row = try rows.nextRow() { all.append(row) }
        } catch {
            return nil
        }
        sheets.append(all)
    }
    return sheets
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCellsOnly(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let package: [UInt8]
    if input.first == UInt8(ascii: "O") {
        package = storedZip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                             ("content.xml", Array(input.dropFirst()))])
    } else {
        package = storedZip(xlsxParts.map { ($0.0, Array($0.1.utf8)) } + [("xl/worksheets/sheet1.xml", input)])
    }
    let full = readAll(package, cellsOnly: false)
    let cells = readAll(package, cellsOnly: true)
    if let full, cells != full {
        fatalError("the cells-only read differs from the full read: \(cells.map { "\($0.map(\.count)) rows" } ?? "failed") against \(full.map(\.count)) rows")
    }
    return 0
}
