import CSheetSystem
#if canImport(Glibc)
import Glibc
#endif

// The C functions whose names the wrappers below take over.
private func cStat(_ path: String, _ st: inout stat) -> Int32 { stat(path, &st) }
private func cLstat(_ path: String, _ st: inout stat) -> Int32 { lstat(path, &st) }
private func cFstat(_ fd: Int32, _ st: inout stat) -> Int32 { fstat(fd, &st) }
private func cFlock(_ fd: Int32, _ operation: Int32) -> Int32 { flock(fd, operation) }

/// Every system call the package makes, in one place: each retries on `EINTR` where that is
/// safe, turns a failure into a typed `Errno`, and, in debug builds, passes through
/// `MockingDriver` so tests can make it fail.
package enum System {
    /// Runs `call` until it stops failing with EINTR; -1 becomes the thread's errno.
    @inline(__always)
    private static func run<T: FixedWidthInteger>(
        _ name: String, _ path: String? = nil, retryingInterrupts: Bool = true, _ call: () -> T
    ) throws(Errno) -> T {
        while true {
            #if ENABLE_MOCKING
            if let forced = MockingDriver.intercept(name, path) {
                if forced == EINTR && retryingInterrupts { continue }
                throw Errno(forced)
            }
            #endif
            let r = call()
            if r != -1 { return r }
            let e = errno
            if e == EINTR && retryingInterrupts { continue }
            throw Errno(e)
        }
    }

    // MARK: Descriptors

    /// Opens `path`, close-on-exec unless `closeOnExec` is false (a descriptor that stands in
    /// for a standard stream must outlive an exec).
    package static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o666, closeOnExec: Bool = true) throws(Errno) -> Int32 {
        try run("open", path) { Glibc.open(path, flags | (closeOnExec ? O_CLOEXEC : 0), mode) }
    }

    /// Whether `fd` is an open descriptor: `fcntl(F_GETFD)` fails with EBADF when it is not.
    package static func isOpen(_ fd: Int32) -> Bool {
        do throws(Errno) {
            _ = try run("fcntl") { fcntl(fd, F_GETFD) }
            return true
        } catch {
            return error.rawValue != EBADF
        }
    }

    /// Makes `target` a second descriptor of the file `fd` is open on (`dup2`).
    package static func duplicate(_ fd: Int32, onto target: Int32) throws(Errno) {
        _ = try run("dup2") { dup2(fd, target) }
    }

    /// Closes `fd`; it is released even when an error is reported (Linux never keeps it open,
    /// so retrying would close someone else's descriptor).
    package static func close(_ fd: Int32) throws(Errno) {
        let rc = Glibc.close(fd)
        #if ENABLE_MOCKING
        if let forced = MockingDriver.intercept("close", nil) { throw Errno(forced) }
        #endif
        if rc == -1 && errno != EINTR { throw Errno.current }
    }

    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        try run("read") { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    package static func pread(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(Errno) -> Int {
        try run("pread") { Glibc.pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    /// Writes all of `bytes`, however many calls that takes. A call that writes nothing is an
    /// I/O error rather than a reason to try forever.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(Errno) {
        var done = 0
        while done < bytes.count {
            let n = try run("write") { Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done) }
            guard n > 0 else { throw Errno.io }
            done += n
        }
    }

    package static func fsync(_ fd: Int32) throws(Errno) {
        _ = try run("fsync") { Glibc.fsync(fd) }
    }

    /// Flushes the whole file system holding `fd` (one call instead of one fsync per file).
    package static func syncfs(_ fd: Int32) throws(Errno) {
        _ = try run("syncfs") { thidua_syncfs(fd) }
    }

    package static func fstat(_ fd: Int32) throws(Errno) -> Glibc.stat {
        var st = Glibc.stat()
        _ = try run("fstat") { cFstat(fd, &st) }
        return st
    }

    /// `flock(2)`; with `LOCK_NB` a lock held elsewhere fails with `EWOULDBLOCK`.
    package static func flock(_ fd: Int32, _ operation: Int32) throws(Errno) {
        _ = try run("flock") { cFlock(fd, operation) }
    }

    /// Clears `O_NONBLOCK` (set only to open a path without blocking on a FIFO).
    package static func setBlocking(_ fd: Int32) throws(Errno) {
        let flags = try run("fcntl") { fcntl(fd, F_GETFL) }
        _ = try run("fcntl") { fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    }

    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    // MARK: Paths

    package static func stat(_ path: String) throws(Errno) -> Glibc.stat {
        var st = Glibc.stat()
        _ = try run("stat", path) { cStat(path, &st) }
        return st
    }

    package static func lstat(_ path: String) throws(Errno) -> Glibc.stat {
        var st = Glibc.stat()
        _ = try run("lstat", path) { cLstat(path, &st) }
        return st
    }

    package static func rename(_ from: String, _ to: String) throws(Errno) {
        _ = try run("rename", to) { Glibc.rename(from, to) }
    }

    package static func unlink(_ path: String) throws(Errno) {
        _ = try run("unlink", path) { Glibc.unlink(path) }
    }

    package static func mkdir(_ path: String, mode: mode_t = 0o777) throws(Errno) {
        _ = try run("mkdir", path) { Glibc.mkdir(path, mode) }
    }

    /// `mkdir -p`: the folder and any missing parents; an existing folder is fine.
    package static func makeFolders(_ path: String) throws(Errno) {
        if (try? stat(path)) != nil { return }
        let slash = path.lastIndex(of: "/")
        if let slash, slash != path.startIndex { try makeFolders(String(path[..<slash])) }
        do throws(Errno) { try mkdir(path) } catch {
            if error != .exists { throw error }
        }
    }

    /// The absolute path of the working folder.
    package static func currentDirectory() throws(Errno) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        #if ENABLE_MOCKING
        if let forced = MockingDriver.intercept("getcwd", nil) { throw Errno(forced) }
        #endif
        guard getcwd(&buffer, buffer.count) != nil else { throw Errno.current }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    package static func rmdir(_ path: String) throws(Errno) {
        _ = try run("rmdir", path) { Glibc.rmdir(path) }
    }

    /// A second name for the file at `existing` (a hard link).
    package static func link(_ existing: String, at path: String) throws(Errno) {
        _ = try run("link", path) { Glibc.link(existing, path) }
    }

    /// Creates a symbolic link at `path` holding `target`.
    package static func symlink(_ target: String, at path: String) throws(Errno) {
        _ = try run("symlink", path) { Glibc.symlink(target, path) }
    }

    /// The text of the symbolic link at `path`.
    package static func readlink(_ path: String) throws(Errno) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = try run("readlink", path) { Glibc.readlink(path, &buffer, buffer.count - 1) }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    package static func access(_ path: String, _ mode: Int32) throws(Errno) {
        _ = try run("access", path) { Glibc.access(path, mode) }
    }

    /// The names in a folder, without `.` and `..`.
    package static func listDirectory(_ path: String) throws(Errno) -> [String] {
        #if ENABLE_MOCKING
        if let forced = MockingDriver.intercept("opendir", path) { throw Errno(forced) }
        #endif
        guard let dir = opendir(path) else { throw Errno.current }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
