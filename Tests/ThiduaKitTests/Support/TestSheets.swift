import Foundation
import Spreadsheet

/// TEST-ONLY helpers that build `SheetData` in memory, standing in for the real readers.
enum TestSheets {
    /// A sheet from rows of strings: "" is an empty cell, plain decimal numbers (without a
    /// leading zero, so `00157` stays text) become number cells, the rest text.
    static func make(_ name: String, _ rows: [[String]], index: Int = 0) -> SheetData {
        make(name, rows.map { $0.map(infer) }, index: index)
    }

    /// A sheet from explicit cell values, row i at index i.
    static func make(_ name: String, _ rows: [[CellValue]], index: Int = 0) -> SheetData {
        let built = rows.enumerated().compactMap { (r, values) -> Row? in
            let cells = values.enumerated().compactMap { (c, v) in v.isEmpty ? nil : Cell(column: c, value: v) }
            return cells.isEmpty ? nil : Row(index: r, cells: cells)
        }
        return SheetData(info: SheetInfo(name: name, state: .visible, index: index), rows: built)
    }

    /// Test-only value inference; the project's NumberParser is not used here on purpose.
    static func infer(_ text: String) -> CellValue {
        if text.isEmpty { return .empty }
        let digits = text.drop { $0 == "-" }
        let leadingZero = digits.count > 1 && digits.first == "0" && digits.dropFirst().first != "."
        if !leadingZero, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
           let v = Double(text) {
            return .number(v)
        }
        return .text(text)
    }
}

/// TEST-ONLY CSV splitter for the simple, well-formed template files (RFC 4180 quoting,
/// `\n` line ends, UTF-8). The project's CSV reader replaces it once it lands.
enum TestCSV {
    static func split(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Every `*.csv` of a directory as one sheet named after the file.
    static func sheets(inDirectory path: String) throws -> [SheetData] {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".csv") }.sorted()
        return try names.enumerated().map { i, name in
            let text = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
            return TestSheets.make(String(name.dropLast(4)), split(text), index: i)
        }
    }
}

/// Paths inside the package, found from this file's location.
enum PackagePaths {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }
    static var schema2018CSV: String { root + "/Templates/schema-2018.csvdir" }
}
