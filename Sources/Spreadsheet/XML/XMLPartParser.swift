import SheetNative

/// Streams one XML part of a zip package through an event handler, a chunk at a time.
///
/// `pump()` lets a row reader parse just enough to yield its next rows; `parseAll()` runs
/// a small part (workbook, styles, shared strings) to its end. libxml2 failures come back
/// as located `SpreadsheetError`s naming the part and line.
final class XMLPartParser {
    private let stream: ZipEntryStream?
    private let prefetch: PrefetchingEntryStream?
    /// The part already inflated and checked (its CRC-32) by an earlier read, and how much of it
    /// has been parsed.
    private let memory: [UInt8]?
    private var memoryOffset = 0
    private let parser: XMLPushParser
    private let handler: any XMLEventHandler
    private let buffer: UnsafeMutableRawBufferPointer
    private let location: DocumentLocation
    private(set) var isFinished = false

    /// Entries this large are inflated on a second thread while they are parsed.
    static let prefetchThreshold = 4 << 20

    convenience init(zip: ZipArchive, entry: ZipEntry, handler: any XMLEventHandler, chunkSize: Int = 64 * 1024,
                     prefetchThreshold: Int = XMLPartParser.prefetchThreshold) throws {
        let opened = try zip.open(entry)
        if entry.uncompressedSize >= prefetchThreshold, let prefetching = PrefetchingEntryStream(opened) {
            self.init(stream: nil, prefetch: prefetching, memory: nil, zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
        } else {
            self.init(stream: opened, prefetch: nil, memory: nil, zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
        }
    }

    /// Parses `bytes`, the whole of `entry` as an earlier read inflated and checked it.
    convenience init(bytes: [UInt8], zip: ZipArchive, entry: ZipEntry, handler: any XMLEventHandler, chunkSize: Int = 64 * 1024) {
        self.init(stream: nil, prefetch: nil, memory: bytes, zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
    }

    /// Exactly one of `stream`, `prefetch` and `memory` is the part's source.
    private init(stream: ZipEntryStream?, prefetch: PrefetchingEntryStream?, memory: [UInt8]?,
                 zip: ZipArchive, entry: ZipEntry, handler: any XMLEventHandler, chunkSize: Int) {
        self.stream = stream
        self.prefetch = prefetch
        self.memory = memory
        self.handler = handler
        parser = XMLPushParser(handler: handler, maxDepth: zip.limits.maxXMLDepth)
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        location = DocumentLocation(file: zip.fileName, part: entry.name)
    }

    deinit {
        prefetch?.close()
        buffer.deallocate()
    }

    /// Parses the next chunk; false once the document has ended.
    @discardableResult
    func pump() throws -> Bool {
        guard !isFinished else { return false }
        try located {
            let more: Bool
            if let memory {
                let n = min(buffer.count, memory.count - memoryOffset)
                if n > 0 {
                    try memory.withUnsafeBytes { try parser.feed(UnsafeRawBufferPointer(rebasing: $0[memoryOffset..<(memoryOffset + n)])) }
                }
                memoryOffset += n
                more = n > 0
            } else if let prefetch {
                more = try prefetch.next { try parser.feed($0) }
            } else {
                let n = try stream!.read(into: buffer)
                if n > 0 { try parser.feed(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<n])) }
                more = n > 0
            }
            if parser.isStopped {
                // The handler has what it wants; the rest is still inflated, unparsed, so that
                // the part's CRC-32 vouches for the bytes that were read.
                isFinished = true
                try drain()
            } else if !more {
                isFinished = true
                try parser.finish()
            }
        }
        return !isFinished
    }

    /// Starts the parse at `offset` of the part rather than at its top: `head`, the raw start
    /// tags of the ancestors of the element there with where each begins, is parsed first; the
    /// bytes before `offset` are inflated (the CRC-32 still covers them) but not parsed. Each
    /// head tag is preceded by as many line breaks as precede it in the part, and the element
    /// at `offset` too, so that every line reported is the part's own. Large parts, which are
    /// inflated on another thread, are parsed from the top as before.
    func begin(at offset: Int, after head: [(offset: Int, bytes: [UInt8])]) throws {
        guard prefetch == nil, offset > 0 else { return }
        var marks = LineMarks(at: head.map(\.offset) + [offset])
        func feedHead() throws {
            let linesBefore = marks.finish()
            var fed = 0
            var start: [UInt8] = []
            for (i, tag) in head.enumerated() {
                start += [UInt8](repeating: 0x0A, count: max(0, linesBefore[i] - fed)) + tag.bytes
                fed = max(fed, linesBefore[i]) + tag.bytes.withUnsafeBytes { LineMarks.lineBreaks($0) }
            }
            start += [UInt8](repeating: 0x0A, count: max(0, linesBefore[head.count] - fed))
            try start.withUnsafeBytes { try parser.feed($0) }
        }
        try located {
            if let memory {
                memoryOffset = min(offset, memory.count)
                memory.withUnsafeBytes { marks.advance(over: UnsafeRawBufferPointer(rebasing: $0[0..<memoryOffset])) }
                try feedHead()
                return
            }
            guard let stream else { return }
            while true {
                let n = try stream.read(into: buffer)
                let bytes = UnsafeRawBufferPointer(buffer)
                let take = min(n, offset - marks.position)
                marks.advance(over: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
                if marks.position == offset || n == 0 {
                    try feedHead()
                    if take < n { try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[take..<n])) }
                    if n == 0 {
                        isFinished = true
                        try parser.finish()
                    }
                    return
                }
            }
        }
    }

