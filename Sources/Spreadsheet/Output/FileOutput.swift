import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// A file written through a large buffer, so headers and small pieces cost no system call.
/// Owns its descriptor.
final class BufferedFileOutput {
    /// The path used in error messages (the target the user named, not a temporary file).
    let reportedPath: String
    private(set) var fd: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    /// Bytes written so far, buffered or not: the offset of the next byte in the file.
    private(set) var offset: UInt64 = 0

    init(fd: Int32, reportedPath: String, bufferSize: Int = 256 * 1024) {
        self.fd = fd
        self.reportedPath = reportedPath
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        if fd >= 0 { try? System.close(fd) }
        buffer.deallocate()
    }

    /// Creates a new file under a hidden, unique name beside `target` (same folder, so a
    /// rename is atomic), with the permissions any new file gets (0666 less the umask).
    static func create(beside target: String) throws -> (output: BufferedFileOutput, path: String) {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var failure = Errno.exists
        for _ in 0..<16 {
            let candidate = directory + "." + name + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
            do throws(Errno) {
                let fd = try System.open(candidate, O_RDWR | O_CREAT | O_EXCL, mode: 0o666)
                return (BufferedFileOutput(fd: fd, reportedPath: target), candidate)
            } catch {
                failure = error
                if error != .exists { break }
            }
        }
        throw WriteErrors.io(LocalizedMessage(vi: "không tạo được tệp tạm trong thư mục đích",
                                              en: "no temporary file can be created in the target folder"),
                             file: target, errno: failure)
    }

    /// A scratch file beside `target` that has no name at all: it vanishes with its descriptor.
    static func anonymous(beside target: String) throws -> BufferedFileOutput {
        let (output, path) = try create(beside: target)
        try? System.unlink(path)
        return output
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        let n = bytes.count
        guard n > 0 else { return }
        if n > buffer.count - used {
            try flush()
            if n >= buffer.count {
                try writeAll(bytes)
                offset += UInt64(n)
                return
            }
        }
        (buffer.baseAddress! + used).copyMemory(from: bytes.baseAddress!, byteCount: n)
        used += n
        offset += UInt64(n)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    func flush() throws {
        guard used > 0 else { return }
        try writeAll(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<used]))
        used = 0
    }

    /// Flushes, then copies the whole of `source` (from its start) to this file's end.
    func append(contentsOf source: BufferedFileOutput) throws {
        try source.flush()
        var position: Int64 = 0
        while position < Int64(source.offset) {
            let room = UnsafeMutableRawBufferPointer(rebasing: buffer[used...])
            if room.count == 0 { try flush(); continue }
            let want = min(room.count, Int(Int64(source.offset) - position))
            let r: Int
            do throws(Errno) {
                r = try System.pread(source.fd, into: UnsafeMutableRawBufferPointer(rebasing: room[..<want]), at: position)
            } catch {
                throw ioError(vi: "không đọc lại được tệp tạm", en: "a temporary file cannot be read back", error)
            }
            if r == 0 { throw WriteErrors.failed("temporary file shorter than written", file: reportedPath) }
            used += r
            offset += UInt64(r)
            position += Int64(r)
        }
    }

    /// Flushes and forces the bytes to the disk, so a rename never exposes an empty file after a crash.
    func synchronize() throws {
        try flush()
        do throws(Errno) { try System.fsync(fd) } catch {
            throw ioError(vi: "không lưu được xuống đĩa", en: "the data cannot be saved to disk", error)
        }
    }

    func close() throws {
        guard fd >= 0 else { return }
        let descriptor = fd
        fd = -1
        do throws(Errno) { try System.close(descriptor) } catch {
            throw ioError(vi: "không đóng được tệp", en: "the file cannot be closed", error)
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        do throws(Errno) { try System.writeAll(fd, bytes) } catch {
            throw ioError(vi: error == .noSpace ? "đĩa đã đầy" : "ghi dữ liệu thất bại",
                          en: error == .noSpace ? "the disk is full" : "writing data failed", error)
        }
    }

    private func ioError(vi: String, en: String, _ errno: Errno) -> SpreadsheetError {
        WriteErrors.io(LocalizedMessage(vi: vi, en: en), file: reportedPath, errno: errno)
    }
}
