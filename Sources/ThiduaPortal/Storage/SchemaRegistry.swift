import Foundation
import GRDB
import Spreadsheet
import Synchronization
import ThiduaKit

/// The criteria schema versions the portal knows: each kept as sent (content-addressed), one
/// active. Forms follow the active version; a return is checked against the version its form
/// names (see `ReturnVersions`).
///
/// A version is known by its schema id and version number, the two things every form carries
/// in its marker sheet; so one id and version stand for one content: a changed workbook that
/// keeps an existing version number is refused, pointing at the version cell.
public final class SchemaRegistry: Sendable {
    let database: PortalDatabase
    let files: FileStore
    /// A demo portal's deadline, put in place of every version's (`PortalConfiguration.demoDeadline`).
    let demoDeadline: CivilDate?
    /// The readers' limits for returns (`PortalConfiguration.readOptions`).
    let readOptions: ReadOptions
    private let loaded = Mutex<[Int64: CriteriaSchema]>([:])
    private let validators = Mutex<[Int64: ReturnValidator]>([:])
    /// Held from the look-up of a version number to the insert of a new version, so two
    /// workbooks loaded at once cannot both take the same number.
    private let adding = Mutex(())
    /// The active version, read from the database once and then changed only here (`add`,
    /// `activate`): pages ask for it on every request, and a blocking database read on a
    /// request's executor deadlocked the server while uploads held the readers
    /// (`IntakeGateTests.statusReadsDuringFiftyUploadsAllComeBack`). Outer nil: not read yet.
    private let activeVersion = Mutex<SchemaVersionRecord??>(nil)

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

    /// What adding a workbook came to.
    struct Added: Sendable {
        var record: SchemaVersionRecord
        /// False when the same criteria were already a version (nothing was added).
        var isNew: Bool
        /// The loader's warnings (the workbook loaded, but someone should look at them).
        var warnings: [Finding]
    }

    /// Checks a criteria workbook with the CLI's loader and keeps it as a version (made active
    /// when `activate`). Throws `SchemaError` with every located finding, having changed
    /// nothing, when the workbook has errors or reuses a known version number for other criteria.
    func add(bytes: [UInt8], fileName: String, activate: Bool, by user: PortalUser?, address: String? = nil,
             now: Date, readOptions: ReadOptions = ReadOptions()) throws -> Added {
        let result = CriteriaSchema.inspect(bytes: bytes, fileName: fileName, options: readOptions)
        guard let schema = result.schema else { throw SchemaError(findings: result.findings) }
        let warnings = result.findings.filter { !$0.isError }
        return try adding.withLock { _ throws -> Added in
            try add(schema, bytes: bytes, fileName: fileName, warnings: warnings, versionLocation: result.versionLocation,
                    activate: activate, by: user, address: address, now: now)
        }
    }

