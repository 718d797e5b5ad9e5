/// A failure reported by zlib, libxml2 or the operating system, before it is given a document location.
package struct NativeError: Error, Sendable, CustomStringConvertible {
    package enum Kind: Sendable {
        case corruptDeflateData
        case zlibFailure
        case xmlMalformed
        case xmlForbiddenDTD
        case io
    }
    package var kind: Kind
    package var message: String
    /// 1-based line in the XML part where libxml2 stopped, when known.
    package var line: Int?

    package init(_ kind: Kind, _ message: String, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
    }

    package var description: String { message }
}
