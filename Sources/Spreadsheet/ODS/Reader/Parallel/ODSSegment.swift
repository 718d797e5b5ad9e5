import SheetNative

/// One stretch of `content.xml` between two split points, parsed on its own by a fresh
/// libxml2 parser: the start split's ancestors before it, the end split's end tags after.
struct ODSSegment {
    /// What a segment's parse produced, and the state it ended in, for the next
    /// segment's assumptions to be checked against.
    struct Result: Sendable {
        var items: [ODSRowQueue.Item] = []
        /// Not parsed: the segment ends before the first sheet wanted.
        var skipped = false
        /// The parse failed (malformed XML, a bad value, a limit): the read falls back
        /// to one sequential parse, which reports the problem where it is.
        var failed = false
        var endTable = -1
        var endRow = 0
        /// Materialised repeats of the first sheet decoded, and of the last.
        var startCharge = 0
        var endCharge = 0

        static let skip = Result(skipped: true)
        static let failure = Result(failed: true)
    }

    let bytes: [UInt8]
    let start: ODSSplitPoint?
    let end: ODSSplitPoint?

    /// Bytes handed to libxml2 per call: its push parser copies each piece into its input.
    private static let piece = 256 * 1024

    func parse(wanted: Int, formats: ODSFormatIndex, limits: ReadLimits) -> Result {
        let handler = ODSContentHandler(mode: .read, styles: ODSStyleSheet(), formats: formats.isolated(), limits: limits)
        handler.wantedFrom = wanted
        if let start { handler.resume(table: start.table, row: start.row) }
        let parser = XMLPushParser(handler: handler, maxDepth: limits.maxXMLDepth)
        do {
            if let start {
                try feed(start.head, to: parser)
                try feed(start.containers, to: parser)
            }
            try feed(bytes, to: parser)
            if let end {
                try feed(end.containersEnd, to: parser)
                try feed(end.tail, to: parser)
            }
            try parser.finish()
        } catch {
            return .failure
        }
        let decoder = handler.decoder
        return Result(items: handler.takeAll(), endTable: decoder.table, endRow: decoder.rowIndex,
                      startCharge: decoder.firstTableCharge ?? decoder.repeatedCells,
                      endCharge: decoder.repeatedCells)
    }

    private func feed(_ bytes: [UInt8], to parser: XMLPushParser) throws {
        try bytes.withUnsafeBytes { all in
            var i = 0
            while i < all.count {
                let n = min(ODSSegment.piece, all.count - i)
                try parser.feed(UnsafeRawBufferPointer(rebasing: all[i..<(i + n)]))
                i += n
            }
        }
    }
}