    private func add(_ schema: CriteriaSchema, bytes: [UInt8], fileName: String, warnings: [Finding],
                     versionLocation: DocumentLocation?, activate: Bool, by user: PortalUser?, address: String?,
                     now: Date) throws -> Added {
        let sha = FileStore.sha256(bytes)
        let sameVersion = try database.pool.read { db in
            try SchemaVersionRecord.fetchAll(db, sql: "SELECT * FROM schemaVersions WHERE schemaId = ? AND version = ? ORDER BY id",
                                             arguments: [schema.id, schema.version])
        }
        // The same criteria saved again (the same bytes, or another format of the same workbook)
        // are the version already known.
        if let known = try sameVersion.last(where: { try $0.sha256 == sha || self.criteria(of: $0) == schema }) {
            let record = activate ? try self.activate(id: known.id, by: user, address: address, now: now) : known
            return Added(record: record, isNew: false, warnings: warnings)
        }
        if let other = sameVersion.last {
            throw SchemaError(findings: [Finding(.error, .schemaVersionReused,
                vi: "Bộ tiêu chí \(schema.id) phiên bản \(schema.version) đã được nạp (\(other.fileName), \(Display.dateTime(other.uploadedAt))) với nội dung khác. Các biểu mẫu đã phát mang số phiên bản này, nên nội dung mới cần số phiên bản mới: hãy đổi ô phiên bản (ví dụ \(schema.version).1) rồi nạp lại.",
                en: "Schema \(schema.id) version \(schema.version) was already loaded (\(other.fileName), \(Display.dateTime(other.uploadedAt))) with other content. Forms handed out carry this version number, so new content needs a new one: change the version cell (say \(schema.version).1) and load it again.",
                at: versionLocation ?? DocumentLocation(file: fileName))] + warnings)
        }
        try files.put(bytes)
        let record = try database.pool.write { db -> SchemaVersionRecord in
            if activate { try db.execute(sql: "UPDATE schemaVersions SET active = 0") }
            try db.execute(sql: """
                INSERT INTO schemaVersions (sha256, fileName, schemaId, version, year, uploadedBy, uploadedAt, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [sha, fileName, schema.id, schema.version, schema.settings.year, user?.id, Timestamp.text(now), activate])
            let id = db.lastInsertedRowID
            try AuditLog.record(db, at: now, user: user, address: address, action: .schemaImported,
                                detail: "#\(id) \(fileName) \(schema.id) \(schema.version) sha256 \(sha)\(activate ? ", active" : "")")
            return try Self.record(db, id: id)
        }
        loaded.withLock { $0[record.id] = schema }
        if activate { remember(active: record) }
        return Added(record: record, isNew: true, warnings: warnings)
    }

    /// Makes a version the active one (forms and new returns follow it); audited when it changes.
    @discardableResult
    func activate(id: Int64, by user: PortalUser?, address: String? = nil, now: Date) throws -> SchemaVersionRecord {
        let record = try database.pool.write { db in
            let record = try Self.record(db, id: id)
            guard !record.active else { return record }
            let previous = try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE active = 1")
            try db.execute(sql: "UPDATE schemaVersions SET active = (id = ?)", arguments: [id])
            try AuditLog.record(db, at: now, user: user, address: address, action: .schemaActivated,
                                detail: "#\(id) \(record.schemaId) \(record.version) (\(record.fileName))"
                                    + (previous.map { ", was #\($0.id) \($0.schemaId) \($0.version)" } ?? ""))
            return try Self.record(db, id: id)
        }
        remember(active: record)
        return record
    }

    /// Every version, newest first, with the name of who loaded it (nil: the command line).
    func list() throws -> [(record: SchemaVersionRecord, uploadedBy: String?)] {
        try database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.*, u.username AS uploaderName FROM schemaVersions v LEFT JOIN users u ON u.id = v.uploadedBy
                ORDER BY v.id DESC
                """).map { (try SchemaVersionRecord(row: $0), $0["uploaderName"]) }
        }
    }

    static func record(_ db: Database, id: Int64) throws -> SchemaVersionRecord {
        guard let r = try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE id = ?", arguments: [id]) else {
            throw PortalError.notFound
        }
        return r
    }

    /// The active version, if any.
    func activeRecord() throws -> SchemaVersionRecord? {
        try activeVersion.withLock { cached throws -> SchemaVersionRecord? in
            if let known = cached { return known }
            let read = try database.pool.read { db in
                try SchemaVersionRecord.fetchOne(db, sql: "SELECT * FROM schemaVersions WHERE active = 1")
            }
            cached = .some(read)
            return read
        }
    }

    /// Puts a version just made active (committed) in place of the cached one.
    private func remember(active record: SchemaVersionRecord) {
        activeVersion.withLock { $0 = .some(record) }
    }

    /// The known version of this schema id and version number, if any.
    func record(schemaId: String, version: String) throws -> SchemaVersionRecord? {
        try database.pool.read { db in
            try SchemaVersionRecord.fetchOne(db, sql: """
                SELECT * FROM schemaVersions WHERE schemaId = ? AND version = ? ORDER BY id DESC LIMIT 1
                """, arguments: [schemaId, version])
        }
    }

    /// The schema of a version, loaded once from its stored file.
    func schema(version id: Int64) throws -> CriteriaSchema {
        if let s = loaded.withLock({ $0[id] }) { return serving(s) }
        return try schema(of: try database.pool.read { db in try Self.record(db, id: id) })
    }

    /// The schema of a version as this portal uses it (a demo's deadline in place of the workbook's).
    func schema(of record: SchemaVersionRecord) throws -> CriteriaSchema { serving(try criteria(of: record)) }

    /// The schema of a version as its workbook states it, loaded once from its stored file.
    private func criteria(of record: SchemaVersionRecord) throws -> CriteriaSchema {
        if let s = loaded.withLock({ $0[record.id] }) { return s }
        let result = CriteriaSchema.inspect(bytes: try files.get(record.sha256), fileName: record.fileName)
        guard let schema = result.schema else { throw SchemaError(findings: result.findings) }
        loaded.withLock { $0[record.id] = schema }
        return schema
    }

    static let noSchema = PortalError(.serviceUnavailable, "schema.none", vi: "Quận chưa nạp bộ tiêu chí.",
                                      en: "The district has not loaded the criteria schema yet.")

    /// The active version and its schema.
    func active() throws -> (record: SchemaVersionRecord, schema: CriteriaSchema) {
        guard let record = try activeRecord() else { throw Self.noSchema }
        return (record, try schema(of: record))
    }
}

extension ErrorCode {
    /// A changed criteria workbook that keeps the number of a version already loaded.
    static let schemaVersionReused = ErrorCode("schema.version-reused")
}
