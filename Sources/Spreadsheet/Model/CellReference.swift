/// A cell position, 0-based row and column, within the 1,048,576 × 16,384 grid.
///
/// The one A1-reference parser of the project lives here.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384

    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B7`, `$B$7`, `xfd1048576` (case-insensitive); nil when malformed or beyond the grid.
    public init?(_ a1: some StringProtocol) {
        var parsed: CellReference?
        var utf8 = Array(a1.utf8)
        utf8.withUnsafeMutableBufferPointer { buf in
            parsed = CellReference.parse(UnsafeBufferPointer(buf))
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Parses raw A1 bytes, the hot path of the readers.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        var i = 0
        let n = bytes.count
        if i < n && bytes[i] == UInt8(ascii: "$") { i += 1 }
        var column = 0
        var letters = 0
        while i < n {
            var b = bytes[i]
            if b >= 97 && b <= 122 { b -= 32 }
            guard b >= 65 && b <= 90 else { break }
            column = column * 26 + Int(b - 64)
            letters += 1
            if letters > 3 { return nil }
            i += 1
        }
        guard letters > 0 else { return nil }
        if i < n && bytes[i] == UInt8(ascii: "$") { i += 1 }
        var row = 0
        var digits = 0
        while i < n {
            let d = Int(bytes[i]) &- 48
            guard d >= 0 && d <= 9 else { return nil }
            row = row * 10 + d
            digits += 1
            if digits > 7 { return nil }
            i += 1
        }
        guard digits > 0, row >= 1, row <= maxRows, column <= maxColumns else { return nil }
        return CellReference(row: row - 1, column: column - 1)
    }

    /// Column letters for a 0-based column: 0 → `A`, 26 → `AA`.
    public static func columnName(_ column: Int) -> String {
        let letters = letterCount(column)
        return String(unsafeUninitializedCapacity: letters) { writeName(column, letters: letters, row: nil, into: $0) }
    }

    /// How many letters name `column`.
    private static func letterCount(_ column: Int) -> Int {
        var length = 0, n = column + 1
        while n > 0 {
            length += 1
            n = (n - 1) / 26
        }
        return length
    }

    /// Writes the column's `letters` letters, then the row's number when given, into `buffer`
    /// (long enough); returns the bytes written. Built in place: the references of a
    /// provenance sheet or a report are made by the thousand.
    private static func writeName(_ column: Int, letters: Int, row: Int?, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = column + 1, i = letters
        while n > 0 {
            i -= 1
            buffer[i] = UInt8(65 + (n - 1) % 26)
            n = (n - 1) / 26
        }
        guard let row else { return letters }
        let digits = String(row + 1).utf8
        var end = letters
        for d in digits {
            buffer[end] = d
            end += 1
        }
        return end
    }

    /// Parses column letters alone (`AB`), 0-based.
    public static func column(named letters: some StringProtocol) -> Int? {
        CellReference(String(letters) + "1")?.column
    }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }

    /// `B7`.
    public var description: String {
        // Letters, then at most 20 characters of a 64-bit row number.
        let letters = CellReference.letterCount(column)
        return String(unsafeUninitializedCapacity: letters + 20) {
            CellReference.writeName(column, letters: letters, row: row, into: $0)
        }
    }
}

/// A rectangular range of cells, inclusive.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var start: CellReference
    public var end: CellReference

    public init(start: CellReference, end: CellReference) {
        self.start = CellReference(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellReference(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    /// Parses `A1:C3` or a single `B2`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let a = CellReference(parts[0]),
              let b = parts.count == 2 ? CellReference(parts[1]) : a
        else { return nil }
        self.init(start: a, end: b)
    }

    public func contains(_ ref: CellReference) -> Bool {
        ref.row >= start.row && ref.row <= end.row && ref.column >= start.column && ref.column <= end.column
    }

    public var rowCount: Int { end.row - start.row + 1 }
    public var columnCount: Int { end.column - start.column + 1 }

    /// `A1:C3`, or `B2` for a single cell.
    public var description: String {
        start == end ? start.description : "\(start):\(end)"
    }
}
