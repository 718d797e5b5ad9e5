import Foundation
import GRDB

/// The returns an account may see: a ward account its own ward's, district and leader all.
/// Anything else is "not found", so ids cannot be probed.
enum ReturnQueries {
    static func visible(_ db: Database, to user: PortalUser, limit: Int = 1000) throws -> [StoredReturn] {
        if user.role == .ward {
            return try StoredReturn.fetchAll(db, sql: "SELECT * FROM returns WHERE wardCode = ? ORDER BY id DESC LIMIT ?",
                                             arguments: [user.wardCode, limit])
        }
        return try StoredReturn.fetchAll(db, sql: "SELECT * FROM returns ORDER BY id DESC LIMIT ?", arguments: [limit])
    }

    static func find(_ db: Database, id: Int64, for user: PortalUser) throws -> StoredReturn {
        guard let r = try StoredReturn.fetchOne(db, sql: "SELECT * FROM returns WHERE id = ?", arguments: [id]),
              user.role != .ward || r.wardCode == user.wardCode else { throw PortalError.notFound }
        return r
    }

    /// SQL condition on `returns`: checked against a version of the active schema (any of its
    /// versions). Another schema id is another year: a new year's schema starts from no returns.
    static let ofActiveSchema = """
        schemaVersionId IN (SELECT id FROM schemaVersions WHERE schemaId = (SELECT schemaId FROM schemaVersions WHERE active = 1))
        """

    /// The return that stands for each ward: the approved one if the district approved one,
    /// else the latest received; only the active schema's returns.
    static func latestByWard(_ db: Database) throws -> [String: StoredReturn] {
        let all = try StoredReturn.fetchAll(db, sql: """
            SELECT * FROM returns WHERE wardCode IS NOT NULL AND \(ofActiveSchema) ORDER BY receivedAt, id
            """)
        var out: [String: StoredReturn] = [:]
        for r in all where out[r.wardCode!]?.review != "approved" || r.review == "approved" { out[r.wardCode!] = r }
        return out
    }
}