    /// Runs `body`; a failure ends the parse and comes back located in this part.
    private func located(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as NativeError {
            isFinished = true
            throw XMLPartParser.error(e, at: location)
        } catch let e as SpreadsheetError {
            isFinished = true
            throw e.located(file: location.file, part: location.part)
        }
    }

    private func drain() throws {
        if memory != nil {
            return
        } else if let prefetch {
            while try prefetch.next({ _ in }) {}
        } else {
            while try stream!.read(into: buffer) > 0 {}
        }
    }

    func parseAll() throws {
        while try pump() {}
    }

    /// The current line, for locating problems found by the handler.
    var line: Int { parser.line }

    static func error(_ e: NativeError, at location: DocumentLocation) -> SpreadsheetError {
        var where_ = location
        where_.line = e.line
        switch e.kind {
        case .xmlForbiddenDTD:
            return SpreadsheetError(.xmlDTD,
                vi: "Tệp chứa khai báo DTD (DOCTYPE), điều mà bảng tính thật không bao giờ có; bị từ chối vì lý do an toàn.",
                en: "The file contains a DTD (DOCTYPE) declaration, which real spreadsheets never have; refused for safety.",
                at: where_, underlying: e.message, cause: e.cause)
        case .xmlTooDeep:
            return SpreadsheetError(.xmlTooDeep,
                vi: "Cấu trúc XML lồng nhau quá sâu; tệp bị hỏng hoặc độc hại.",
                en: "The XML is nested too deeply; the file is damaged or hostile.",
                at: where_, underlying: e.message, cause: e.cause)
        case .xmlParserUnavailable, .zlibFailure:
            return SpreadsheetError(.unexpected,
                vi: "Không đọc được phần XML của tệp (lỗi hệ thống, không phải lỗi của tệp).",
                en: "The file's XML part cannot be read (a system failure, not a fault of the file).",
                at: where_, underlying: e.message, cause: e.cause)
        case .xmlMalformed, .corruptDeflateData:
            return SpreadsheetError(.xmlMalformed,
                vi: "Nội dung XML của tệp bị hỏng. Hãy mở tệp bằng chương trình bảng tính, lưu lại và gửi lại.",
                en: "The file's XML content is malformed. Open it in a spreadsheet program, save it and send it again.",
                at: where_, underlying: e.message, cause: e.cause)
        }
    }
}

extension NativeError {
    /// The kind as the spreadsheet layer's typed cause.
    var cause: ErrorCause {
        switch kind {
        case .corruptDeflateData: .corruptDeflate
        case .zlibFailure: .zlib
        case .xmlMalformed: .xmlMalformed
        case .xmlForbiddenDTD: .xmlDTD
        case .xmlTooDeep: .xmlTooDeep
        case .xmlParserUnavailable: .xmlParser
        }
    }
}
