import ArgumentParser
import Spreadsheet
#if canImport(Glibc)
import Glibc
#endif

/// The process's standard streams, written with `write(2)` so that a failure is an error
/// value: a full disk or a closed pipe on standard output ends the command with a message
/// and exit status 2 (or 141 when SIGPIPE kills it, as for any Unix tool), never a trap.
enum StandardStreams {
    /// Opens `/dev/null` on any of descriptors 0, 1 and 2 that the caller closed
    /// (`thidua consolidate 2>&-`): else the next file opened would take the number and
    /// messages meant for the terminal would be written into an output.
    static func prepare() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0 && opened != fd {
                _ = dup2(opened, fd)
                _ = close(opened)
            }
        }
    }

    /// Writes all of `bytes` to standard output; throws `OutputFailure` when it cannot.
    static func writeOutput(_ bytes: some Collection<UInt8>) throws {
        if let code = write(Array(bytes), to: 1) { throw OutputFailure(errno: code) }
    }

    /// Writes to standard error; a failure there has nowhere to be told, so it is ignored.
    static func writeError(_ text: String) {
        _ = write(Array(text.utf8), to: 2)
    }

    /// Nil when everything was written, else the errno that stopped it.
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var done = 0
        return bytes.withUnsafeBytes { buffer -> Int32? in
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n > 0 {
                    done += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return n < 0 ? errno : EIO
                }
            }
            return nil
        }
    }
}

/// Standard output could not be written (a full disk, a closed pipe).
struct OutputFailure: Error {
    var errno: Int32

    func text(_ language: Language) -> String {
        let reason = String(cString: strerror(errno))
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
