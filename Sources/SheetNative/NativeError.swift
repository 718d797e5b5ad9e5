/// A failure reported by zlib, libxml2 or the operating system, before it is given a document location.
package struct NativeError: Error, Sendable, CustomStringConvertible {
    package enum Kind: Sendable {
        case corruptDeflateData
        case zlibFailure
        case xmlMalformed
        case xmlForbiddenDTD
        /// Nesting deeper than the parser's bound.
        case xmlTooDeep
        /// libxml2 could not start a parser (out of memory).
        case xmlParserUnavailable
    }
    package var kind: Kind
    package var message: String
    /// 1-based line in the XML part where libxml2 stopped, when known.
    package var line: Int?

    /// `message` is kept on one line (libxml2's end in a newline, and some quote bytes
    /// across lines), so the error it becomes fits the one-line report.
    package init(_ kind: Kind, _ message: String, line: Int? = nil) {
        self.kind = kind
        self.message = message.split(whereSeparator: { $0.isNewline || $0 == "\t" })
            .map { $0.split(separator: " ").joined(separator: " ") }
            .filter { !$0.isEmpty }.joined(separator: " ")
        self.line = line
    }

    package var description: String { message }
}
