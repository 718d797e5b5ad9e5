import Foundation
import GRDB

/// The portal's SQLite database (`DIR/thidua.sqlite`): WAL mode, foreign keys, versioned migrations.
///
/// A final class because it owns the connection pool.
public final class PortalDatabase: Sendable {
    public let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and brings its tables up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Concurrent uploads wait for the writer instead of failing at once.
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Every change of the tables, in order; a migration once shipped is never edited.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: accounts, sessions, schema versions, returns, reviews, audit") { db in
            try db.execute(sql: """
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    passwordHash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('ward', 'district', 'leader')),
                    wardCode TEXT,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    createdAt TEXT NOT NULL,
                    CHECK ((role = 'ward') = (wardCode IS NOT NULL))
                );
                CREATE TABLE sessions (
                    tokenHash TEXT PRIMARY KEY,
                    userId INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('cookie', 'api')),
                    csrfToken TEXT NOT NULL,
                    createdAt TEXT NOT NULL,
                    expiresAt TEXT NOT NULL
                );
                CREATE INDEX sessions_user ON sessions(userId);
                CREATE TABLE schemaVersions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL,
                    fileName TEXT NOT NULL,
                    schemaId TEXT NOT NULL,
                    version TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    uploadedBy INTEGER REFERENCES users(id),
                    uploadedAt TEXT NOT NULL,
                    active INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE returns (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    wardCode TEXT,
                    userId INTEGER NOT NULL REFERENCES users(id),
                    schemaVersionId INTEGER NOT NULL REFERENCES schemaVersions(id),
                    fileName TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    format TEXT,
                    receivedAt TEXT NOT NULL,
                    receivedBy TEXT NOT NULL CHECK (receivedBy IN ('upload', 'email')),
                    status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
                    review TEXT NOT NULL DEFAULT 'none' CHECK (review IN ('none', 'approved', 'sentBack')),
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    totalPoints REAL,
                    findingsJSON TEXT NOT NULL
                );
                CREATE INDEX returns_ward ON returns(wardCode, receivedAt);
                CREATE TABLE reviews (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    returnId INTEGER NOT NULL REFERENCES returns(id),
                    userId INTEGER NOT NULL REFERENCES users(id),
                    action TEXT NOT NULL CHECK (action IN ('approve', 'sendBack', 'reopen', 'verifyPoints')),
                    comment TEXT,
                    detailJSON TEXT,
                    at TEXT NOT NULL
                );
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    userId INTEGER REFERENCES users(id),
                    username TEXT,
                    address TEXT,
                    action TEXT NOT NULL,
                    wardCode TEXT,
                    returnId INTEGER,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX audit_ward ON audit(wardCode, at);
                """)
        }
        registerDeskMigrations(&m)
        return m
    }
}

/// Timestamps as stored: UTC, ISO 8601 to the millisecond, so text order is time order.
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func date(_ text: String) -> Date? {
        if let d = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return d }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
