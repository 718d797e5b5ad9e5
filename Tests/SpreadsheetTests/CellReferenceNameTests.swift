import Testing
@testable import Spreadsheet

/// Column letters and `B7`-style names are built in place; checked against the bijective
/// base-26 spelling and against the one A1 parser, over every column with up to three letters.
@Suite("Cell reference names")
struct CellReferenceNameTests {
    /// Base 26 with digits A…Z and no zero, spelt the plain way.
    static func letters(_ column: Int) -> String {
        var n = column + 1, out = ""
        while n > 0 {
            out = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + out
            n = (n - 1) / 26
        }
        return out
    }

    @Test func everyColumnUpToThreeLettersIsNamedAndParsedBack() {
        for column in 0..<18_278 {   // A … ZZZ
            let name = CellReference.columnName(column)
            #expect(name == Self.letters(column))
            for row in [0, 8, 9, 99, 1_048_575] where column < CellReference.maxColumns {
                let reference = CellReference(row: row, column: column)
                #expect(reference.description == name + String(row + 1))
                #expect(CellReference(reference.description) == reference)
            }
        }
        #expect(CellReference.columnName(-1) == "")
        #expect(CellReference.columnName(26) == "AA" && CellReference.columnName(16_383) == "XFD")
        #expect(CellReference(row: 1_234_567_890, column: 701).description == "ZZ1234567891")
    }
}
