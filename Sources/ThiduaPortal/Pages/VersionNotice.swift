import Foundation
import GRDB
import Spreadsheet

extension Portal {
    /// What a return's page and JSON say of the schema version it was checked against, and,
    /// when that is not the active version, that it was checked against its own form's version.
    func versionNotice(_ record: StoredReturn, _ language: Language) throws -> (record: SchemaVersionRecord, text: String, older: String?) {
        let (version, active) = try database.pool.read { db in
            (try SchemaRegistry.record(db, id: record.schemaVersionId),
             try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE active = 1"))
        }
        let text = "\(version.schemaId) · \(Texts.text("version", language)) \(version.version)"
        guard let active, active.id != version.id, active.schemaId == version.schemaId else { return (version, text, nil) }
        let older = language == .vi
            ? "Báo cáo được kiểm tra theo phiên bản \(version.version) của bộ tiêu chí, phiên bản của biểu mẫu đã dùng khi nhận báo cáo; phiên bản đang dùng nay là \(active.version)."
            : "The return was checked against schema version \(version.version), its form's version when it was received; the active version is now \(active.version)."
        return (version, text, older)
    }
}
