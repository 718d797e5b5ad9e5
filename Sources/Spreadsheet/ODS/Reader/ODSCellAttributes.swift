import SheetNative

/// The attributes of `table:table-cell` that decide its value, recognised by the
/// addresses libxml2 gives their names: it interns every name and namespace URI in its
/// dictionary, so a name seen once is known again by two pointer comparisons instead of
/// string comparisons, millions of times over. One table per parser.
struct ODSCellAttributes {
    enum Key: UInt8 {
        case valueType, value, dateValue, timeValue, booleanValue, stringValue
        case styleName, columnsRepeated, formula, columnsSpanned, rowsSpanned
        case calcextValueType, other
    }

    private static let slots = 64
    private var names = [UnsafePointer<UInt8>?](repeating: nil, count: slots)
    private var uris = [UnsafePointer<UInt8>?](repeating: nil, count: slots)
    private var keys = [Key](repeating: .other, count: slots)

    @inline(__always)
    mutating func key(_ a: XMLAttributes, at i: Int, _ cache: inout ODSNamespaceCache) -> Key {
        let name = a.localName(at: i)
        let uri = a.namespace(at: i)
        // Dictionary strings are at least pointer-aligned: the low bits carry nothing.
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: name.base) >> 4) & (ODSCellAttributes.slots - 1)
        if names[slot] == name.base && uris[slot] == uri?.base { return keys[slot] }
        let key = ODSCellAttributes.classify(name, cache.classify(uri))
        names[slot] = name.base
        uris[slot] = uri?.base
        keys[slot] = key
        return key
    }

    private static func classify(_ name: XMLBytes, _ ns: ODSNamespace) -> Key {
        switch ns {
        case .office:
            if name.equals("value-type") { return .valueType }
            if name.equals("value") { return .value }
            if name.equals("date-value") { return .dateValue }
            if name.equals("time-value") { return .timeValue }
            if name.equals("boolean-value") { return .booleanValue }
            if name.equals("string-value") { return .stringValue }
        case .table:
            if name.equals("style-name") { return .styleName }
            if name.equals("number-columns-repeated") { return .columnsRepeated }
            if name.equals("formula") { return .formula }
            if name.equals("number-columns-spanned") { return .columnsSpanned }
            if name.equals("number-rows-spanned") { return .rowsSpanned }
        case .calcext:
            if name.equals("value-type") { return .calcextValueType }
        default:
            break
        }
        return .other
    }
}

/// `office:value-type`, told apart by length and first letter before one comparison
/// confirms it: every cell has one, and a chain of comparisons cost more than the rest.
enum ODSValueType {
    case float, percentage, currency, string, date, time, boolean, other

    @inline(__always)
    static func classify(_ t: XMLBytes) -> ODSValueType {
        guard t.count >= 4 else { return .other }
        switch (t.count, t.base[0]) {
        case (5, UInt8(ascii: "f")): return t.equals("float") ? .float : .other
        case (10, UInt8(ascii: "p")): return t.equals("percentage") ? .percentage : .other
        case (8, UInt8(ascii: "c")): return t.equals("currency") ? .currency : .other
        case (6, UInt8(ascii: "s")): return t.equals("string") ? .string : .other
        case (4, UInt8(ascii: "d")): return t.equals("date") ? .date : .other
        case (4, UInt8(ascii: "t")): return t.equals("time") ? .time : .other
        case (7, UInt8(ascii: "b")): return t.equals("boolean") ? .boolean : .other
        default: return .other
        }
    }
}
