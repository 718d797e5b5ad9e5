// libFuzzer target, differential, on the markup itself: the input is the XML of one part, an
// XLSX worksheet or (after a first byte `O`) an ODS content.xml, packed in memory into an
// uncompressed package around it. The read of the cells alone (`ReadOptions.cellsOnly`, how
// returns are read) must give the rows of the full read wherever that succeeds; a difference
// traps. Unlike the workbook target, whose inputs are whole packages with deflated parts, the
// mutations here land on the markup that decides where the cells begin and end.
import SheetNative
import Spreadsheet

private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
private let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
private let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"

private let xlsxParts: [(String, String)] = [
    ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
    ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkgRel)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
    ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
    ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(pkgRel)\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
]

/// A zip of stored (uncompressed) entries with their right CRC-32s.
private func storedZip(_ parts: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    func u32(_ v: Int, _ to: inout [UInt8]) { u16(v & 0xFFFF, &to); u16((v >> 16) & 0xFFFF, &to) }
    for (name, data) in parts {
        let crc = Int(CRC32.checksum(data))
        let nameBytes = Array(name.utf8)
        let offset = out.count
        u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(0, &out); u16(0, &out); u16(0x21, &out)
        u32(crc, &out); u32(data.count, &out); u32(data.count, &out); u16(nameBytes.count, &out); u16(0, &out)
        out += nameBytes + data
        u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(0, &central)
        u16(0, &central); u16(0x21, &central); u32(crc, &central); u32(data.count, &central); u32(data.count, &central)
        u16(nameBytes.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
        u32(0, &central); u32(offset, &central)
        central += nameBytes
    }
    let centralOffset = out.count
    out += central
    u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(parts.count, &out); u16(parts.count, &out)
    u32(central.count, &out); u32(centralOffset, &out); u16(0, &out)
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
