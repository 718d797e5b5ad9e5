import ArgumentParser
import SheetNative
import Spreadsheet
#if canImport(Glibc)
import Glibc
#endif

/// The process's standard streams, written through the system-call layer so that a failure
/// is an error value: a full disk or a closed pipe on standard output ends the command with a
/// message and exit status 2 (or 141 when SIGPIPE kills it, as for any Unix tool), never a trap.
enum StandardStreams {
    /// Opens `/dev/null` on any of descriptors 0, 1 and 2 that the caller closed
    /// (`thidua consolidate 2>&-`): else the next file opened would take the number and
    /// messages meant for the terminal would be written into an output.
    static func prepare() {
        for fd in Int32(0)...2 where !System.isOpen(fd) {
            // Not close-on-exec: it stands for a standard stream, which a child inherits.
            guard let opened = try? System.open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, closeOnExec: false) else { continue }
            if opened != fd {
                try? System.duplicate(opened, onto: fd)
                try? System.close(opened)
            }
        }
    }

    /// One line of standard input without its line break (a password piped in); nil at the
    /// end of input, on a read error or past `maxLength` bytes. Read a byte at a time, so
    /// nothing after the line is taken from the stream.
    static func readLine(maxLength: Int = 4096) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count <= maxLength {
            let n = withUnsafeMutableBytes(of: &byte) { try? System.read(0, into: $0) }
            guard let n, n == 1 else { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        guard line.count <= maxLength else { return nil }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// Writes all of `bytes` to standard output; throws `OutputFailure` when it cannot.
    static func writeOutput(_ bytes: some Collection<UInt8>) throws {
        if let failure = write(Array(bytes), to: 1) { throw OutputFailure(errno: failure.rawValue) }
    }

    /// Writes to standard error; a failure there has nowhere to be told, so it is ignored.
    static func writeError(_ text: String) {
        _ = write(Array(text.utf8), to: 2)
    }

    /// Nil when everything was written, else the error that stopped it.
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Errno? {
        bytes.withUnsafeBytes { buffer -> Errno? in
            do throws(Errno) {
                try System.writeAll(fd, buffer)
                return nil
            } catch {
                return error
            }
        }
    }
}

/// Writes a line to standard output at once (unbuffered), so a script reading it sees it now;
/// throws `OutputFailure` when it cannot.
func printLine(_ text: String) throws {
    try StandardStreams.writeOutput(Array((text + "\n").utf8))
}

/// Standard output could not be written (a full disk, a closed pipe).
struct OutputFailure: Error {
    var errno: Int32

    func text(_ language: Language) -> String {
        let reason = Errno(errno).description
        return language == .vi
            ? "Không ghi được ra đầu ra chuẩn (\(reason)); kết quả không đầy đủ."
            : "Standard output cannot be written (\(reason)); the output is incomplete."
    }
}

/// Runs a body that writes to standard output, turning a write failure into its message and
/// exit status 2.
func reportingOutputFailure(_ language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as OutputFailure {
        printError(failure.text(language))
        throw ExitCode(2)
    }
}
