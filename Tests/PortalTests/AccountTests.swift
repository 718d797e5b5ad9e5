import Foundation
import GRDB
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

    @Test func schemaVersionsAreKeptAndTheSameBytesDoNotMakeANewOne() throws {
        let h = try PortalHarness()
        let first = try #require(try h.portal.activeSchemaVersion())
        let same = try h.portal.useSchema(path: PortalHarness.fixture("Templates/schema-2018.xlsx"))
        #expect(same.id == first.id)
        let ods = try h.portal.useSchema(path: PortalHarness.fixture("Templates/schema-2018.ods"))
        #expect(ods.id != first.id)
        #expect(try h.portal.activeSchemaVersion()?.id == ods.id)
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
