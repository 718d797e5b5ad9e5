import Foundation
import GRDB
import Spreadsheet
import Synchronization
import ThiduaKit

/// The criteria schema versions the portal knows: each kept as sent (content-addressed), one
/// active. Forms follow the active version; a return is checked against the active version.
public final class SchemaRegistry: Sendable {
    let database: PortalDatabase
    let files: FileStore
    /// A demo portal's deadline, put in place of every version's (`PortalConfiguration.demoDeadline`).
    let demoDeadline: CivilDate?
    /// The readers' limits for returns (`PortalConfiguration.readOptions`).
    let readOptions: ReadOptions
    private let loaded = Mutex<[Int64: CriteriaSchema]>([:])
    private let validators = Mutex<[Int64: ReturnValidator]>([:])

    init(database: PortalDatabase, files: FileStore, demoDeadline: CivilDate? = nil, readOptions: ReadOptions = ReadOptions()) {
        self.database = database
        self.files = files
        self.demoDeadline = demoDeadline
        self.readOptions = readOptions
    }

    /// The validator of a version, made once: making one indexes the schema's wards, which
    /// cost a seventh of an upload's check when redone for every upload (perf, release build).
    func validator(version id: Int64) throws -> ReturnValidator {
        if let v = validators.withLock({ $0[id] }) { return v }
        let v = ReturnValidator(schema: try schema(version: id), readOptions: readOptions)
        validators.withLock { $0[id] = v }
        return v
    }

    /// The schema as this portal uses it: a demo's deadline in place of the workbook's.
    private func serving(_ schema: CriteriaSchema) -> CriteriaSchema {
        guard let demoDeadline else { return schema }
        var s = schema
        s.settings.deadline = demoDeadline
        return s
    }

    /// Reads a criteria workbook from bytes with the CLI's loader; its problems come back located.
    static func load(bytes: [UInt8], fileName: String) throws(SchemaError) -> CriteriaSchema {
        let sheets: [SheetData]
        do {
            let book = try WorkbookReader(bytes: bytes, fileName: fileName)
            sheets = try book.sheets.indices.map { try book.loadSheet($0) }
        } catch let e as SpreadsheetError {
            throw SchemaError(findings: [Finding(e)])
        } catch {
            throw SchemaError(findings: [Finding(.error, .unexpected, vi: "Lỗi không mong đợi.", en: "Unexpected failure.",
                                                at: DocumentLocation(file: fileName))])
        }
        return try CriteriaSchema.load(sheets: sheets, fileName: fileName)
    }

    /// Imports a criteria workbook as a new version and makes it active, unless the same bytes
    /// are already the active version.
    @discardableResult
    func importVersion(bytes: [UInt8], fileName: String, by user: PortalUser?, now: Date) throws -> SchemaVersionRecord {
        let schema = try Self.load(bytes: bytes, fileName: fileName)
        let sha = try files.put(bytes)
        let record = try database.pool.write { db -> SchemaVersionRecord in
            if let active = try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE active = 1"),
               active.sha256 == sha {
                return active
            }
            try db.execute(sql: "UPDATE schemaVersions SET active = 0")
            try db.execute(sql: """
                INSERT INTO schemaVersions (sha256, fileName, schemaId, version, year, uploadedBy, uploadedAt, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                """, arguments: [sha, fileName, schema.id, schema.version, schema.settings.year, user?.id, Timestamp.text(now)])
            let id = db.lastInsertedRowID
            try AuditLog.record(db, at: now, user: user, action: .schemaImported,
                                detail: "\(fileName) \(schema.id) \(schema.version) sha256 \(sha)")
            return try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE id = ?", arguments: [id])!
        }
        loaded.withLock { $0[record.id] = serving(schema) }
        return record
    }

    /// The active version, if any.
    func activeRecord() throws -> SchemaVersionRecord? {
        try database.pool.read { db in
            try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE active = 1")
        }
    }

    /// The schema of a version, loaded once from its stored file.
    func schema(version id: Int64) throws -> CriteriaSchema {
        if let s = loaded.withLock({ $0[id] }) { return s }
        guard let record = try database.pool.read({ db in
            try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE id = ?", arguments: [id])
        }) else { throw PortalError.notFound }
        let schema = serving(try Self.load(bytes: try files.get(record.sha256), fileName: record.fileName))
        loaded.withLock { $0[id] = schema }
        return schema
    }

    static let noSchema = PortalError(.serviceUnavailable, "schema.none", vi: "Quận chưa nạp bộ tiêu chí.",
                                      en: "The district has not loaded the criteria schema yet.")

    /// The active version and its schema.
    func active() throws -> (record: SchemaVersionRecord, schema: CriteriaSchema) {
        guard let record = try activeRecord() else { throw Self.noSchema }
        return (record, try schema(version: record.id))
    }
}
