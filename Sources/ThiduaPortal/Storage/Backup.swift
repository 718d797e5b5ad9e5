import Foundation
import GRDB

extension PortalDatabase {
    /// A consistent copy of the database while the server runs (SQLite's online backup through
    /// GRDB), written beside `path` and renamed into place, so the copy appears whole or not at all.
    public func backup(to path: String) throws {
        let temporary = path + ".partial-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let copy = try DatabaseQueue(path: temporary)
        try pool.backup(to: copy)
        try copy.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }
}
