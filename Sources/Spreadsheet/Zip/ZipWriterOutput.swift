#if canImport(Glibc)
import Glibc
#endif

/// A file written through a large buffer, so headers and small pieces cost no system call.
/// Owns its descriptor; `remove` unlinks the file it created.
final class BufferedFileOutput {
    /// The path used in error messages (the target the user named, not the temporary file).
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
        if fd >= 0 { Glibc.close(fd) }
        buffer.deallocate()
    }

    /// Creates a new file with a unique name beside `target` (same directory, so a rename is atomic).
    static func temporary(beside target: String) throws -> (output: BufferedFileOutput, path: String) {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[...$0]) } ?? ""
        let base = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array((directory + "." + base + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw WriteErrors.io(LocalizedMessage(vi: "không tạo được tệp tạm trong thư mục đích",
                                                  en: "no temporary file can be created in the target folder"),
                                 file: target, errno: errno)
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return (BufferedFileOutput(fd: fd, reportedPath: target), path)
    }

    /// A temporary file beside `target` that has no name at all: it vanishes with its descriptor.
    static func anonymous(beside target: String) throws -> BufferedFileOutput {
        let (output, path) = try temporary(beside: target)
        unlink(path)
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
        var position: off_t = 0
        while position < off_t(source.offset) {
            let room = UnsafeMutableRawBufferPointer(rebasing: buffer[used...])
            if room.count == 0 { try flush(); continue }
            let want = min(room.count, Int(off_t(source.offset) - position))
            let r = pread(source.fd, room.baseAddress, want, position)
            if r < 0 {
                if errno == EINTR { continue }
                throw ioError(vi: "không đọc lại được tệp tạm", en: "a temporary file cannot be read back")
            }
            if r == 0 { throw WriteErrors.failed("temporary file shorter than written", file: reportedPath) }
            used += r
            offset += UInt64(r)
            position += off_t(r)
        }
    }

    /// Flushes and forces the bytes to the disk, so a rename never exposes an empty file after a crash.
    func synchronize() throws {
        try flush()
        guard fsync(fd) == 0 else {
            throw ioError(vi: "không lưu được xuống đĩa", en: "the data cannot be saved to disk")
        }
    }

    func close() throws {
        guard fd >= 0 else { return }
        let rc = Glibc.close(fd)
        fd = -1
        guard rc == 0 else { throw ioError(vi: "không đóng được tệp", en: "the file cannot be closed") }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let r = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if r < 0 {
                if errno == EINTR { continue }
                throw ioError(vi: "ghi dữ liệu thất bại (đĩa đầy hoặc không có quyền?)",
                              en: "writing data failed (disk full or no permission?)")
            }
            done += r
        }
    }

    private func ioError(vi: String, en: String) -> SpreadsheetError {
        WriteErrors.io(LocalizedMessage(vi: vi, en: en), file: reportedPath, errno: errno)
    }
}
