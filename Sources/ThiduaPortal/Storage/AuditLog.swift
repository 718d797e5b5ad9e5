import Foundation
import GRDB

/// The audit log: who did what and when. Never holds a password or a token.
public enum AuditLog {
    /// Actions written to the log.
    public enum Action: String, Sendable {
        case signIn = "sign-in"
        case signInFailed = "sign-in.failed"
        case signInThrottled = "sign-in.throttled"
        case signOut = "sign-out"
        case upload
        case uploadRefused = "upload.refused"
        case download
        case userAdded = "user.added"
        case passwordChanged = "user.password"
        case userDisabled = "user.disabled"
        case userEnabled = "user.enabled"
        case schemaImported = "schema.imported"
        case schemaActivated = "schema.activated"
        case schemaRefused = "schema.refused"
        case approve = "return.approved"
        case sendBack = "return.sent-back"
        case reopen = "return.reopened"
        case verifyPoints = "return.points-verified"
        case consolidation
    }

    static func record(_ db: Database, at date: Date, user: PortalUser?, username: String? = nil, address: String? = nil,
                       action: Action, wardCode: String? = nil, returnId: Int64? = nil, detail: String = "") throws {
        try db.execute(sql: """
            INSERT INTO audit (at, userId, username, address, action, wardCode, returnId, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [Timestamp.text(date), user?.id, user?.username ?? username, address, action.rawValue,
                             wardCode ?? user?.wardCode, returnId, detail])
    }

    /// The latest entries, newest first, optionally for one ward.
    public static func entries(_ db: Database, wardCode: String? = nil, limit: Int = 500) throws -> [AuditEntry] {
        if let wardCode {
            return try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit WHERE wardCode = ? ORDER BY id DESC LIMIT ?",
                                           arguments: [wardCode, limit])
        }
        return try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit])
    }
}
