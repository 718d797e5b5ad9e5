import Foundation
import Spreadsheet

/// `inspect` as a readable grid: the sheet list with states and used ranges, then each sheet's cells.
enum InspectTable {
    static let maxWidth = 40

    static func run(_ book: WorkbookReader, sheets: [Int], into out: inout OutputBuffer) throws {
        let loaded = try sheets.map { try book.loadSheet($0) }
        try out.write("\(book.fileName) (\(book.format.rawValue.uppercased()))\n")
        for data in loaded {
            try out.write("  \(data.info.index + 1). \(data.info.name)\t\(data.info.state.rawValue)\t\(data.usedRange?.description ?? "(empty)")\n")
        }
        for data in loaded {
            try out.write("\n== \(data.info.name) ==\n")
            guard let range = data.usedRange else { continue }
            let columns = range.start.column...range.end.column
            var widths = [Int](repeating: 1, count: columns.count)
            for row in data.rows {
                for cell in row.cells {
                    widths[cell.column - range.start.column] = max(widths[cell.column - range.start.column],
                                                                   min(maxWidth, display(cell.value).count))
                }
            }
            for (i, c) in columns.enumerated() {
                widths[i] = max(widths[i], CellReference.columnName(c).count)
            }
            let rowWidth = String(range.end.row + 1).count
            try out.write(pad("", rowWidth) + " | " + columns.enumerated()
                .map { pad(CellReference.columnName($0.element), widths[$0.offset]) }.joined(separator: " | ") + "\n")
            for row in data.rows {
                var texts = [String](repeating: "", count: columns.count)
                for cell in row.cells { texts[cell.column - range.start.column] = display(cell.value) }
                try out.write(pad(String(row.index + 1), rowWidth) + " | " + texts.enumerated()
                    .map { pad($0.element, widths[$0.offset]) }.joined(separator: " | ") + "\n")
            }
            if !data.mergedRanges.isEmpty {
                try out.write("merged: " + data.mergedRanges.map(\.description).joined(separator: ", ") + "\n")
            }
        }
    }

    static func display(_ v: CellValue) -> String {
        // One line per row: a line break shows as ⏎.
        let s = v.plainText.replacingOccurrences(of: "\n", with: "⏎")
        return s.count > maxWidth ? String(s.prefix(maxWidth - 1)) + "…" : s
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
