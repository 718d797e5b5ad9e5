import Foundation
import Testing
import Spreadsheet

/// Speed check, run by hand on a large file (not committed):
/// `ODS_BENCH=/tmp/big.ods swift test -c release --filter ODSBenchmark`.
@Suite("ODSBenchmark")
struct ODSBenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ODS_BENCH"] != nil))
    func iterateEveryRow() throws {
        let path = ProcessInfo.processInfo.environment["ODS_BENCH"]!
        let clock = ContinuousClock()
        let t0 = clock.now
        let book = try WorkbookReader(path: path)
        let opened = clock.now - t0
        var rows = 0, cells = 0
        let allKinds = CellKind.allCases
        var kinds = [Int](repeating: 0, count: allKinds.count)
        for sheet in book.sheets.indices {
            let reader = try book.rows(sheet: sheet)
            while let row = try reader.nextRow() {
                rows += 1
                cells += row.cells.count
                for cell in row.cells { kinds[allKinds.firstIndex(of: cell.value.kind)!] += 1 }
            }
        }
        let total = clock.now - t0
        print("ODS bench: \(book.sheets.count) sheets, \(rows) rows, \(cells) cells, kinds \(zip(allKinds, kinds).filter { $0.1 > 0 }.map { "\($0.0.rawValue)=\($0.1)" }.joined(separator: " ")); open \(opened), total \(total)")
    }
}
