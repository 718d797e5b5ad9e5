import SheetNative

/// The one way the package writes a file: bytes go to a hidden temporary file beside the
/// target (same folder, so the final rename is atomic) that is renamed over the target by
/// `commit()`. The target holds the old bytes or the new, never a mix; a file dropped without
/// `commit()` removes its temporary file. Temporary files get the permissions of any new file
/// (0666 less the umask), so a committed file is readable as the user expects.
///
/// A class because it owns the descriptor and the temporary file. Unchecked `Sendable`: its one
/// owner (a `~Copyable` writer or a writer class) moves it between threads, never shares it.
final class AtomicFile: @unchecked Sendable {
    let path: String
    let temporaryPath: String
    let durability: Durability
    /// The buffered file being written: write through it, then `commit()`.
    let output: BufferedFileOutput
    private var settled = false

    init(path: String, durability: Durability = .immediate) throws {
        self.path = path
        self.durability = durability
        (output, temporaryPath) = try BufferedFileOutput.create(beside: path)
    }

    deinit { abandon() }

    func write(_ bytes: UnsafeRawBufferPointer) throws { try output.write(bytes) }

    func write(_ bytes: [UInt8]) throws { try output.write(bytes) }

    /// Makes the bytes durable (unless deferred), then puts them in place; on failure the
    /// temporary file is removed and the target is as it was.
    func commit() throws {
        guard !settled else { throw WriteErrors.misuse(vi: "Tệp đã được đóng.", en: "The file was already closed.") }
        do {
            if durability == .immediate { try output.synchronize() } else { try output.flush() }
            try output.close()
            do throws(Errno) {
                try System.rename(temporaryPath, path)
            } catch {
                throw WriteErrors.io(LocalizedMessage(vi: "không thay được tệp đích", en: "the target cannot be replaced"),
                                     file: path, errno: error)
            }
        } catch {
            abandon()
            throw error
        }
        settled = true
        guard durability == .immediate else { return }
        do throws(Errno) {
            try Durability.synchronizeEntries(of: path)
        } catch {
            throw WriteErrors.io(LocalizedMessage(vi: "không lưu được xuống đĩa", en: "the data cannot be saved to disk"),
                                 file: path, errno: error)
        }
    }

    /// Discards the temporary file; the target is untouched. Does nothing once settled.
    func abandon() {
        guard !settled else { return }
        settled = true
        try? output.close()
        try? System.unlink(temporaryPath)
    }
}

/// Writing whole files atomically, for callers outside the spreadsheet layer (reports, exports).
public enum AtomicWrite {
    /// Puts `bytes` at `path` whole or not at all; an existing file is replaced only on success.
    public static func write(_ bytes: [UInt8], to path: String, durability: Durability = .immediate) throws {
        let file = try AtomicFile(path: path, durability: durability)
        try file.write(bytes)
        try file.commit()
    }
}
