import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ThiduaPortal

/// The district's accounts page: the same `AccountStore` as `thidua users`, behind the
/// session's anti-forgery token; ward and leader accounts are refused.
@Suite("Accounts page")
struct UserPageTests {
    /// The password the page shows once, after it made one.
    static func shownPassword(_ page: String) -> String? {
        guard let r = page.range(of: "id=\"password-shown\">") else { return nil }
        return String(page[r.upperBound...].prefix { $0 != "<" })
    }

    static func audit(_ portal: Portal) throws -> [AuditEntry] {
        try portal.database.pool.read { db in try AuditLog.entries(db) }
    }

    @Test func districtAddsAccountsThatCanSignIn() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            let page = String(buffer: try await quan.get("/users").body)
            #expect(page.contains("id=\"user-yenhoa\"") && page.contains("Yên Hòa (00172)"))

            // A ward account with a made password, shown once.
            let added = try await quan.post("/users", form: ["_csrf": csrf, "username": "nghia-do", "role": "ward", "ward": "00157"])
            #expect(added.status == .ok)
            let password = try #require(Self.shownPassword(String(buffer: added.body)))
            #expect(password.count == 12)
            let user = try #require(try portal.accounts.user(named: "nghia-do"))
            #expect(user.role == .ward && user.wardCode == "00157" && !user.disabled)
            let api = APIClient(client: client)
            #expect(try await api.login("nghia-do", password: password).0 == .ok)
            // District and leader accounts with a typed password; the ward chosen is ignored for them.
            for (name, role) in [("quan2", "district"), ("lanhdao2", "leader")] {
                let r = try await quan.post("/users", form: ["_csrf": csrf, "username": name, "role": role, "ward": "00157",
                                                             "password": "mat-khau-rat-dai"])
                #expect(r.status == .ok)
                #expect(Self.shownPassword(String(buffer: r.body)) == nil)
                #expect(try portal.accounts.user(named: name)?.role.rawValue == role)
                #expect(try portal.accounts.user(named: name)?.wardCode == nil)
                #expect(try await api.login(name, password: "mat-khau-rat-dai").0 == .ok)
            }
            // Refusals say why, on the page, and add nothing.
            let count = try portal.accounts.list().count
            let taken = try await quan.post("/users", form: ["_csrf": csrf, "username": "yenhoa", "role": "ward", "ward": "00172"])
            #expect(taken.status == .conflict)
            #expect(String(buffer: taken.body).contains("Tên đăng nhập yenhoa đã có."))
            let noWard = try await quan.post("/users", form: ["_csrf": csrf, "username": "x1", "role": "ward", "ward": ""])
            #expect(noWard.status == .badRequest)
            let otherWard = try await quan.post("/users", form: ["_csrf": csrf, "username": "x2", "role": "ward", "ward": "99999"])
            #expect(otherWard.status == .badRequest)
            let short = try await quan.post("/users", form: ["_csrf": csrf, "username": "x3", "role": "leader", "password": "ngan"])
            #expect(short.status == .badRequest)
            #expect(String(buffer: short.body).contains("Mật khẩu cần ít nhất 8 ký tự."))
            let badName = try await quan.post("/users", form: ["_csrf": csrf, "username": "tên có dấu", "role": "leader"])
            #expect(badName.status == .badRequest)
            #expect(try portal.accounts.list().count == count)
            // Audited with who did it and from where.
            let entry = try #require(try Self.audit(portal).first { $0.action == "user.added" && $0.detail.hasPrefix("nghia-do") })
            #expect(entry.username == "quan" && entry.wardCode == "00157" && entry.address != nil)
        }
    }

    @Test func disableEndsSessionsAndResetMakesANewPassword() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            #expect(try await api.get("/api/returns", token: token).status == .ok)

            let disabled = try await quan.post("/users/yenhoa/disable", form: ["_csrf": csrf])
            #expect(disabled.status == .ok)
            #expect(String(buffer: disabled.body).contains("id=\"enable-yenhoa\""))
            #expect(try portal.accounts.user(named: "yenhoa")?.disabled == true)
            #expect(try await api.get("/api/returns", token: token).status == .unauthorized)
            #expect(try await api.login("yenhoa").0 == .unauthorized)
            #expect(try await quan.post("/users/yenhoa/enable", form: ["_csrf": csrf]).status == .ok)
            #expect(try await api.login("yenhoa").0 == .ok)

            let reset = try await quan.post("/users/yenhoa/password", form: ["_csrf": csrf])
            #expect(reset.status == .ok)
            let password = try #require(Self.shownPassword(String(buffer: reset.body)))
            #expect(try await api.login("yenhoa").0 == .unauthorized)
            #expect(try await api.login("yenhoa", password: password).0 == .ok)

            // Not one's own account, not an unknown one, never without the token.
            #expect(try await quan.post("/users/quan/disable", form: ["_csrf": csrf]).status == .conflict)
            #expect(try await quan.post("/users/khong-co/disable", form: ["_csrf": csrf]).status == .notFound)
            #expect(try await quan.post("/users/dichvong/disable", form: [:]).status == .forbidden)
            #expect(try portal.accounts.user(named: "dichvong")?.disabled == false)
            let actions = try Self.audit(portal).filter { $0.username == "quan" }.map(\.action)
            for a in ["user.disabled", "user.enabled", "user.password"] { #expect(actions.contains(a), "\(a)") }
        }
    }

    @Test func wardAndLeaderAccountsAreRefused() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            for who in ["yenhoa", "lanhdao"] {
                var b = Browser(client)
                let csrf = try await b.signIn(who)
                #expect(try await b.get("/users").status == .forbidden)
                #expect(try await b.post("/users", form: ["_csrf": csrf, "username": "moi", "role": "district",
                                                          "password": "mat-khau-rat-dai"]).status == .forbidden)
                #expect(try await b.post("/users/dichvong/disable", form: ["_csrf": csrf]).status == .forbidden)
                #expect(try await b.post("/users/dichvong/password", form: ["_csrf": csrf]).status == .forbidden)
            }
            #expect(try portal.accounts.user(named: "moi") == nil)
            #expect(try portal.accounts.user(named: "dichvong")?.disabled == false)
            var anonymous = Browser(client)
            #expect(try await anonymous.get("/users").status == .seeOther)
            #expect(try await anonymous.post("/users/dichvong/disable", form: [:]).status == .unauthorized)
        }
    }
}
