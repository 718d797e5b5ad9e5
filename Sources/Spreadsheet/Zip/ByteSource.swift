import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// Random access to a file's bytes without loading it whole.
protocol ByteSource: AnyObject {
    var size: Int { get }
    /// Reads up to `buffer.count` bytes at `offset`; returns how many were read.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads exactly `count` bytes at `offset`, or fewer at the end of the file.
    func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        let n = max(0, min(count, size - offset))
        guard n > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: n)
        var got = 0
        try out.withUnsafeMutableBytes { buf in
            while got < n {
                let r = try read(at: offset + got, into: UnsafeMutableRawBufferPointer(rebasing: buf[got...]))
                if r == 0 { break }
                got += r
            }
        }
        return got == n ? out : Array(out[..<got])
    }
}

/// A file read with `pread`; owns its descriptor.
final class FileByteSource: ByteSource {
    private let fd: Int32
    let size: Int
    let path: String
    /// The whole file, for one no larger than `wholeFileSize`.
    private let whole: [UInt8]?

    /// A file this small (a ward's return is some tens of KiB) is read whole, once: its reader
    /// then takes the twenty-odd pieces it asks for (zip records, parts, the hash) from memory,
    /// not from as many system calls. The bound keeps memory per open file small.
    static let wholeFileSize = 1 << 20

    /// Opens `path` only if it is a regular file no larger than the limit. It is opened
    /// non-blocking and checked before a byte is read, so a FIFO or a device is refused at
    /// once instead of blocking the reader forever.
    init(path: String, limits: ReadLimits) throws {
        self.path = path
        let fd: Int32
        do throws(Errno) {
            fd = try System.open(path, O_RDONLY | O_NONBLOCK)
        } catch {
            throw SpreadsheetError(.fileUnreadable,
                vi: "Không mở được tệp.", en: "The file cannot be opened.",
                at: DocumentLocation(file: path), underlying: error.description, cause: .system(errno: error.rawValue))
        }
        let st: stat
        do throws(Errno) {
            st = try System.fstat(fd)
        } catch {
            try? System.close(fd)
            throw SpreadsheetError(.fileUnreadable, vi: "Không đọc được tệp.", en: "The file cannot be read.",
                at: DocumentLocation(file: path), underlying: error.description, cause: .system(errno: error.rawValue))
        }
        if let kind = FileKind(mode: st.st_mode), kind != .regular {
            try? System.close(fd)
            throw SpreadsheetError.notRegularFile(path, kind: kind)
        }
        guard Int(st.st_size) <= limits.maxFileSize else {
            try? System.close(fd)
            throw SpreadsheetError(.fileTooLarge,
                vi: "Tệp quá lớn (\(st.st_size) byte; giới hạn \(limits.maxFileSize)).",
                en: "The file is too large (\(st.st_size) bytes; the limit is \(limits.maxFileSize)).",
                at: DocumentLocation(file: path))
        }
        self.fd = fd
        size = Int(st.st_size)
        whole = size <= FileByteSource.wholeFileSize ? Self.readWhole(fd, size: size) : nil
    }

    /// The file's `size` bytes, or nil where they cannot all be read now (a failing read, a file
    /// cut short since `fstat`, a `/sys` file smaller than it says): it is then read piece by
    /// piece, which meets the same failure where and as it did before this shortcut.
    private static func readWhole(_ fd: Int32, size: Int) -> [UInt8]? {
        var all = [UInt8](repeating: 0, count: size)
        let complete = all.withUnsafeMutableBytes { buffer -> Bool in
            var got = 0
            while got < size {
                let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[got...])
                guard let n = try? System.pread(fd, into: rest, at: Int64(got)), n > 0 else { return false }
                got += n
            }
            return true
        }
        return complete ? all : nil
    }

    deinit { try? System.close(fd) }

    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0, offset < size else { return 0 }
        if let whole {
            let n = min(buffer.count, whole.count - offset)
            whole.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            return n
        }
        return try Self.pread(fd, into: buffer, at: offset, path: path)
    }

    private static func pread(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int, path: String) throws -> Int {
        do throws(Errno) {
            return try System.pread(fd, into: buffer, at: Int64(offset))
        } catch {
            throw SpreadsheetError(.fileUnreadable,
                vi: "Lỗi khi đọc tệp.", en: "Reading the file failed.",
                at: DocumentLocation(file: path), underlying: error.description, cause: .system(errno: error.rawValue))
        }
    }
}

/// Bytes already in memory.
final class MemoryByteSource: ByteSource {
    let storage: [UInt8]
    var size: Int { storage.count }

    init(_ bytes: [UInt8]) { storage = bytes }

    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < storage.count else { return 0 }
        let n = min(buffer.count, storage.count - offset)
        storage.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        return n
    }
}

