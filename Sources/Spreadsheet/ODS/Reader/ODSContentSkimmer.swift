#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SheetNative

/// The fast opening scan of `content.xml`: finds the sheets and named ranges by looking at
/// tag boundaries only, at memory speed, so that opening does not cost a second full XML
/// parse of a large sheet.
///
/// libxml2 still parses everything before `office:body` (the automatic styles, the root's
/// namespace declarations, any DOCTYPE, which it refuses). In the body the skimmer tracks
/// element depth and reads the attributes of the few tags that matter. It gives up
/// (returns nil, and the caller runs the full libxml2 scan) on anything outside the plain
/// shape every producer writes: a namespace declared below the root, comments, CDATA,
/// processing instructions, unknown entities, a non-UTF-8 encoding, or an unexpected body.
/// Malformed XML in the body is left to the row reader, which reports it with its line;
/// between `office:body` and the first sheet, which a read of a return's cells never parses
/// (`ReadOptions.cellsOnly`), the skim matches each end tag to its start tag, and what else
/// could be wrong there (an attribute twice, a bare `&` in a validation's help text) is found
/// by a full read only, as with what follows an XLSX worksheet's cells.
///
/// Asked for a split size, it also places the split points of a parallel read
/// (`ODSSplitTracker`), following every element between rows to know their ancestors.
final class ODSContentSkimmer {
    // The hot state is read and written at every tag of a large sheet, by this class's
    // own methods only and never re-entrantly: `@exclusivity(unchecked)` spares the
    // runtime's access tracking, which cost more than the skim's own work.

    // Inflated on a second thread when large: the skim itself is light, so inflating
    // was most of the opening's time.
    private let stream: any EntryByteReader
    private let location: DocumentLocation
    @exclusivity(unchecked) private var buffer: UnsafeMutableRawBufferPointer
    @exclusivity(unchecked) private var start = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var atEOF = false

    private let prefixHandler: ODSContentHandler
    private var prefixParser: XMLPushParser?
    /// Bytes of the buffer already given to the prefix parser.
    private var fed = 0

    @exclusivity(unchecked) private var officePrefix: [UInt8] = []
    @exclusivity(unchecked) private var tablePrefix: [UInt8] = []
    @exclusivity(unchecked) private var depth = 0
    private var bodyDepth = 0
    private var spreadsheetDepth = 0
    private var namesDepth = 0
    private var sawBody = false
    private var sawDeclaration = false
    @exclusivity(unchecked) private var sawNamespaceBelowRoot = false
    /// Inside a sheet only `table:table` nesting and local named ranges matter: tags are
    /// recognised from their first bytes, never scanned to their end. Namespace
    /// declarations deeper in a sheet cannot mislead this: an end tag repeats its start
    /// tag's name, so nesting stays balanced whatever the prefixes mean, and the tags
    /// that are read are still checked for `xmlns`.
    @exclusivity(unchecked) private var inSheet = false
    @exclusivity(unchecked) private var tableNesting = 0
    @exclusivity(unchecked) private var inLocalNames = false
    /// Where a parallel read may split the sheets (`ODSSplitPoint`), and what it needs.
    @exclusivity(unchecked) private var tracker: ODSSplitTracker
    /// The raw start tags of the open root, body and spreadsheet, each with where it begins.
    private var ancestors: [(offset: Int, bytes: [UInt8])] = []
    /// Between `office:body` and the first sheet nobody else parses the content when a return
    /// is read for its cells (libxml2 has the part before the body on opening, the row read
    /// starts at the first sheet): there the skim matches every end tag to its start tag.
    private var matchingNames = false
    private var openNames: [[UInt8]] = []
    /// Bytes dropped from the front of the buffer so far: buffer index + this = offset in the part.
    @exclusivity(unchecked) private var dropped = 0

