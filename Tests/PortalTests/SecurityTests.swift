import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ThiduaPortal

@Suite("Portal security")
struct SecurityTests {
    @Test func securityHeadersOnEveryResponse() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let responses = [try await b.get("/login"), try await b.get("/no-such"), try await b.get("/"),
                             try await APIClient(client: client).get("/api/returns", token: nil),
                             try await b.get("/static/portal.css")]
            for r in responses {
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("default-src 'none'"))
                #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(r.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }
    }

    @Test func wardCannotReadDownloadOrListAnotherWardsReturns() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let dv = try await api.token("dichvong")
            let sent = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: dv)
            let id = try #require(try APIClient.json(sent)["id"] as? Int)
            let yh = try await api.token("yenhoa")
            for uri in ["/api/returns/\(id)", "/api/returns/\(id)/file", "/api/returns/\(id + 1)", "/api/returns/abc"] {
                #expect(try await api.get(uri, token: yh).status == .notFound, "\(uri)")
            }
            #expect((try APIClient.json(try await api.get("/api/returns", token: yh))["returns"] as? [Any])?.isEmpty == true)
            var b = Browser(client)
            _ = try await b.signIn("yenhoa")
            #expect(try await b.get("/returns/\(id)").status == .notFound)
            #expect(try await b.get("/returns/\(id)/file").status == .notFound)
            #expect(!String(buffer: try await b.get("/").body).contains("dv.xlsx"))
            // The district and the leader see it.
            for who in ["quan", "lanhdao"] {
                let t = try await api.token(who)
                #expect(try await api.get("/api/returns/\(id)", token: t).status == .ok)
            }
        }
    }

    @Test func formPostsWithoutTheSessionsTokenAre403() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            _ = try await b.signIn("yenhoa")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            #expect(try await b.upload(bytes, name: "r.xlsx", csrf: nil).status == .forbidden)
            #expect(try await b.upload(bytes, name: "r.xlsx", csrf: "guessed").status == .forbidden)
            // Another session's token is no good either.
            var other = Browser(client)
            let othersToken = try await other.signIn("dichvong")
            #expect(try await b.upload(bytes, name: "r.xlsx", csrf: othersToken).status == .forbidden)
            #expect(try await b.post("/logout", form: ["_csrf": othersToken]).status == .forbidden)
        }
    }

    @Test func loginIsThrottledPerAccountEvenWithTheRightPassword() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            for _ in 0..<5 {
                #expect(try await api.login("yenhoa", password: "wrong-password").0 == .unauthorized)
            }
            #expect(try await api.login("yenhoa").0 == .tooManyRequests)
            // The page refuses as well.
            var b = Browser(client)
            let login = try await b.get("/login")
            let token = try #require(Browser.csrf(in: String(buffer: login.body)))
            let r = try await b.post("/login", form: ["username": "yenhoa", "password": PortalHarness.password, "_csrf": token])
            #expect(r.status == .tooManyRequests)
            // Another account is not affected.
            #expect(try await api.login("dichvong").0 == .ok)
        }
    }

    @Test func loginIsThrottledPerAddress() async throws {
        let throttle = LoginThrottle(window: 60, perAccount: 5, perAddress: 20)
        let now = Date()
        for i in 0..<20 { throttle.recordFailure(username: "user\(i)", address: "10.0.0.9", now: now) }
        #expect(!throttle.allows(username: "fresh", address: "10.0.0.9", now: now))
        #expect(throttle.allows(username: "fresh", address: "10.0.0.10", now: now))
        // The window passes.
        #expect(throttle.allows(username: "fresh", address: "10.0.0.9", now: now.addingTimeInterval(61)))
    }

    /// Behind a reverse proxy every peer is the proxy: its forwarded address is believed, and
    /// only its last entry (the one the proxy appended; earlier ones come from the client).
    @Test func forwardedAddressIsBelievedFromTheTrustedProxyOnly() async throws {
        let harness = try PortalHarness { $0.trustedProxies = ["127.0.0.1", "::1"] }
        try await harness.test(live: true) { client in
            let api = APIClient(client: client)
            for i in 0..<20 {
                let r = try await api.login("nobody\(i)", password: "wrong-password", forwardedFor: "10.9.9.\(i), 203.0.113.5")
                #expect(r.0 == .unauthorized)
            }
            // That client is throttled, with a forged first entry or none...
            #expect(try await api.login("yenhoa", forwardedFor: "203.0.113.5").0 == .tooManyRequests)
            #expect(try await api.login("yenhoa", forwardedFor: "198.51.100.7, 203.0.113.5").0 == .tooManyRequests)
            // ...another ward's office behind the same proxy is not.
            #expect(try await api.login("yenhoa", forwardedFor: "203.0.113.6").0 == .ok)
            let entries = try await harness.portal.database.pool.read { db in try AuditLog.entries(db) }
            #expect(entries.first { $0.action == "sign-in" }?.address == "203.0.113.6")
            #expect(entries.filter { $0.action == "sign-in.failed" }.allSatisfy { $0.address == "203.0.113.5" })
        }
    }

    @Test func forwardedAddressIsIgnoredFromAnyOtherPeer() async throws {
        let harness = try PortalHarness()
        try await harness.test(live: true) { client in
            let api = APIClient(client: client)
            for i in 0..<20 {
                #expect(try await api.login("nobody\(i)", password: "wrong-password", forwardedFor: "203.0.113.\(i)").0 == .unauthorized)
            }
            // A client cannot escape the per-address limit by naming another address.
            #expect(try await api.login("yenhoa", forwardedFor: "198.51.100.7").0 == .tooManyRequests)
            let entries = try await harness.portal.database.pool.read { db in try AuditLog.entries(db) }
            let signIns = entries.filter { $0.action.hasPrefix("sign-in") }
            #expect(signIns.count == 21)
            #expect(signIns.allSatisfy { $0.address == "127.0.0.1" || $0.address == "::1" })
        }
    }

    @Test func forwardedAddressMustBeAnAddress() {
        let proxies: Set<String> = ["10.0.0.1"]
        #expect(ClientAddress.of(peer: "10.0.0.1", forwardedFor: ["1.2.3.4, 2001:db8::7"], trustedProxies: proxies) == "2001:db8::7")
        #expect(ClientAddress.of(peer: "10.0.0.1", forwardedFor: ["1.2.3.4", "5.6.7.8"], trustedProxies: proxies) == "5.6.7.8")
        #expect(ClientAddress.of(peer: "10.0.0.1", forwardedFor: ["<script>"], trustedProxies: proxies) == "10.0.0.1")
        #expect(ClientAddress.of(peer: "10.0.0.1", forwardedFor: [], trustedProxies: proxies) == "10.0.0.1")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: ["1.2.3.4"], trustedProxies: proxies) == "10.0.0.2")
    }

    /// Officers type their password into the username field by mistake: a failed sign-in logs
    /// the username only when it names an account.
    @Test func failedSignInsLogNoTypedTextThatIsNoAccount() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            #expect(try await api.login("Typed-Secret-2018", password: "").0 == .unauthorized)
            var b = Browser(client)
            let login = try await b.get("/login")
            let token = try #require(Browser.csrf(in: String(buffer: login.body)))
            let page = try await b.post("/login", form: ["username": "Page-Secret-2018", "password": "x", "_csrf": token])
            #expect(page.status == .unauthorized)
            #expect(try await api.login("yenhoa", password: "wrong-password").0 == .unauthorized)
            let entries = try await harness.portal.database.pool.read { db in try AuditLog.entries(db) }
            let failed = entries.filter { $0.action == "sign-in.failed" }
            #expect(failed.count == 3)
            let all = entries.map { "\($0.username ?? "") \($0.detail)" }.joined(separator: "\n")
            #expect(!all.contains("Typed-Secret-2018"))
            #expect(!all.contains("Page-Secret-2018"))
            #expect(failed.filter { $0.username == nil }.allSatisfy { $0.detail.contains("no such account") })
            #expect(failed.contains { $0.username == "yenhoa" })
        }
    }

    @Test func cellTextAndFileNamesAreEscaped() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            let csv = Array("Phường,<script>alert(1)</script>\nNăm,2018\n".utf8)
            let sent = try await b.upload(csv, name: "<img src=x onerror=alert(2)>.csv", csrf: csrf)
            let page = String(buffer: try await b.get(try #require(sent.headers[.location])).body)
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;.csv"))
            #expect(!page.contains("<img"))
            let home = String(buffer: try await b.get("/").body)
            #expect(!home.contains("<img"))
        }
    }

    @Test func hostileFilesGetA4xxAndTheServerStaysUp() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let folder = PortalHarness.fixture("Fixtures/hostile")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasSuffix(".json") }.sorted()
            #expect(names.count >= 25)
            for name in names {
                let r = try await api.upload(try PortalHarness.bytes("Fixtures/hostile/" + name), name: name, token: token)
                if name == "deep-nesting.xlsx" {
                    // Its 100,000 nested elements follow the cells, which are all a return's check
                    // reads (`ReadOptions.cellsOnly`): a return of one cell, rejected by its findings.
                    #expect(r.status == .created, "\(name): \(r.status)")
                    #expect(String(buffer: r.body).contains("\"rejected\""), "\(name)")
                } else {
                    #expect(r.status.code >= 400 && r.status.code < 500, "\(name): \(r.status)")
                }
            }
            #expect(try await api.get("/api/returns", token: token).status == .ok)
        }
    }

    @Test func auditLogHasSignInsAndUploadsAndNoSecret() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            _ = try await api.login("yenhoa", password: "a-wrong-secret")
            let token = try await api.token("yenhoa")
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: token)
            let entries = try await harness.portal.database.pool.read { db in try AuditLog.entries(db) }
            let actions = entries.map(\.action)
            #expect(actions.contains("sign-in"))
            #expect(actions.contains("sign-in.failed"))
            #expect(actions.contains("upload"))
            let upload = try #require(entries.first { $0.action == "upload" })
            #expect(upload.username == "yenhoa")
            #expect(upload.wardCode == "00172")
            #expect(upload.detail.contains("sha256"))
            let all = entries.map { "\($0.detail) \($0.username ?? "")" }.joined()
            #expect(!all.contains("a-wrong-secret"))
            #expect(!all.contains(PortalHarness.password))
            #expect(!all.contains(token))
            // Sessions keep only the token's hash.
            let stored = try await harness.portal.database.pool.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM sessions") }
            #expect(!stored.contains(token))
        }
    }

    @Test func disabledAccountLosesItsSessionsAndCannotSignIn() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            try harness.portal.accounts.setDisabled(username: "yenhoa", true)
            #expect(try await api.get("/api/returns", token: token).status == .unauthorized)
            #expect(try await api.login("yenhoa").0 == .unauthorized)
            try harness.portal.accounts.setDisabled(username: "yenhoa", false)
            #expect(try await api.login("yenhoa").0 == .ok)
        }
    }

    @Test func everyUploadIsKeptAndNothingOverwritten() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            _ = try await api.upload(bytes, name: "same-name.xlsx", token: token)
            _ = try await api.upload(bytes, name: "same-name.xlsx", token: token)
            _ = try await api.upload(try PortalHarness.bytes("Fixtures/hostile/empty.xlsx"), name: "same-name.xlsx", token: token)
            let list = try #require(try APIClient.json(try await api.get("/api/returns", token: token))["returns"] as? [[String: Any]])
            #expect(list.count == 3)
            let sha = FileStore.sha256(bytes)
            let path = harness.directory + "/files/\(sha.prefix(2))/\(sha)"
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
        }
    }
}
