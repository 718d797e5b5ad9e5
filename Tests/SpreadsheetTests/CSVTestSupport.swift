import Foundation
import Spreadsheet

/// Reads CSV bytes through the public reader and returns every row.
func readCSVRows(_ bytes: [UInt8], fileName: String = "ward.csv",
                 options: ReadOptions = ReadOptions()) throws -> [Row] {
    let book = try WorkbookReader(bytes: bytes, fileName: fileName, options: options)
    let reader = try book.rows(sheet: 0)
    var rows: [Row] = []
    while let row = try reader.nextRow() { rows.append(row) }
    return rows
}

func readCSVRows(_ text: String, fileName: String = "ward.csv",
                 options: ReadOptions = ReadOptions()) throws -> [Row] {
    try readCSVRows(Array(text.utf8), fileName: fileName, options: options)
}

/// The values of a row by column, empty columns as `.empty`, for whole-row comparisons.
func values(_ row: Row) -> [CellValue] {
    guard let last = row.cells.last?.column else { return [] }
    var out = [CellValue](repeating: .empty, count: last + 1)
    for cell in row.cells { out[cell.column] = cell.value }
    return out
}

/// The error a throwing expression raised, as a `SpreadsheetError`.
func spreadsheetError(_ body: () throws -> Void) -> SpreadsheetError? {
    do {
        try body()
        return nil
    } catch {
        return error as? SpreadsheetError
    }
}

/// A fresh empty directory, removed by the caller with `removeDirectory`.
func makeTemporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("thidua-csv-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeDirectory(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}

func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

/// A seeded generator (SplitMix64), so a failing random test can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
