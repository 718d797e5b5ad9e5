import Foundation
import SheetNative
import Spreadsheet

/// What a command checks before it writes, so that nothing is overwritten by accident: an
/// existing file is replaced only with `--force`, never the input itself (compared by device
/// and inode, so `a.xlsx` and `./dir/../a.xlsx` are one file), and the format always agrees
/// with the extension.
enum OutputGuard {
    static let exists = ErrorCode("output.exists")
    static let sameAsInput = ErrorCode("output.same-as-input")
    static let formatMismatch = ErrorCode("output.format-mismatch")
    static let notAFolder = ErrorCode("output.not-a-folder")

    /// Throws unless `path` is free, or `force` allows replacing the file there.
    static func checkFree(_ path: String, force: Bool) throws {
        guard let id = FileIdentity(path: path, followingLinks: true) else { return }
        if id.isDirectory {
            throw SpreadsheetError(exists, vi: "Đây là một thư mục; hãy chỉ ra tên tệp cần ghi.",
                                   en: "This is a folder; give the name of the file to write.", at: DocumentLocation(file: path))
        }
        guard !force else { return }
        throw SpreadsheetError(exists,
            vi: "Tệp đã có; không ghi đè. Dùng --force để thay thế, hoặc chọn tên khác.",
            en: "The file exists; it is not overwritten. Use --force to replace it, or choose another name.",
            at: DocumentLocation(file: path))
    }

    /// Throws when `output` is the file `input` (whatever the spelling), even with `--force`.
    static func checkDistinct(input: String, output: String) throws {
        guard let a = FileIdentity(path: input, followingLinks: true),
              let b = FileIdentity(path: output, followingLinks: true), a == b else { return }
        throw SpreadsheetError(sameAsInput,
            vi: "Tệp đích là chính tệp nguồn \(input); ghi vào đó sẽ làm mất tệp nguồn. Hãy chọn tên khác.",
            en: "The output is the input file \(input) itself; writing it would destroy the input. Choose another name.",
            at: DocumentLocation(file: output))
    }

    /// Throws when `--format` names another format than the extension of `path` does.
    static func checkFormat(_ path: String, given: String?, fromExtension: String?) throws {
        guard let given, let fromExtension, given != fromExtension else { return }
        throw SpreadsheetError(formatMismatch,
            vi: "--format \(given) không khớp với đuôi tệp .\((path as NSString).pathExtension) (\(fromExtension)).",
            en: "--format \(given) does not match the file's extension .\((path as NSString).pathExtension) (\(fromExtension)).",
            at: DocumentLocation(file: path))
    }

    /// Throws when `path` exists and is not a folder (a folder to write into is wanted).
    static func checkFolder(_ path: String) throws {
        guard let id = FileIdentity(path: path, followingLinks: true), !id.isDirectory else { return }
        throw SpreadsheetError(notAFolder,
            vi: "Đây là một tệp, không phải thư mục: kết quả được ghi vào một thư mục. Hãy chọn tên khác.",
            en: "This is a file, not a folder: the outputs are written into a folder. Choose another name.",
            at: DocumentLocation(file: path))
    }

    /// Whether `folder` is `root` or lies inside it (compared by device and inode). The
    /// folder's path is made absolute and its `.` and `..` resolved as text, then each parent
    /// in turn is compared: `returns/link/out` counts as inside `returns`, as the walk of
    /// `returns` (which follows links) would find it there. The folder need not exist yet.
    static func isInside(_ folder: String, _ root: String) -> Bool {
        guard let target = FileIdentity(path: root, followingLinks: true), target.isDirectory,
              var path = absolute(folder) else { return false }
        while true {
            if let id = FileIdentity(path: path, followingLinks: true), id == target { return true }
            guard path != "/", let slash = path.lastIndex(of: "/") else { return false }
            path = slash == path.startIndex ? "/" : String(path[..<slash])
        }
    }

    /// `path` from the root, with empty, `.` and `..` components resolved as text.
    private static func absolute(_ path: String) -> String? {
        var full = path
        if !path.hasPrefix("/") {
            guard let cwd = try? System.currentDirectory() else { return nil }
            full = cwd + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }
}
