import Foundation
import GRDB

/// A consolidation made from the portal, as stored.
public struct StoredConsolidation: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var createdAt: String
    public var userId: Int64
    /// The schema version the returns were consolidated with.
    public var schemaVersionId: Int64
    /// The schema's wards, and those with a return that counts.
    public var wards: Int
    public var wardsAccepted: Int
    /// The verified points scored, by ward and criterion, as JSON.
    var verifiedJSON: String
}

/// One return that went into a consolidation: which, under which name, with which bytes.
public struct ConsolidationInput: Codable, Sendable, Hashable, FetchableRecord {
    public var consolidationId: Int64
    public var position: Int
    public var returnId: Int64
    public var wardCode: String?
    /// The name the engine was given for it (as received, made unique).
    public var name: String
    public var sha256: String
}

/// One file a consolidation wrote, kept in the `FileStore` under its SHA-256.
public struct ConsolidationFile: Codable, Sendable, Hashable, FetchableRecord {
    public var consolidationId: Int64
    public var position: Int
    public var name: String
    public var sha256: String
    public var size: Int
}

/// A consolidation with its inputs and files.
struct ConsolidationDetail: Sendable {
    var record: StoredConsolidation
    var inputs: [ConsolidationInput]
    var files: [ConsolidationFile]
    var username: String?

    static func fetch(_ db: Database, id: Int64) throws -> ConsolidationDetail {
        guard let record = try StoredConsolidation.fetchOne(db, sql: "SELECT * FROM consolidations WHERE id = ?", arguments: [id]) else {
            throw PortalError.notFound
        }
        return ConsolidationDetail(
            record: record,
            inputs: try ConsolidationInput.fetchAll(db, sql: "SELECT * FROM consolidationInputs WHERE consolidationId = ? ORDER BY position",
                                                    arguments: [id]),
            files: try ConsolidationFile.fetchAll(db, sql: "SELECT * FROM consolidationFiles WHERE consolidationId = ? ORDER BY position",
                                                  arguments: [id]),
            username: try String.fetchOne(db, sql: "SELECT username FROM users WHERE id = ?", arguments: [record.userId]))
    }

    /// Every consolidation, newest first.
    static func all(_ db: Database, limit: Int = 200) throws -> [ConsolidationDetail] {
        try Int64.fetchAll(db, sql: "SELECT id FROM consolidations ORDER BY id DESC LIMIT ?", arguments: [limit])
            .map { try fetch(db, id: $0) }
    }
}
