import Spreadsheet
import Testing
@testable import ThiduaKit

/// `CellSet` answers as a `Set<CellReference>` of the same cells does, sealed or not.
@Suite("Accounted cells")
struct CellSetTests {
    @Test func answersAsAHashedSetDoes() {
        var rng = SystemRandomNumberGenerator()
        let rows = [0, 1, 2, 7, 58, 1_048_575], columns = [-3, -1, 0, 1, 8, 25, 16_383]
        var all: [CellReference] = []
        for r in rows { for c in columns { all.append(CellReference(row: r, column: c)) } }
        for _ in 0..<50 {
            let chosen = all.filter { _ in Bool.random(using: &rng) }.shuffled(using: &rng)
            var cells = CellSet(), set = Set<CellReference>()
            for ref in chosen + chosen.prefix(3) {   // repeats too, as the reader makes
                cells.insert(ref)
                set.insert(ref)
            }
            for ref in all { #expect(cells.contains(ref) == set.contains(ref), "unsealed \(ref)") }
            cells.seal()
            for ref in all { #expect(cells.contains(ref) == set.contains(ref), "sealed \(ref)") }
        }
        var empty = CellSet()
        empty.seal()
        #expect(!empty.contains(CellReference(row: 0, column: 0)))
    }
}
