import GRDB

extension PortalDatabase {
    /// The district desk's tables: verified points per return and criterion, and the
    /// consolidations with their inputs (return, name, hash) and files (content-addressed).
    static func registerDeskMigrations(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2: verified points, consolidations") { db in
            try db.execute(sql: """
                CREATE TABLE verifiedPoints (
                    returnId INTEGER NOT NULL REFERENCES returns(id),
                    criterion TEXT NOT NULL,
                    points REAL NOT NULL,
                    userId INTEGER NOT NULL REFERENCES users(id),
                    at TEXT NOT NULL,
                    PRIMARY KEY (returnId, criterion)
                );
                CREATE TABLE consolidations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    createdAt TEXT NOT NULL,
                    userId INTEGER NOT NULL REFERENCES users(id),
                    schemaVersionId INTEGER NOT NULL REFERENCES schemaVersions(id),
                    wards INTEGER NOT NULL,
                    wardsAccepted INTEGER NOT NULL,
                    verifiedJSON TEXT NOT NULL
                );
                CREATE TABLE consolidationInputs (
                    consolidationId INTEGER NOT NULL REFERENCES consolidations(id),
                    position INTEGER NOT NULL,
                    returnId INTEGER NOT NULL REFERENCES returns(id),
                    wardCode TEXT,
                    name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    PRIMARY KEY (consolidationId, position)
                );
                CREATE TABLE consolidationFiles (
                    consolidationId INTEGER NOT NULL REFERENCES consolidations(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    PRIMARY KEY (consolidationId, position),
                    UNIQUE (consolidationId, name)
                );
                """)
        }
    }
}
