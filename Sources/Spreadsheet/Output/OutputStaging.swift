import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// A set of output files that appear together or not at all.
///
/// Each output the user sees (`out/2018/finance.csv`) is a symbolic link to
/// `.thidua/current/finance.csv`, and `.thidua/current` is itself a link to the folder holding
/// the latest complete set (`.thidua/sets/<id>`). A run writes its files into a new set folder
/// and switches every output at once by renaming one new `current` link over the old one: a
/// single atomic `rename(2)`. Until then the previous outputs stay as they were; a failed or
/// killed run leaves only an unused set folder, removed by the next run. Runs on the same
/// folder are serialised by `flock` on `.thidua/lock`.
///
/// Only the output folder itself needs to be writable (not its parent), and `-o .` works.
/// A class because it owns the lock and the staged files.
public final class OutputStaging {
    public let directory: String
    /// `.thidua` inside the output folder: the lock, the sets and the `current` link.
    private let control: String
    private let setName: String
    private var lock: Int32 = -1
    private var names: [String] = []
    private var done = false

    static let controlName = ".thidua"

    /// Creates the folder when it does not exist yet and checks it can be written; nothing
    /// else is written until the first `path(for:)`.
    public init(directory: String) throws {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        control = self.directory + "/" + Self.controlName
        setName = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        var kind: FileKind?
        try step(self.directory) { () throws(Errno) in
            try System.makeFolders(self.directory)
            kind = FileKind(mode: try System.stat(self.directory).st_mode)
        }
        guard kind == .directory else {
            throw SpreadsheetError(.writeFailed, vi: "Đường dẫn ra không phải là thư mục.", en: "The output path is not a folder.",
                                   at: DocumentLocation(file: self.directory))
        }
        try step(self.directory) { () throws(Errno) in try System.access(self.directory, W_OK | X_OK) }
    }

    deinit {
        if !done { discard() }
    }

