import Foundation
import GRDB

/// A signed-in session: a random token kept by the browser (cookie) or the client (Bearer);
/// the server keeps only the token's SHA-256, so a copy of the database opens no session.
public struct Session: Sendable, Hashable {
    public var user: PortalUser
    /// The anti-forgery token every form post of this session must carry.
    public var csrfToken: String
    var tokenHash: String
}

/// Creates, finds and ends sessions.
public struct SessionStore: Sendable {
    public enum Kind: String, Sendable { case cookie, api }

    let database: PortalDatabase
    /// How long a session lasts.
    let lifetime: TimeInterval

    public init(database: PortalDatabase, lifetime: TimeInterval = 12 * 3600) {
        self.database = database
        self.lifetime = lifetime
    }

    /// 32 random bytes as URL-safe base64, for tokens.
    static func randomToken() -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Opens a session for `user`; returns the token to hand to the client.
    func open(for user: PortalUser, kind: Kind, now: Date) async throws -> (token: String, session: Session) {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let hash = FileStore.sha256(Array(token.utf8))
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expiresAt < ?", arguments: [Timestamp.text(now)])
            try db.execute(sql: """
                INSERT INTO sessions (tokenHash, userId, kind, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [hash, user.id, kind.rawValue, csrf, Timestamp.text(now),
                                 Timestamp.text(now.addingTimeInterval(lifetime))])
        }
        return (token, Session(user: user, csrfToken: csrf, tokenHash: hash))
    }

    /// The live session of an enabled account for `token`, or nil.
    func find(token: String, kind: Kind, now: Date) async throws -> Session? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        let hash = FileStore.sha256(Array(token.utf8))
        return try await database.pool.read { db -> Session? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT userId, csrfToken FROM sessions WHERE tokenHash = ? AND kind = ? AND expiresAt > ?
                """, arguments: [hash, kind.rawValue, Timestamp.text(now)]) else { return nil }
            let userId: Int64 = row["userId"]
            guard let user = try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE id = ? AND disabled = 0",
                                                     arguments: [userId]) else { return nil }
            return Session(user: user, csrfToken: row["csrfToken"], tokenHash: hash)
        }
    }

    func close(_ session: Session) async throws {
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE tokenHash = ?", arguments: [session.tokenHash])
        }
    }
}
