import SheetNative

/// The shared-string table, loaded once per workbook.
///
/// Kept as an array of `String`: each cell lookup is then a retain rather than a decode and
/// an allocation, and text cells of the same value share one buffer.
struct SharedStrings {
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    /// The string at an index taken from the file, nil when out of range.
    @inline(__always)
    subscript(_ index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }

    /// Reads the part, bounded by `maxSharedStringBytes` in all and `maxCellTextBytes` per item.
    static func read(_ entry: ZipEntry, in zip: ZipArchive, limits: ReadLimits) throws -> SharedStrings {
        let handler = SharedStringsHandler(part: entry.name, limits: limits)
        try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
        return SharedStrings(strings: handler.strings)
    }
}

/// Collects `<si>` items; an empty `<si/>` still takes its index.
private final class SharedStringsHandler: XMLEventHandler {
    private let part: String
    private let maxBytes: Int
    private let maxItemBytes: Int
    private var totalBytes = 0
    private var text: [UInt8] = []
    private var rich = RichText()
    private var inItem = false
    var strings: [String] = []
    var failure: (any Error)?

    init(part: String, limits: ReadLimits) {
        self.part = part
        self.maxBytes = limits.maxSharedStringBytes
        self.maxItemBytes = limits.maxCellTextBytes
        text.reserveCapacity(256)
    }

    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        if localName.equals("si") {
            inItem = true
            rich.reset()
            text.removeAll(keepingCapacity: true)
        } else if inItem {
            rich.start(localName)
        } else if localName.equals("sst"), let unique = attributes["uniqueCount"]?.unsignedInteger {
            // A hint only: capped so that a lying count cannot reserve gigabytes.
            strings.reserveCapacity(min(unique, 1 << 20))
        }
    }

    func endElement(_ localName: XMLBytes, namespace: XMLBytes?) {
        if localName.equals("si") {
            inItem = false
            // Count each item's own footprint too, so a flood of empty items is bounded as well.
            totalBytes += MemoryLayout<String>.stride
            guard totalBytes <= maxBytes else {
                failure = XLSXErrors.sharedStringsTooLarge(limit: maxBytes, part: part)
                return
            }
            decodeEscapes(&text)
            strings.append(String(decoding: text, as: UTF8.self))
        } else if inItem {
            rich.end(localName)
        }
    }

    func characters(_ chars: XMLBytes) {
        guard inItem && rich.inText else { return }
        totalBytes += chars.count
        guard totalBytes <= maxBytes else {
            failure = XLSXErrors.sharedStringsTooLarge(limit: maxBytes, part: part)
            return
        }
        text.append(contentsOf: chars.buffer)
        if text.count > maxItemBytes {
            failure = XLSXErrors.textTooLarge(limit: maxItemBytes, at: nil).located(part: part)
        }
    }
}
