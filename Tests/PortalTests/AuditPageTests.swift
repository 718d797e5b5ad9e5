import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ThiduaPortal

@Suite("Audit page")
struct AuditPageTests {
    /// The actions the audit page lists, in its rows' `data-action`.
    static func actions(_ page: String) -> [String] {
        page.components(separatedBy: "<tr data-action=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The ward column of each row.
    static func wards(_ page: String) -> [String] {
        page.components(separatedBy: "<tr data-action=\"").dropFirst().map { row in
            let cells = row.components(separatedBy: "<td>")
            return cells.count > 4 ? String(cells[4].prefix { $0 != "<" }) : ""
        }
    }

    @Test func listsEveryKindOfStepAndFiltersByWard() async throws {
        try await PortalHarness().test { client in
            // Sign-ins and uploads by two wards.
            var yenHoa = Browser(client), dichVong = Browser(client)
            let yhCsrf = try await yenHoa.signIn("yenhoa"), dvCsrf = try await dichVong.signIn("dichvong")
            let good = try #require(try await yenHoa.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx",
                                                             csrf: yhCsrf).headers[.location])
            let bad = try #require(try await dichVong.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError),
                                                              name: "dv.xlsx", csrf: dvCsrf).headers[.location])
            // The district approves one, sends the other back, loads and activates a schema version,
            // adds, disables and resets accounts.
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            #expect(try await quan.post(good + "/approve", form: ["_csrf": csrf]).status == .seeOther)
            #expect(try await quan.post(bad + "/send-back", form: ["_csrf": csrf, "comment": "Sửa AN05"]).status == .seeOther)
            #expect(try await SchemaVersionTests.load(&quan, SchemaVersionTests.v2ODS, csrf: csrf).status == .ok)
            #expect(try await SchemaVersionTests.load(&quan, SchemaVersionTests.broken, csrf: csrf).status == .unprocessableContent)
            #expect(try await quan.post("/schemas/2/activate", form: ["_csrf": csrf]).status == .seeOther)
            #expect(try await quan.post("/users", form: ["_csrf": csrf, "username": "yenhoa2", "role": "ward", "ward": "00172"]).status == .ok)
            #expect(try await quan.post("/users/yenhoa2/disable", form: ["_csrf": csrf]).status == .ok)
            #expect(try await quan.post("/users/dichvong/password", form: ["_csrf": csrf]).status == .ok)

            let page = String(buffer: try await quan.get("/audit").body)
            let listed = Set(Self.actions(page))
            for action in ["sign-in", "upload", "return.approved", "return.sent-back", "schema.imported", "schema.refused",
                           "schema.activated", "user.added", "user.disabled", "user.password"] {
                #expect(listed.contains(action), "\(action)")
            }
            #expect(page.contains("Duyệt báo cáo") && page.contains("Trả lại báo cáo") && page.contains("Sửa AN05"))
            #expect(page.contains("<td>dòng lệnh</td>"))  // the harness's accounts, made as `thidua users add` makes them
            let english = String(buffer: try await quan.get("/audit?lang=en").body)
            #expect(english.contains("Return approved") && english.contains("Account disabled"))

            // Filtered by Yên Hòa: its officer's sign-in and upload, its approval and its new account; nothing else.
            let filtered = String(buffer: try await quan.get("/audit?ward=00172").body)
            let mine = Set(Self.actions(filtered))
            for action in ["sign-in", "upload", "return.approved", "user.added", "user.disabled"] {
                #expect(mine.contains(action), "\(action)")
            }
            #expect(!mine.contains("return.sent-back") && !mine.contains("schema.imported") && !mine.contains("user.password"))
            #expect(Set(Self.wards(filtered)) == ["00172"])
            // The leader reads it; a ward does not.
            var leader = Browser(client)
            _ = try await leader.signIn("lanhdao")
            #expect(try await leader.get("/audit").status == .ok)
            #expect(try await yenHoa.get("/audit").status == .forbidden)
        }
    }
}
