import Testing
import Spreadsheet

@Suite struct CSVRoundTripTests {
    /// Random tables full of delimiters, quotes and line breaks, large enough that fields and
    /// CRLFs straddle the reader's 64 KiB chunks, come back as written.
    @Test(arguments: CSVDelimiter.allCases)
    func randomTables(delimiter: CSVDelimiter) throws {
        var rng = SeededGenerator(seed: 0x7468_6964_7561 &+ UInt64(delimiter.rawValue))
        let pieces = ["a", "ư", "Đ", ",", ";", "\t", "\"", "\"\"", "\r", "\n", "\r\n", " ", "😀", "=", "x y"]
        var table: [[CellValue]] = []
        for _ in 0..<4_000 {
            var row: [CellValue] = []
            for _ in 0..<Int.random(in: 0...7, using: &rng) {
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: row.append(.empty)
                case 1: row.append(.number(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)) / 64))
                case 2: row.append(.boolean(Bool.random(using: &rng)))
                case 3: row.append(.date(CivilDate(daysSinceEpoch: Int.random(in: -20_000...40_000, using: &rng))))
                default:
                    var text = ""
                    for _ in 0..<Int.random(in: 1...12, using: &rng) { text += pieces.randomElement(using: &rng)! }
                    row.append(.text(text))
                }
            }
            table.append(row)
        }
        var writer = CSVWriter(options: CSVWriteOptions(delimiter: delimiter))
        for row in table { try writer.write(row: row) }
        let bytes = try writer.finish()
        #expect(bytes.count > 2 * 64 * 1024)

        let rows = try readCSVRows(bytes, options: ReadOptions(csvDelimiter: delimiter.rawValue))
        var expected: [(Int, [CellValue])] = []
        for (index, row) in table.enumerated() {
            var cells = row.map { value -> CellValue in
                guard case .text(let text) = value, let first = text.unicodeScalars.first,
                      "=+-@\t\r\n".unicodeScalars.contains(first) else { return value }
                return .text("'" + text)
            }
            while cells.last == .empty { cells.removeLast() }
            if !cells.isEmpty { expected.append((index, cells)) }
        }
        #expect(rows.count == expected.count)
        for (row, (index, cells)) in zip(rows, expected) where row.index != index || values(row) != cells {
            Issue.record("row \(index): read \(row.index) \(values(row)), wrote \(cells)")
            break
        }
    }
}
