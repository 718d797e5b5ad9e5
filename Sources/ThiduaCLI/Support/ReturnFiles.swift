import Foundation
import SheetNative
import ThiduaKit

/// Turns the command line's files and folders into the returns to read and the files skipped.
/// Folders are searched recursively; every file found is either a return to read or skipped
/// with its reason. A file named on the command line is always read.
struct ReturnFiles {
    /// Extensions read as returns: what the readers recognise, or explain (`.xls`, `.xlsb`).
    static let extensions: Set<String> = ["xlsx", "xlsm", "ods", "csv", "xls", "xlsb"]

    var returns: [String] = []
    var skipped: [SkippedFile] = []

    init(_ inputs: [String]) {
        var seen = Set<FileIdentity>()
        for input in inputs {
            if let id = FileIdentity(path: input, followingLinks: true), id.isDirectory {
                walk(input, seen: &seen)
            } else {
                returns.append(input)
            }
        }
    }

    private mutating func walk(_ folder: String, seen: inout Set<FileIdentity>) {
        guard let id = FileIdentity(path: folder, followingLinks: true), seen.insert(id).inserted else {
            skipped.append(.seenFolder(folder))
            return
        }
        let names: [String]
        do throws(Errno) {
            names = try System.listDirectory(folder).sorted()
        } catch {
            skipped.append(.unreadableFolder(folder, error.description))
            return
        }
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            if name.hasPrefix("~$") || name.hasPrefix(".~lock.") {
                skipped.append(.lockFile(path))
            } else if name.hasPrefix(".") {
                skipped.append(.hidden(path))
            } else if let target = FileIdentity(path: path, followingLinks: true), target.isDirectory {
                walk(path, seen: &seen)
            } else if FileIdentity(path: path, followingLinks: true)?.isRegular != true {
                skipped.append(.notRegular(path))
            } else {
                let ext = (name as NSString).pathExtension.lowercased()
                if Self.extensions.contains(ext) {
                    returns.append(path)
                } else {
                    skipped.append(.notSpreadsheet(path, extension: ext))
                }
            }
        }
    }

    /// The message when nothing was found to read.
    static func noReturns(_ inputs: [String], skipped: Int, _ language: Language) -> String {
        let list = inputs.joined(separator: ", ")
        return language == .vi
            ? "Không tìm thấy báo cáo nào (.xlsx, .ods, .xls, .csv) trong \(list)\(skipped > 0 ? "; đã bỏ qua \(skipped) tệp khác" : "")."
            : "No returns (.xlsx, .ods, .xls, .csv) found in \(list)\(skipped > 0 ? "; \(skipped) other file(s) skipped" : "")."
    }
}
