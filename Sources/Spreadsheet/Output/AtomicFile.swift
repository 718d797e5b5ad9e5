#if canImport(Glibc)
import Glibc
#endif

/// A file that appears whole or not at all: bytes go to a temporary file in the target's
/// directory (so the final rename stays on one file system and is atomic), renamed over the
/// target by `commit()`.
///
/// It holds a descriptor but is not its owner: a noncopyable writer keeps it and calls
/// `commit()` or `abandon()` exactly once.
struct AtomicFile {
    let path: String
    let temporaryPath: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // A hidden, unique name: concurrent writers and leftovers of a crash never collide.
        for _ in 0..<16 {
            let candidate = directory + "." + name + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                temporaryPath = candidate
                descriptor = fd
                return
            }
            if errno != EEXIST { break }
        }
        throw AtomicFile.failure(path, vi: "Không tạo được tệp tạm để ghi.",
                                 en: "Cannot create a temporary file to write.")
    }

    /// Writes all of `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.failure(path, vi: "Ghi tệp thất bại.", en: "Writing the file failed.")
            }
            done += n
        }
    }

    /// Makes the bytes durable, then puts them in place; on failure nothing is left behind.
    func commit() throws {
        guard fsync(descriptor) == 0 else {
            let error = AtomicFile.failure(path, vi: "Ghi tệp thất bại.", en: "Writing the file failed.")
            abandon()
            throw error
        }
        close(descriptor)
        guard rename(temporaryPath, path) == 0 else {
            let error = AtomicFile.failure(path, vi: "Không thay được tệp đích.", en: "Cannot put the file in place.")
            unlink(temporaryPath)
            throw error
        }
    }

    /// Discards the temporary file; the target is untouched.
    func abandon() {
        close(descriptor)
        unlink(temporaryPath)
    }

    private static func failure(_ path: String, vi: String, en: String) -> SpreadsheetError {
        SpreadsheetError(.writeFailed, vi: vi, en: en, at: DocumentLocation(file: path),
                         underlying: String(cString: strerror(errno)))
    }
}

/// Writing whole files atomically, for callers outside the spreadsheet layer (reports, exports).
public enum AtomicWrite {
    /// Puts `bytes` at `path` whole or not at all; an existing file is replaced only on success.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        do {
            try bytes.withUnsafeBytes { try file.write($0) }
        } catch {
            file.abandon()
            throw error
        }
        try file.commit()
    }
}