    private(set) var tables: [(name: String, style: String?)] = []
    /// The whole part as inflated, when it is at most `keepLimit` bytes: the row read then
    /// parses these instead of inflating the part (and checking its CRC-32) a second time.
    private(set) var kept: [UInt8]?
    private let declaredSize: Int
    /// Parts up to this size are kept (most returns' content is 50–150 KB).
    static let keepLimit = 1 << 20
    /// Where the first sheet begins, for a read of the cells alone.
    private(set) var firstSheet: ODSSheetsStart?
    private(set) var definedNames: [DefinedName] = []
    var styles: ODSStyleSheet { prefixHandler.styles }
    var splits: [ODSSplitPoint] { tracker.splits }

    private static let maxTag = 16 << 20

    /// - Parameter bufferSize: the initial window (it grows for a longer tag); tests use a
    ///   tiny one to exercise every refill path.
    /// - Parameter splitSize: bytes between split points for a parallel read; nil for none.
    init(zip: ZipArchive, entry: ZipEntry, styles: ODSStyleSheet, limits: ReadLimits,
         bufferSize: Int = 256 * 1024, splitSize: Int? = nil) throws {
        tracker = ODSSplitTracker(splitSize: splitSize)
        declaredSize = entry.uncompressedSize
        stream = try zip.openReader(entry)
        location = DocumentLocation(file: zip.fileName, part: entry.name)
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bufferSize, 16), alignment: 1)
        prefixHandler = ODSContentHandler(mode: .scan, styles: styles, formats: ODSFormatIndex(), limits: limits)
        prefixParser = XMLPushParser(handler: prefixHandler)
    }

    deinit { buffer.deallocate() }

    /// Runs the scan; false when the document needs the full parser. A successful scan
    /// has read the part to its end, so its size and CRC are checked on opening (and a
    /// parallel read need not check them again).
    func run() throws -> Bool {
        if declaredSize <= Self.keepLimit {
            kept = []
            kept!.reserveCapacity(declaredSize)
        }
        guard try scan() else {
            kept = nil
            return false
        }
        while true {
            let n = try stream.read(into: buffer)
            if n == 0 { break }
            keepInflated(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<n]))
        }
        return true
    }

    /// Adds freshly inflated bytes to the kept content; the declared size may lie, so more
    /// than the limit drops it.
    private func keepInflated(_ bytes: UnsafeRawBufferPointer) {
        guard kept != nil else { return }
        if kept!.count + bytes.count > ODSContentSkimmer.keepLimit {
            kept = nil
        } else {
            kept!.append(contentsOf: bytes)
        }
    }

    private func scan() throws -> Bool {
        while true {
            guard let lt = find(UInt8(ascii: "<"), from: start) else {
                start = end
                if atEOF { return depth == 0 && sawBody }
                try refill()
                continue
            }
            start = lt
            guard lt + 1 < end else {
                if atEOF { return false }
                try refill()
                continue
            }
            if inSheet {
                if end - lt < 64 && !atEOF {
                    try refill()
                    continue
                }
                guard let next = try sheetTag(at: lt) else { return false }
                if next < 0 {
                    if atEOF { return false }
                    try refill()
                    continue
                }
                start = next
                continue
            }
            let next = byte(lt + 1)
            if next == UInt8(ascii: "/") {
                guard let gt = find(UInt8(ascii: ">"), from: lt) else {
                    if atEOF { return false }
                    try refill()
                    continue
                }
                if matchingNames {
                    // `</name>`, possibly with white space before the `>`.
                    var last = gt - 1
                    while last > lt + 1, isXMLSpace(byte(last)) { last -= 1 }
                    let name = UnsafeBufferPointer(start: bytePointer(lt + 2), count: max(0, last - lt - 1))
                    guard let open = openNames.popLast(), open.elementsEqual(name) else { return false }
                }
                endElement()
                start = gt + 1
                if depth == 0 { return sawBody }
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                guard next == UInt8(ascii: "?"), depth == 0, !sawDeclaration else { return false }
                guard let gt = find(UInt8(ascii: ">"), from: lt) else {
                    if atEOF { return false }
                    try refill()
                    continue
                }
                guard declarationIsUTF8(lt..<(gt + 1)) else { return false }
                sawDeclaration = true
                start = gt + 1
            } else {
                guard let gt = tagEnd(from: lt) else {
                    if atEOF || end - start >= ODSContentSkimmer.maxTag { return false }
                    try refill()
                    continue
                }
                if sawNamespaceBelowRoot { return false }
                let tag = ODSTagBytes(bytes: UnsafeBufferPointer(start: bytePointer(lt), count: gt + 1 - lt))
                let selfClosing = byte(gt - 1) == UInt8(ascii: "/")
                depth += 1
                guard try startElement(tag, at: lt) else { return false }
                if matchingNames && !selfClosing { openNames.append(Array(tag.name)) }
                if selfClosing { endElement() }
                start = gt + 1
            }
        }
    }

    // MARK: - Structure

    /// Returns false to hand the document to the full parser.
    private func startElement(_ tag: ODSTagBytes, at offset: Int) throws -> Bool {
        let name = tag.name
        switch depth {
        case 1:
            ancestors = [(dropped + offset, Array(tag.bytes))]
            return readNamespaces(tag) && ODSTagBytes.matches(name, officePrefix, "document-content")
        case 2:
            if ODSTagBytes.matches(name, officePrefix, "body") {
                guard !sawBody else { return false }
                ancestors.append((dropped + offset, Array(tag.bytes)))
                sawBody = true
                bodyDepth = depth
                matchingNames = true
                try feedPrefix(upTo: offset)
                prefixParser = nil
            } else if sawBody {
                return false  // styles after the body: not a shape producers write
            }
        case 3 where bodyDepth != 0:
            guard ODSTagBytes.matches(name, officePrefix, "spreadsheet"), spreadsheetDepth == 0 else { return false }
            spreadsheetDepth = depth
            ancestors.append((dropped + offset, Array(tag.bytes)))
        case 4 where spreadsheetDepth != 0:
            if ODSTagBytes.matches(name, tablePrefix, "table") {
                var sheetName: String?, style: String?
                var ok = true
                tag.forEachAttribute { qname, value in
                    if ODSTagBytes.matches(qname, tablePrefix, "name") {
                        sheetName = ODSTagBytes.decode(value)
                        ok = ok && sheetName != nil
                    } else if ODSTagBytes.matches(qname, tablePrefix, "style-name") {
                        style = ODSTagBytes.decode(value)
                        ok = ok && style != nil
                    }
                }
                guard ok else { return false }
                if tables.isEmpty {
                    matchingNames = false
                    firstSheet = ODSSheetsStart(offset: dropped + offset, head: ancestors)
                }
                tables.append((sheetName ?? "Sheet\(tables.count + 1)", style))
                if byte(offset + tag.bytes.count - 2) != UInt8(ascii: "/") {
                    inSheet = true
                    tableNesting = 1
                    tracker.beginTable(tables.count - 1, ancestors: ancestors.map(\.bytes), tag: Array(tag.bytes))
                }
            } else if ODSTagBytes.matches(name, tablePrefix, "named-expressions") {
                namesDepth = depth
            }
        default:
            if namesDepth != 0, depth == namesDepth + 1 { return definedName(tag) }
        }
        return true
    }

    private func endElement() {
        if depth == bodyDepth { matchingNames = false }
        if depth == namesDepth { namesDepth = 0 }
        if depth == spreadsheetDepth { spreadsheetDepth = 0 }
        if depth == bodyDepth { bodyDepth = 0 }
        depth -= 1
    }

    private func definedName(_ tag: ODSTagBytes, localSheet: Int? = nil) -> Bool {
        let isRange = ODSTagBytes.matches(tag.name, tablePrefix, "named-range")
        guard isRange || ODSTagBytes.matches(tag.name, tablePrefix, "named-expression") else { return true }
        var name: String?, formula: String?
        var ok = true
        tag.forEachAttribute { qname, value in
            let wanted = ODSTagBytes.matches(qname, tablePrefix, "name") ? 0
                : ODSTagBytes.matches(qname, tablePrefix, isRange ? "cell-range-address" : "expression") ? 1 : -1
            guard wanted >= 0 else { return }
            let decoded = ODSTagBytes.decode(value)
            ok = ok && decoded != nil
            if wanted == 0 { name = decoded } else { formula = decoded }
        }
        guard ok else { return false }
        if let name, let formula {
            definedNames.append(DefinedName(name: name, formula: isRange ? formula : ODSFormulaText.strip(formula),
                                            localSheet: localSheet))
        }
        return true
    }

    /// The root's `xmlns:` declarations give the office and table prefixes. Either namespace
    /// bound twice, or as the default namespace, is not the plain shape: the skim would see
    /// only one spelling of its elements where libxml2 sees both, so the full scan decides.
    private func readNamespaces(_ tag: ODSTagBytes) -> Bool {
        let xmlns = Array("xmlns".utf8)
        var plain = true
        tag.forEachAttribute { qname, value in
            guard qname.starts(with: xmlns) else { return }
            let rest = qname.dropFirst(xmlns.count)
            // A character reference can spell any URI (`table:1&#46;0`): not the plain shape.
            guard !value.contains(UInt8(ascii: "&")) else {
                plain = false
                return
            }
            let uri = XMLBytes(base: value.baseAddress!, count: value.count)
            let kind = ODSNamespace.classify(uri)
            guard kind == .office || kind == .table else { return }
            guard rest.first == UInt8(ascii: ":") else {
                if rest.isEmpty { plain = false }   // `xmlns="…"`, the default namespace
                return
            }
            let prefix = Array(rest.dropFirst()) + [UInt8(ascii: ":")]
            if kind == .office {
                if !officePrefix.isEmpty { plain = false }
                officePrefix = prefix
            } else {
                if !tablePrefix.isEmpty { plain = false }
                tablePrefix = prefix
            }
        }
        return plain && !officePrefix.isEmpty && !tablePrefix.isEmpty
    }

    private func declarationIsUTF8(_ range: Range<Int>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(start: bytePointer(range.lowerBound), count: range.count), as: UTF8.self)
            .lowercased()
        guard let e = text.firstRange(of: "encoding") else { return true }
        let rest = text[e.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return rest.hasPrefix("utf-8") || rest.hasPrefix("utf8")
    }

    /// One tag inside a sheet, from its first bytes. Returns where to continue, -1 when
    /// the tag needs more bytes, nil to hand over to the full parser.
    private func sheetTag(at lt: Int) throws -> Int? {
        let next = byte(lt + 1)
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return nil }
        if next == UInt8(ascii: "/") {
            if named(at: lt + 2, tablePrefix, "table") {
                tableNesting -= 1
                if tableNesting == 0 {
                    inSheet = false
                    inLocalNames = false
                    endElement()
                }
            } else {
                if inLocalNames, tableNesting == 1, named(at: lt + 2, tablePrefix, "named-expressions") {
                    inLocalNames = false
                }
                if tableNesting == 1 { tracker.end(isRow: named(at: lt + 2, tablePrefix, "table-row")) }
            }
            return lt + 2
        }
        let nestedTable = named(at: lt + 1, tablePrefix, "table")
        let names = tableNesting == 1 && named(at: lt + 1, tablePrefix, "named-expressions")
        let name = inLocalNames && tableNesting == 1
            && (named(at: lt + 1, tablePrefix, "named-range") || named(at: lt + 1, tablePrefix, "named-expression"))
        // Between rows every tag shapes a split's ancestors; inside a row only nested rows do.
        let isRow = !nestedTable && named(at: lt + 1, tablePrefix, "table-row")
        let layout = tableNesting == 1 && !nestedTable && (!tracker.inRow || isRow)
        guard nestedTable || names || name || layout else { return lt + 1 }
        guard let gt = tagEnd(from: lt) else { return -1 }
        if sawNamespaceBelowRoot { return nil }
        let selfClosing = byte(gt - 1) == UInt8(ascii: "/")
        if nestedTable, !selfClosing { tableNesting += 1 }
        if names, !selfClosing { inLocalNames = true }
        let raw = UnsafeBufferPointer(start: bytePointer(lt), count: gt + 1 - lt)
        if name {
            guard definedName(ODSTagBytes(bytes: raw), localSheet: tables.count - 1) else { return nil }
        }
        if layout { layoutTag(raw, isRow: isRow, selfClosing: selfClosing, at: lt) }
        return gt + 1
    }

    private func layoutTag(_ raw: UnsafeBufferPointer<UInt8>, isRow: Bool, selfClosing: Bool, at lt: Int) {
        let kind: ODSSplitTracker.Tag
        var repeats: UnsafeBufferPointer<UInt8>?
        if isRow {
            kind = .row
            if !tracker.inRow {
                ODSTagBytes(bytes: raw).forEachAttribute { qname, value in
                    if ODSTagBytes.matches(qname, tablePrefix, "number-rows-repeated") { repeats = value }
                }
            }
        } else if named(at: lt + 1, tablePrefix, "table-column") {
            kind = .column
        } else if named(at: lt + 1, tablePrefix, "table-rows") || named(at: lt + 1, tablePrefix, "table-header-rows")
                    || named(at: lt + 1, tablePrefix, "table-row-group") || named(at: lt + 1, tablePrefix, "table-columns")
                    || named(at: lt + 1, tablePrefix, "table-header-columns")
                    || named(at: lt + 1, tablePrefix, "table-column-group") {
            kind = .container
        } else {
            kind = .other
        }
        tracker.start(kind, raw: raw, selfClosing: selfClosing, offset: dropped + lt, repeats: repeats)
    }

    /// Whether the tag name at `i` is `prefix` + `local`, followed by a delimiter.
    @inline(__always)
    private func named(at i: Int, _ prefix: [UInt8], _ local: StaticString) -> Bool {
        let n = prefix.count + local.utf8CodeUnitCount
        guard i + n < end else { return false }
        let after = byte(i + n)
        guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || isXMLSpace(after) else { return false }
        return ODSTagBytes.matches(UnsafeBufferPointer(start: bytePointer(i), count: n), prefix, local)
    }

    // MARK: - Bytes

    @inline(__always) private func byte(_ i: Int) -> UInt8 { buffer[i] }

    @inline(__always) private func bytePointer(_ i: Int) -> UnsafePointer<UInt8> {
        UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + i)
    }

    private func find(_ b: UInt8, from i: Int) -> Int? {
        guard i < end, let p = memchr(buffer.baseAddress! + i, Int32(b), end - i) else { return nil }
        return p - buffer.baseAddress!
    }

    /// The `>` ending a start tag, skipping quoted values; nil when the tag runs past the
    /// buffer. Notes any `xmlns` attribute on the way.
    private func tagEnd(from lt: Int) -> Int? {
        var i = lt + 1
        while i < end {
            let b = byte(i)
            if b == UInt8(ascii: ">") { return i }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                guard let close = find(b, from: i + 1) else { return nil }
                i = close + 1
                continue
            }
            if b == UInt8(ascii: "x"), depth > 0, i + 5 <= end, isXMLSpace(byte(i - 1)),
               memcmp(buffer.baseAddress! + i, "xmlns", 5) == 0 {
                sawNamespaceBelowRoot = true
            }
            i += 1
        }
        return nil
    }

    private func feedPrefix(upTo offset: Int) throws {
        guard let parser = prefixParser, offset > fed else { return }
        do {
            try parser.feed(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[fed..<offset]))
        } catch let e as NativeError {
            throw XMLPartParser.error(e, at: location)
        } catch let e as SpreadsheetError {
            throw e.located(file: location.file, part: location.part)
        }
        fed = offset
    }

    /// Keeps the bytes from `start` on, reads more after them.
    private func refill() throws {
        try feedPrefix(upTo: start)
        let keep = end - start
        if start > 0 {
            dropped += start
            if keep > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: keep) }
            start = 0
            end = keep
            fed = 0
        }
        if end == buffer.count {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 1)
            bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
            buffer.deallocate()
            buffer = bigger
        }
        let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
        if n == 0 { atEOF = true }
        keepInflated(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[end..<(end + n)]))
        end += n
    }
}