    /// The path to write `name` to now; `directory/name` shows it after `commit()`.
    public func path(for name: String) throws -> String {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw SpreadsheetError(.writeInvalid, vi: "Tên tệp ra không hợp lệ: \"\(name)\".", en: "Invalid output name \"\(name)\".",
                                   at: DocumentLocation(file: directory + "/" + name))
        }
        if lock < 0 { try prepare() }
        guard !names.contains(name) else {
            throw SpreadsheetError(.writeInvalid, vi: "Hai tệp ra cùng tên \"\(name)\".", en: "Two outputs are named \"\(name)\".",
                                   at: DocumentLocation(file: directory + "/" + name))
        }
        names.append(name)
        return setPath + "/" + name
    }

    /// The same error naming the output the user knows rather than its staged copy.
    public func reported(_ error: any Error) -> any Error {
        guard var e = error as? SpreadsheetError, let file = e.location.file, file.hasPrefix(setPath + "/") else { return error }
        e.location.file = directory + "/" + file.dropFirst(setPath.count + 1)
        return e
    }

    /// Switches every staged output in at once; returns their paths in staging order.
    @discardableResult
    public func commit() throws -> [String] {
        guard !done else { throw SpreadsheetError(.writeInvalid, vi: "Đã ghi xong.", en: "The outputs were already committed.") }
        var created: [String] = []
        do {
            for name in names {
                do throws(Errno) { _ = try System.lstat(setPath + "/" + name) } catch {
                    if error != .noEntry { try step(directory + "/" + name) { () throws(Errno) in throw error } }
                    throw SpreadsheetError(.writeFailed, vi: "Tệp ra chưa được ghi xong.", en: "An output was not completed.",
                                           at: DocumentLocation(file: directory + "/" + name))
                }
            }
            try step(directory) { () throws(Errno) in try Self.synchronize(self.setPath) }
            for name in names { try link(name, created: &created) }
            // The switch: one rename of one link.
            let next = control + "/current." + setName
            try step(directory) { () throws(Errno) in
                try System.symlink("sets/" + self.setName, at: next)
                do throws(Errno) { try System.rename(next, self.control + "/current") } catch {
                    try? System.unlink(next)
                    throw error
                }
            }
        } catch {
            for path in created { try? System.unlink(path) }
            discard()
            throw error
        }
        done = true
        // The new set is in place; what follows only tidies, and what it misses the next run removes.
        try? Self.synchronize(control)
        try? Self.synchronize(directory)
        removeStale()
        release()
        return names.map { directory + "/" + $0 }
    }

    /// Removes every staged file; the folder's previous outputs are untouched.
    public func discard() {
        if lock >= 0 { try? Self.removeTree(setPath) }
        done = true
        release()
    }

    // MARK: Steps

    private var setPath: String { control + "/sets/" + setName }

    /// Waits for any other run on the folder, removes what killed runs left staged and makes
    /// this run's set folder.
    private func prepare() throws {
        try step(directory) { () throws(Errno) in
            try System.makeFolders(self.control + "/sets")
            self.lock = try System.open(self.control + "/lock", O_RDWR | O_CREAT, mode: 0o666)
            try System.flock(self.lock, LOCK_EX)
        }
        removeStale()
        try step(directory) { () throws(Errno) in try System.mkdir(self.setPath) }
    }

    /// Makes `directory/name` the link to `.thidua/current/name`. A plain file there (written
    /// before outputs were linked) is first moved into the current set, unchanged for a reader.
    private func link(_ name: String, created: inout [String]) throws {
        let visible = directory + "/" + name
        let text = Self.controlName + "/current/" + name
        var existing: stat?
        var linkText: String?
        try step(visible) { () throws(Errno) in
            do throws(Errno) { existing = try System.lstat(visible) } catch {
                if error != .noEntry { throw error }
            }
            if let existing, FileKind(mode: existing.st_mode) == .symbolicLink { linkText = try System.readlink(visible) }
        }
        if linkText == text { return }
        if let existing {
            guard FileKind(mode: existing.st_mode) == .regular else {
                throw SpreadsheetError(.writeFailed,
                    vi: "\"\(name)\" trong thư mục ra không phải là tệp do thidua ghi; không thay.",
                    en: "\"\(name)\" in the output folder is not a file thidua wrote; it is not replaced.",
                    at: DocumentLocation(file: visible))
            }
            try adopt(name)
        }
        let temporary = directory + "/." + name + "." + setName + ".link"
        try step(visible) { () throws(Errno) in
            try System.symlink(text, at: temporary)
            do throws(Errno) { try System.rename(temporary, visible) } catch {
                try? System.unlink(temporary)
                throw error
            }
        }
        if existing == nil { created.append(visible) }
    }

    /// Puts the plain file `directory/name` into the current set (made empty when there is
    /// none) by a hard link, so the link replacing it shows the same bytes.
    private func adopt(_ name: String) throws {
        try step(directory + "/" + name) { () throws(Errno) in
            if (try? System.readlink(self.control + "/current")) == nil {
                let legacy = "legacy-" + self.setName
                try System.mkdir(self.control + "/sets/" + legacy)
                try System.symlink("sets/" + legacy, at: self.control + "/current." + legacy)
                try System.rename(self.control + "/current." + legacy, self.control + "/current")
            }
            let target = self.control + "/current/" + name
            let temporary = self.control + "/current/." + name + "." + self.setName + ".adopt"
            try System.link(self.directory + "/" + name, at: temporary)
            try System.rename(temporary, target)
        }
    }

    /// Removes sets no link points to (killed or failed runs), leftover temporary links,
    /// links to outputs the current set no longer has, and the `.staged` files of older versions.
    private func removeStale() {
        let current = (try? System.readlink(control + "/current")).map { String($0.dropFirst("sets/".count)) }
        for name in (try? System.listDirectory(control + "/sets")) ?? [] where name != current && name != setName {
            try? Self.removeTree(control + "/sets/" + name)
        }
        for name in (try? System.listDirectory(control)) ?? [] where name.hasPrefix("current.") {
            try? System.unlink(control + "/" + name)
        }
        let prefix = Self.controlName + "/current/"
        for name in (try? System.listDirectory(directory)) ?? [] {
            let path = directory + "/" + name
            if name.hasPrefix(".") && (name.hasSuffix(".staged") || name.hasSuffix(".link")) {
                try? System.unlink(path)
            } else if let text = try? System.readlink(path), text.hasPrefix(prefix), Self.isDangling(path) {
                try? System.unlink(path)
            }
        }
    }

    private func release() {
        guard lock >= 0 else { return }
        try? System.close(lock)
        lock = -1
    }

    /// Runs system calls, turning a refusal into an error that names `path`.
    private func step(_ path: String, _ body: () throws(Errno) -> Void) throws {
        do throws(Errno) { try body() } catch {
            throw SpreadsheetError(.writeFailed, vi: "Không ghi được vào thư mục ra.", en: "The output folder cannot be written.",
                                   at: DocumentLocation(file: path), underlying: error.description,
                                   cause: .system(errno: error.rawValue))
        }
    }

    // MARK: File-system helpers

    /// Whether the link at `path` leads nowhere (not merely: could not be followed just now).
    static func isDangling(_ path: String) -> Bool {
        do throws(Errno) { _ = try System.stat(path) } catch { return error == .noEntry }
        return false
    }

    static func synchronize(_ folder: String) throws(Errno) {
        let fd = try System.open(folder, O_RDONLY | O_DIRECTORY)
        defer { try? System.close(fd) }
        try System.fsync(fd)
    }

    /// `rm -r` without following links.
    static func removeTree(_ path: String) throws(Errno) {
        let st = try System.lstat(path)
        if FileKind(mode: st.st_mode) == .directory {
            for name in try System.listDirectory(path) { try removeTree(path + "/" + name) }
            try System.rmdir(path)
        } else {
            try System.unlink(path)
        }
    }
}
