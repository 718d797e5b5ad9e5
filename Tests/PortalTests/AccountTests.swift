import Foundation
import GRDB
import NIOPosix
import Testing
@testable import ThiduaPortal
import ThiduaKit

@Suite("Accounts and storage")
struct AccountTests {
    @Test func addListPasswdDisable() async throws {
        let h = try PortalHarness()
        let users = try h.portal.accounts.list()
        #expect(users.map(\.username).sorted() == ["dichvong", "lanhdao", "quan", "yenhoa"])
        #expect(users.first { $0.username == "yenhoa" }?.wardCode == "00172")
        // Passwords are kept as bcrypt hashes only.
        let hashes = try await h.portal.database.pool.read { db in try String.fetchAll(db, sql: "SELECT passwordHash FROM users") }
        #expect(hashes.allSatisfy { $0.hasPrefix("$2") && !$0.contains(PortalHarness.password) })
        try h.portal.accounts.setPassword(username: "yenhoa", password: "another-password")
        #expect(try await h.portal.accounts.authenticate(username: "yenhoa", password: "another-password") != nil)
        #expect(try await h.portal.accounts.authenticate(username: "yenhoa", password: PortalHarness.password) == nil)
        try h.portal.accounts.setDisabled(username: "yenhoa", true)
        #expect(try await h.portal.accounts.authenticate(username: "yenhoa", password: "another-password") == nil)
        #expect(try h.portal.accounts.user(named: "yenhoa")?.disabled == true)
    }

    /// bcrypt takes a quarter of a second at cost 12: it runs on the thread pool the store is
    /// given, never on the executor serving requests. A pool that is not running refuses the
    /// work, so the check cannot have run anywhere else.
    @Test func passwordsAreVerifiedOnTheThreadPool() async throws {
        let h = try PortalHarness()
        let stopped = NIOThreadPool(numberOfThreads: 1)
        let refusing = AccountStore(database: h.portal.database, bcryptCost: 4, threadPool: stopped)
        // (NIO's async `runIfActive` says so with a CancellationError.)
        await #expect(throws: CancellationError.self) {
            _ = try await refusing.authenticate(username: "yenhoa", password: PortalHarness.password)
        }
        await #expect(throws: CancellationError.self) {
            _ = try await refusing.authenticate(username: "nobody", password: PortalHarness.password)
        }
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let store = AccountStore(database: h.portal.database, bcryptCost: 4, threadPool: pool)
        #expect(try await store.authenticate(username: "yenhoa", password: PortalHarness.password)?.username == "yenhoa")
        #expect(try await store.authenticate(username: "yenhoa", password: "wrong-password") == nil)
        try await pool.shutdownGracefully()
    }

    @Test func refusals() throws {
        let h = try PortalHarness()
        #expect(throws: AccountStore.Failure.self) {
            try h.portal.accounts.add(username: "yenhoa", password: "long-enough-1", role: .ward, wardCode: "00172")
        }
        #expect(throws: AccountStore.Failure.self) {
            try h.portal.accounts.add(username: "short", password: "short", role: .district, wardCode: nil)
        }
        #expect(throws: AccountStore.Failure.self) {
            try h.portal.accounts.add(username: "noward", password: "long-enough-1", role: .ward, wardCode: nil)
        }
        #expect(throws: AccountStore.Failure.self) {
            try h.portal.accounts.add(username: "bad name", password: "long-enough-1", role: .district, wardCode: nil)
        }
        #expect(throws: AccountStore.Failure.self) {
            try h.portal.accounts.setPassword(username: "nobody", password: "long-enough-1")
        }
    }

    @Test func databaseIsWALWithForeignKeysAndMigrated() async throws {
        let h = try PortalHarness()
        let (mode, fk, tables) = try await h.portal.database.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        }
        #expect(mode == "wal")
        #expect(fk == 1)
        for t in ["users", "sessions", "schemaVersions", "returns", "reviews", "audit"] { #expect(tables.contains(t)) }
        // Reopening the same folder keeps everything.
        let again = try Portal(configuration: PortalConfiguration(dataDirectory: h.directory, bcryptCost: 4))
        #expect(try again.accounts.list().count == 4)
        #expect(try again.activeSchemaVersion()?.schemaId == "caugiay-2018")
    }

    @Test func schemaVersionsAreKeptAndTheSameCriteriaDoNotMakeANewOne() throws {
        let h = try PortalHarness()
        let first = try #require(try h.portal.activeSchemaVersion())
        let same = try h.portal.useSchema(path: PortalHarness.fixture("Templates/schema-2018.xlsx"))
        #expect(same.id == first.id)
        // The same criteria saved by LibreOffice as ODS: the version already known.
        let ods = try h.portal.useSchema(path: PortalHarness.fixture("Templates/schema-2018.ods"))
        #expect(ods.id == first.id)
        let v2 = try h.portal.useSchema(path: PortalHarness.fixture("Fixtures/schema-versions/schema-2018-v2.ods"))
        #expect(v2.id != first.id && v2.version == "2018.2")
        #expect(try h.portal.activeSchemaVersion()?.id == v2.id)
        #expect(try h.portal.useSchema(path: PortalHarness.fixture("Templates/schema-2018.ods")).id == first.id)
        #expect(try h.portal.activeSchemaVersion()?.id == first.id)
    }

    @Test func aBrokenSchemaIsRefusedWithLocatedFindings() throws {
        let h = try PortalHarness()
        do {
            try h.portal.useSchema(path: PortalHarness.fixture(PortalHarness.yenHoaClean))
            Issue.record("a return is not a schema")
        } catch let e as ThiduaKit.SchemaError {
            #expect(!e.findings.isEmpty)
        }
    }
}

@Suite("Backup")
struct BackupTests {
    @Test func backupIsAConsistentCopyThatOpensAsThePortal() async throws {
        let h = try PortalHarness()
        try await h.test { client in
            let api = APIClient(client: client)
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: try await api.token("yenhoa"))
            let copyDir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-restore-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: copyDir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: copyDir) }
            try h.portal.database.backup(to: copyDir + "/thidua.sqlite")
            try FileManager.default.copyItem(atPath: h.directory + "/files", toPath: copyDir + "/files")
            let restored = try Portal(configuration: PortalConfiguration(dataDirectory: copyDir, bcryptCost: 4))
            let returns = try await restored.database.pool.read { db in try StoredReturn.fetchAll(db, sql: "SELECT * FROM returns") }
            #expect(returns.count == 1)
            #expect(returns.first?.fileName == "yh.xlsx")
            #expect(try restored.files.get(returns[0].sha256) == (try PortalHarness.bytes(PortalHarness.yenHoaClean)))
            #expect(try restored.accounts.list().count == 4)
        }
    }
}
