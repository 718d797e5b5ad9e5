/// Turns a cell formula's parsed tokens (`rgce`, MS-XLS 2.5.198) back into its text, for the
/// tokens that ordinary worksheets use: constants, operators, cell and range references on
/// the same sheet (also the relative ones of shared formulas), built-in functions. Anything
/// else (names, other sheets, array formulas, BIFF5 shared formulas) gives nil: the cached
/// value is still read, and no formula text is invented.
struct BIFFFormula {
    let biff8: Bool
    let codePage: CodePage

    /// The formula's text without `=`, or nil when a token is not supported or the tokens are
    /// malformed. `cell` is where the formula stands: the relative references of a shared
    /// formula (`ptgRefN`, `ptgAreaN`) are offsets from it.
    func text(_ bytes: UnsafeRawBufferPointer, at cell: CellReference? = nil) -> String? {
        var stack: [String] = []
        var i = 0
        let n = bytes.count
        func u8(_ at: Int) -> Int? { at < n ? Int(bytes[at]) : nil }
        func u16(_ at: Int) -> Int? { at + 1 < n ? Int(LittleEndian.u16(bytes, at)) : nil }
        func binary(_ op: String) -> Bool {
            guard stack.count >= 2 else { return false }
            let b = stack.removeLast(), a = stack.removeLast()
            stack.append(a + op + b)
            return true
        }
        while i < n {
            let token = Int(bytes[i])
            i += 1
            // Reference tokens come in three classes (0x20, 0x40, 0x60) of the same base.
            let base = token >= 0x20 ? (token & 0x1F) | 0x20 : token
            switch base {
            case 0x03...0x11:
                let ops = ["+", "-", "*", "/", "^", "&", "<", "<=", "=", ">=", ">", "<>", " ", ",", ":"]
                guard binary(ops[base - 0x03]) else { return nil }
            case 0x12, 0x13, 0x14, 0x15:
                guard let a = stack.popLast() else { return nil }
                stack.append(base == 0x12 ? "+" + a : base == 0x13 ? "-" + a : base == 0x14 ? a + "%" : "(" + a + ")")
            case 0x16:
                stack.append("")
            case 0x17:
                guard let count = u8(i) else { return nil }
                var text = BIFFText(codePage: biff8 ? .latin1 : codePage)
                if biff8 {
                    guard let flags = u8(i + 1) else { return nil }
                    let size = count * (flags & 1 != 0 ? 2 : 1)
                    guard i + 2 + size <= n else { return nil }
                    let chars = UnsafeRawBufferPointer(rebasing: bytes[(i + 2)..<(i + 2 + size)])
                    if flags & 1 != 0 { text.append16(chars) } else { text.append8(chars) }
                    i += 2 + size
                } else {
                    guard i + 1 + count <= n else { return nil }
                    text.append8(UnsafeRawBufferPointer(rebasing: bytes[(i + 1)..<(i + 1 + count)]))
                    i += 1 + count
                }
                text.finish()
                stack.append("\"" + text.string().replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            case 0x19:
                guard let flags = u8(i), let data = u16(i + 1) else { return nil }
                i += 3
                if flags & 0x04 != 0 { i += 2 * (data + 1) }  // tAttrChoose: its jump table
                if flags & 0x10 != 0 {                        // tAttrSum: SUM of one argument
                    guard let a = stack.popLast() else { return nil }
                    stack.append("SUM(" + a + ")")
                }
            case 0x1C:
                guard let code = u8(i) else { return nil }
                stack.append(XLSRowProducer.errorText(UInt8(code)))
                i += 1
            case 0x1D:
                guard let v = u8(i) else { return nil }
                stack.append(v != 0 ? "TRUE" : "FALSE")
                i += 1
            case 0x1E:
                guard let v = u16(i) else { return nil }
                stack.append(String(v))
                i += 2
            case 0x1F:
                guard i + 8 <= n else { return nil }
                let v = Double(bitPattern: LittleEndian.u64(bytes, i))
                stack.append(v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v))
                i += 8
            case 0x21, 0x22:
                let variable = base == 0x22
                guard let argc = variable ? u8(i).map({ $0 & 0x7F }) : 0,
                      let index = u16(i + (variable ? 1 : 0)),
                      let function = BIFFFunctions.table[index & 0x7FFF], index & 0x8000 == 0 else { return nil }
                i += variable ? 3 : 2
                let count = variable ? argc : function.arguments
                guard count >= 0, stack.count >= count else { return nil }
                let args = stack.suffix(count)
                stack.removeLast(count)
                stack.append(function.name + "(" + args.joined(separator: ",") + ")")
            case 0x24, 0x2A:
                guard let ref = reference(bytes, at: i, area: false) else { return nil }
                stack.append(base == 0x2A ? "#REF!" : ref.text)
                i += ref.size
            case 0x25, 0x2B:
                guard let ref = reference(bytes, at: i, area: true) else { return nil }
                stack.append(base == 0x2B ? "#REF!" : ref.text)
                i += ref.size
            case 0x2C, 0x2D:
                guard biff8, let cell, let ref = reference(bytes, at: i, area: base == 0x2D, from: cell) else { return nil }
                stack.append(ref.text)
                i += ref.size
            default:
                return nil
            }
        }
        return stack.count == 1 ? stack[0] : nil
    }

    /// A cell or range reference: BIFF8 rows are 16-bit with the column's relative flags,
    /// BIFF5 rows carry the flags and columns are 8-bit.
    /// With `origin`, a relative row is a signed 16-bit offset and a relative column a signed
    /// 8-bit one (BIFF8 shared formulas), wrapping around the 65,536 × 256 grid as Excel does.
    private func reference(_ b: UnsafeRawBufferPointer, at i: Int, area: Bool,
                           from origin: CellReference? = nil) -> (text: String, size: Int)? {
        let size = (biff8 ? 4 : 3) * (area ? 2 : 1)
        guard i + size <= b.count else { return nil }
        func u16(_ at: Int) -> Int { Int(LittleEndian.u16(b, at)) }
        func cell(row: Int, column: Int) -> String {
            // In BIFF8 the flags are in the column field, in BIFF5 in the row field.
            let flags = biff8 ? column : row
            var r = biff8 ? row : row & 0x3FFF
            var c = biff8 ? column & 0x3FFF : column
            if let origin {
                if flags & 0x8000 != 0 { r = (origin.row + Int(Int16(truncatingIfNeeded: r))) & 0xFFFF }
                if flags & 0x4000 != 0 { c = (origin.column + Int(Int8(truncatingIfNeeded: c))) & 0xFF }
            }
            let ref = CellReference(row: r, column: c).description
            let letters = ref.prefix { $0.isLetter }
            return (flags & 0x4000 == 0 ? "$" : "") + letters + (flags & 0x8000 == 0 ? "$" : "") + ref.dropFirst(letters.count)
        }
        if biff8 {
            if area { return (cell(row: u16(i), column: u16(i + 4)) + ":" + cell(row: u16(i + 2), column: u16(i + 6)), size) }
            return (cell(row: u16(i), column: u16(i + 2)), size)
        }
        if area { return (cell(row: u16(i), column: Int(b[i + 4])) + ":" + cell(row: u16(i + 2), column: Int(b[i + 5])), size) }
        return (cell(row: u16(i), column: Int(b[i + 2])), size)
    }
}
