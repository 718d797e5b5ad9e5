import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// When a written file is forced to the disk.
public enum Durability: Hashable, Sendable {
    /// Before the file is put in place (fsync of the file, then of its folder): after a power
    /// cut the target holds the old bytes or the new, never an empty file. The default.
    case immediate
    /// Left to the caller, who writes many files and then calls `Durability.synchronize(folder:)`
    /// once (`template --all` writing thousands of forms): much faster; until that call a
    /// power cut may leave some of them empty.
    case deferred

    /// Forces everything written on `folder`'s file system to the disk, then the folder's own
    /// entries: the one sync that ends a run of `.deferred` writes.
    public static func synchronize(folder: String) throws {
        do throws(Errno) {
            let fd = try System.open(folder, O_RDONLY | O_DIRECTORY)
            defer { try? System.close(fd) }
            try System.syncfs(fd)
            try System.fsync(fd)
        } catch {
            throw WriteErrors.io(LocalizedMessage(vi: "không lưu được xuống đĩa", en: "the data cannot be saved to disk"),
                                 file: folder, errno: error)
        }
    }

    /// fsync of the folder holding `path`, so a rename into it survives a power cut.
    static func synchronizeEntries(of path: String) throws(Errno) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let fd = try System.open(folder, O_RDONLY | O_DIRECTORY)
        defer { try? System.close(fd) }
        try System.fsync(fd)
    }
}
