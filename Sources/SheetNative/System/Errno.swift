#if canImport(Glibc)
import Glibc
#endif

/// An operating-system error number, kept typed so callers decide on the cause (`ENOSPC`,
/// `ENOENT`) rather than on the words of a message.
package struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
    package var rawValue: Int32

    package init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The calling thread's `errno` now.
    package static var current: Errno { Errno(errno) }

    /// The C library's wording (`No space left on device`).
    package var description: String { String(cString: strerror(rawValue)) }

    package static let noSpace = Errno(ENOSPC)
    package static let exists = Errno(EEXIST)
    package static let noEntry = Errno(ENOENT)
    package static let interrupted = Errno(EINTR)
    package static let wouldBlock = Errno(EWOULDBLOCK)
    package static let io = Errno(EIO)
}
