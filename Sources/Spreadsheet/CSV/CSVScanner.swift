/// What the scanner reports: field bytes in runs, field ends and record ends.
protocol CSVSink {
    /// More bytes of the current field (a field may arrive in several runs).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws
    /// The current field is complete; `line` is where it began.
    mutating func endField(line: Int) throws
    /// The current record is complete (an empty line is a record of one empty field).
    mutating func endRecord() throws
}

/// The RFC 4180 tokenizer, resumable across chunks and shared by reading and delimiter detection.
///
/// Beyond RFC 4180, as spreadsheet programs do: CR, LF and CRLF all end a record; a quote
/// inside an unquoted field is kept literally; text after a closing quote (`"ab"c`) is kept and
/// the field goes on unquoted. Lines are counted (CR, LF, CRLF) inside quotes too, so errors
/// name the line a text editor shows.
struct CSVScanner {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    let delimiter: UInt8
    private var state = State.fieldStart
    /// 1-based line of the next byte.
    private(set) var line = 1
    /// Where the current field began.
    private(set) var fieldLine = 1
    private var afterCR = false
    private var inRecord = false

    init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Scans `bytes` from `start` until a record ends or the bytes run out.
    /// Returns where to resume and whether a record ended.
    mutating func scan<Sink: CSVSink>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                      into sink: inout Sink) throws -> (next: Int, recordEnded: Bool) {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let delimiter = self.delimiter
        let n = bytes.count
        var i = start
        while i < n {
            let c = bytes[i]
            switch state {
            case .fieldStart, .unquoted:
                if c == lf && afterCR {
                    // The LF of a CRLF whose CR already ended the record.
                    afterCR = false
                    i += 1
                    continue
                }
                afterCR = false
                if c == cr || c == lf {
                    afterCR = c == cr
                    line += 1
                    i += 1
                    try endRecord(&sink)
                    return (i, true)
                }
                if c == delimiter {
                    inRecord = true
                    try sink.endField(line: fieldLine)
                    state = .fieldStart
                    fieldLine = line
                    i += 1
                    continue
                }
                if state == .fieldStart {
                    inRecord = true
                    fieldLine = line
                    if c == quote {
                        state = .quoted
                        i += 1
                        continue
                    }
                    state = .unquoted
                }
                let runStart = i
                i += 1
                while i < n {
                    let d = bytes[i]
                    if d == delimiter || d == cr || d == lf { break }
                    i += 1
                }
                try sink.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]), line: fieldLine)
            case .quoted:
                let runStart = i
                while i < n {
                    let d = bytes[i]
                    if d == quote { break }
                    if d == cr {
                        line += 1
                        afterCR = true
                    } else {
                        if d == lf && !afterCR { line += 1 }
                        afterCR = false
                    }
                    i += 1
                }
                if i > runStart {
                    try sink.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]), line: fieldLine)
                }
                if i < n {
                    afterCR = false
                    state = .quoteInQuoted
                    i += 1
                }
            case .quoteInQuoted:
                if c == quote {
                    try sink.append(UnsafeBufferPointer(rebasing: bytes[i..<(i + 1)]), line: fieldLine)
                    state = .quoted
                    i += 1
                } else {
                    // Closing quote: what follows is a delimiter, a line end or (leniently) more text.
                    state = .unquoted
                }
            }
        }
        return (i, false)
    }

    /// Ends the input: completes a last record without a line end.
    /// Returns whether a record ended; an open quoted field is `csvMalformed`.
    mutating func finish<Sink: CSVSink>(into sink: inout Sink) throws -> Bool {
        if state == .quoted {
            throw SpreadsheetError.csvUnterminatedQuote(line: fieldLine)
        }
        guard inRecord else { return false }
        try endRecord(&sink)
        return true
    }

    private mutating func endRecord<Sink: CSVSink>(_ sink: inout Sink) throws {
        try sink.endField(line: fieldLine)
        try sink.endRecord()
        state = .fieldStart
        inRecord = false
        fieldLine = line
    }
}
