import SheetNative
#if canImport(Glibc)
import Glibc
#endif

/// What a path names, for refusing anything but a regular file before reading it.
public enum FileKind: String, Sendable {
    case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink

    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: return nil
        }
    }

    /// What `path` is once symbolic links are followed; nil when it cannot be examined.
    public static func of(_ path: String) -> FileKind? {
        (try? System.stat(path)).flatMap { FileKind(mode: $0.st_mode) }
    }

    var words: LocalizedMessage {
        switch self {
        case .regular: LocalizedMessage(vi: "tệp thông thường", en: "a regular file")
        case .directory: LocalizedMessage(vi: "một thư mục", en: "a folder")
        case .fifo: LocalizedMessage(vi: "một đường ống (FIFO)", en: "a pipe (FIFO)")
        case .characterDevice, .blockDevice: LocalizedMessage(vi: "một thiết bị", en: "a device")
        case .socket: LocalizedMessage(vi: "một socket", en: "a socket")
        case .symbolicLink: LocalizedMessage(vi: "một liên kết tượng trưng", en: "a symbolic link")
        }
    }
}

extension SpreadsheetError {
    /// A path that is not a regular file (a folder, a FIFO, a device) given where a file is read.
    static func notRegularFile(_ path: String, kind: FileKind) -> SpreadsheetError {
        SpreadsheetError(.notRegularFile,
            vi: "Đường dẫn là \(kind.words.vi), không phải một tệp bảng tính; không đọc.",
            en: "The path is \(kind.words.en), not a spreadsheet file; it is not read.",
            at: DocumentLocation(file: path))
    }
}

/// File facts the interfaces need, through the one system-call layer.
public enum FileStatus {
    /// Seconds since 1970 of the last change to `path`'s contents; nil when it cannot be examined.
    public static func modified(_ path: String) -> Double? {
        guard let st = try? System.stat(path) else { return nil }
        return Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }

    /// Whether the descriptor is a terminal (progress bars only there).
    public static func isTerminal(_ fd: Int32) -> Bool { System.isTerminal(fd) }
}
