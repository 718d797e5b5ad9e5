import Spreadsheet

/// The cells a return's reading accounted for. Appended as the reader meets them (mostly in
/// sheet order), sorted once (`seal`) before the questions: a return accounts for a few
/// hundred cells and asks about each of its non-empty ones once, and a hashed set cost a hash
/// per insert and per question.
struct CellSet {
    /// Each cell as one integer in sheet order (`key`).
    private var keys: [Int] = []
    private var sorted = true

    mutating func reserveCapacity(_ n: Int) { keys.reserveCapacity(n) }

    mutating func insert(_ ref: CellReference) {
        let key = Self.key(ref)
        if let last = keys.last, last > key { sorted = false }
        keys.append(key)
    }

    /// Sorts what was inserted, for `contains`.
    mutating func seal() {
        if !sorted {
            keys.sort()
            sorted = true
        }
    }

    func contains(_ ref: CellReference) -> Bool {
        let key = Self.key(ref)
        // Unsealed (no caller asks before sealing): look at every key.
        guard sorted else { return keys.contains(key) }
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// Row, then column, in one integer: distinct for every row a sheet can have (under 2^20)
    /// and every column within 2^19 either side of A (a sheet's are under 2^14; a column the
    /// form scan shifts past A is negative).
    private static func key(_ ref: CellReference) -> Int { ref.row &* (1 << 20) &+ (ref.column &+ (1 << 19)) }
}
