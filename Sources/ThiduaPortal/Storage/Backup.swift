import Foundation
import GRDB
import SheetNative
import Spreadsheet

extension PortalDatabase {
    /// A consistent copy of the database while the server runs (SQLite's online backup through
    /// GRDB), written beside `path` and renamed over it in one `rename(2)`, so the copy appears
    /// whole or not at all and an earlier copy stays until the new one is complete.
    public func backup(to path: String) throws {
        let temporary = path + ".partial-\(UUID().uuidString)"
        defer { try? System.unlink(temporary) }
        let copy = try DatabaseQueue(path: temporary)
        try pool.backup(to: copy)
        try copy.close()
        do throws(Errno) {
            try System.rename(temporary, path)
        } catch {
            throw SpreadsheetError(.writeFailed, vi: "Không ghi được bản sao.", en: "The copy cannot be written.",
                                   at: DocumentLocation(file: path), underlying: error.description,
                                   cause: .system(errno: error.rawValue))
        }
    }
}
