import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// A file's device and inode: what tells two spellings of one path apart from two files.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
    var mode: UInt32

    /// Nil when `path` cannot be examined (it does not exist, a folder on the way is unreadable).
    init?(path: String, followingLinks: Bool) {
        guard let st = try? (followingLinks ? System.stat(path) : System.lstat(path)) else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        mode = UInt32(st.st_mode)
    }

    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    var isRegular: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }

    static func == (a: FileIdentity, b: FileIdentity) -> Bool { a.device == b.device && a.inode == b.inode }
    func hash(into h: inout Hasher) {
        h.combine(device)
        h.combine(inode)
    }
}
