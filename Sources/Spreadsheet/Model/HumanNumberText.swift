/// The lenient half of `NumberParser`: it rewrites typed text as canonical text, which the
/// canonical parser then converts, so there is one conversion for both styles.
enum HumanNumberText {
    static func parse(_ b: UnsafeBufferPointer<UInt8>, decimal: UInt8, grouping: UInt8?) -> ParsedNumber? {
        guard decimal != grouping else { return nil }
        var result = ParsedNumber(value: 0)
        var i = 0
        var end = b.count
        while case let w = spaceWidth(b, at: i), w > 0, i < end { i += w; result.hadSurroundingSpace = true }
        while case let w = spaceWidth(b, endingAt: end), w > 0, end > i { end -= w; result.hadSurroundingSpace = true }
        if end > i && b[end - 1] == UInt8(ascii: "%") {
            result.isPercent = true
            end -= 1
            // `12,5 %` as French and Vietnamese typography writes it.
            while case let w = spaceWidth(b, endingAt: end), w > 0, end > i { end -= w }
        }
        var negative = false
        if i < end && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
            negative = b[i] == UInt8(ascii: "-")
            result.hadPlusSign = !negative
            i += 1
        }
        let spaceGrouping = grouping == UInt8(ascii: " ")

        // Integer part: digits, optionally in groups of three after a first group of one to three.
        let intStart = i
        var intDigits = 0
        var groupLength = 0
        var groups = 0
        while i < end {
            if isDigit(b[i]) {
                intDigits += 1
                groupLength += 1
                i += 1
                continue
            }
            let width: Int
            if let grouping, !spaceGrouping, b[i] == grouping {
                width = 1
            } else if spaceGrouping, case let w = spaceWidth(b, at: i), w > 0 {
                width = w
            } else {
                break
            }
            let firstOK = groups == 0 && groupLength >= 1 && groupLength <= 3 && b[intStart] != UInt8(ascii: "0")
            guard firstOK || (groups > 0 && groupLength == 3) else { return nil }
            groups += 1
            groupLength = 0
            i += width
        }
        if groups > 0 {
            guard groupLength == 3 else { return nil }
            result.groupingMark = grouping
        }
        let intEnd = i

        var fracStart = i, fracEnd = i
        if i < end && b[i] == decimal {
            i += 1
            fracStart = i
            while i < end && isDigit(b[i]) { i += 1 }
            fracEnd = i
            guard fracEnd > fracStart else { return nil }
            result.decimalMark = decimal
        }
        guard intDigits > 0 || fracEnd > fracStart else { return nil }

        var expStart = i
        if i < end && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            expStart = i
            i += 1
            if i < end && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
            let digitsStart = i
            while i < end && isDigit(b[i]) { i += 1 }
            guard i > digitsStart else { return nil }
        }
        guard i == end else { return nil }
        result.hadNonCanonicalDigits = intDigits == 0 || (intDigits > 1 && b[intStart] == UInt8(ascii: "0"))

        let value: Double? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count + 2) { out in
            var o = 0
            func put(_ byte: UInt8) { out[o] = byte; o += 1 }
            if negative { put(UInt8(ascii: "-")) }
            var wroteDigit = false
            var k = intStart
            while k < intEnd {
                let c = b[k]
                k += 1
                guard isDigit(c) else { continue }
                if c == UInt8(ascii: "0") && !wroteDigit { continue }
                put(c)
                wroteDigit = true
            }
            if !wroteDigit { put(UInt8(ascii: "0")) }
            if fracEnd > fracStart {
                put(UInt8(ascii: "."))
                for k in fracStart..<fracEnd { put(b[k]) }
            }
            for k in expStart..<end { put(b[k]) }
            return NumberParser.canonicalValue(UnsafeBufferPointer(rebasing: out[..<o]))
        }
        guard let value else { return nil }
        result.value = value
        return result
    }

    @inline(__always)
    private static func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

    /// Bytes of the space character starting at `i` (space, tab, NBSP, narrow NBSP, thin space).
    private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard i < b.count else { return 0 }
        switch b[i] {
        case 0x20, 0x09: return 1
        case 0xC2: return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard i + 2 < b.count, b[i + 1] == 0x80 else { return 0 }
            return b[i + 2] == 0xAF || b[i + 2] == 0x89 ? 3 : 0
        default: return 0
        }
    }

    /// Bytes of the space character ending just before `end`.
    private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        for width in 1...3 where end - width >= 0 && spaceWidth(b, at: end - width) == width {
            return width
        }
        return 0
    }
}
