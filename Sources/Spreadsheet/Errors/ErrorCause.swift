/// Why a lower layer failed, as a value: callers branch on this, never on a message's words.
public enum ErrorCause: Hashable, Sendable {
    /// The operating system refused; the errno (`ENOSPC` 28, `EACCES` 13…).
    case system(errno: Int32)
    /// zlib reported damaged compressed data.
    case corruptDeflate
    /// zlib itself failed (out of memory, refused parameters).
    case zlib
    /// libxml2 found the XML malformed.
    case xmlMalformed
    /// The XML declares a DTD, which is refused.
    case xmlDTD
    /// The XML nests deeper than the limit.
    case xmlTooDeep
    /// libxml2 could not start a parser.
    case xmlParser
}
