import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Spreadsheet
import Testing
import ThiduaKit
@testable import ThiduaPortal

/// Verified points entered by the district on a return: stored with who and when, audited,
/// shown beside the self-assessed points, scored on the dashboard and in consolidations.
@Suite("Verified points in the portal")
struct VerifiedPointsRouteTests {
    /// Yên Hòa's own KT08 points, as ThiduaKit scores its return.
    static func ownKT08(_ portal: Portal) throws -> Double {
        let r = ReturnValidator(schema: try portal.activeSchema()).validate(bytes: try PortalHarness.bytes(PortalHarness.yenHoaClean),
                                                                            fileName: "yh.xlsx")
        return try #require(r.entry("KT08")?.points)
    }

    static func points(_ status: [String: Any], _ ward: String) -> Double? {
        (status["wards"] as? [[String: Any]])?.first { $0["code"] as? String == ward }?["points"] as? Double
    }

    @Test func theAPISetsClearsAndRefuses() async throws {
        let harness = try PortalHarness()
        let own = try Self.ownKT08(harness.portal)
        try await harness.test { client in
            let api = APIClient(client: client)
            let yh = try await api.token("yenhoa"), dv = try await api.token("dichvong")
            let quan = try await api.token("quan"), leader = try await api.token("lanhdao")
            let id = try #require(try APIClient.json(try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean),
                                                                           name: "yh.xlsx", token: yh))["id"] as? Int)
            let uri = "/api/returns/\(id)/verified-points"
            let before = try #require(Self.points(try APIClient.json(try await api.get("/api/status", token: quan)), "00172"))
            #expect(try await ConsolidationTests.post(client, uri, token: yh, json: ["points": ["KT08": 1]]).status == .forbidden)
            #expect(try await ConsolidationTests.post(client, uri, token: leader, json: ["points": ["KT08": 1]]).status == .forbidden)
            #expect(try await ConsolidationTests.post(client, uri, token: nil, json: ["points": ["KT08": 1]]).status == .unauthorized)
            #expect(try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["XX99": 1]]).status == .badRequest)
            #expect(try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["KT08": 4.5]]).status == .badRequest)
            #expect(try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["KT08": -1]]).status == .badRequest)
            #expect(try await ConsolidationTests.post(client, uri, token: quan, json: ["nothing": 1]).status == .badRequest)
            #expect(try await ConsolidationTests.post(client, "/api/returns/999/verified-points", token: quan,
                                                      json: ["points": ["KT08": 1]]).status == .notFound)
            let set = try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["KT08": 1.5]])
            #expect(set.status == .ok)
            #expect((try APIClient.json(set)["points"] as? [String: Double]) == ["KT08": 1.5])
            // The ward reads its own; another ward cannot even see the return.
            #expect((try APIClient.json(try await api.get(uri, token: yh))["points"] as? [String: Double]) == ["KT08": 1.5])
            #expect(try await api.get(uri, token: dv).status == .notFound)
            // The dashboard scores the verified points.
            let after = try #require(Self.points(try APIClient.json(try await api.get("/api/status", token: leader)), "00172"))
            #expect(abs(after - (before - own + 1.5)) < 1e-9)
            // null clears; an approved return is locked until reopened.
            let cleared = try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["KT08": NSNull()]])
            #expect((try APIClient.json(cleared)["points"] as? [String: Double]) == [:])
            #expect(try await ConsolidationTests.post(client, "/api/returns/\(id)/approve", token: quan).status == .ok)
            #expect(try await ConsolidationTests.post(client, uri, token: quan, json: ["points": ["KT08": 2]]).status == .conflict)
            let audit = try await harness.portal.database.pool.read { db in try AuditLog.entries(db, wardCode: "00172") }
            #expect(audit.filter { $0.action == "return.points-verified" }.map(\.detail)
                    == ["yh.xlsx: KT08: 1.5 → –", "yh.xlsx: KT08: – → 1.5"])
        }
    }

    @Test func theReviewPageTakesThemAndTheWardSeesThemBesideItsOwn() async throws {
        let harness = try PortalHarness()
        let own = try Self.ownKT08(harness.portal)
        try await harness.test { client in
            var ward = Browser(client)
            let wardCsrf = try await ward.signIn("yenhoa")
            let sent = try await ward.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", csrf: wardCsrf)
            let location = try #require(sent.headers[.location])
            #expect(!String(buffer: try await ward.get(location).body).contains("id=\"verified\""))  // nothing verified yet
            var district = Browser(client)
            let csrf = try await district.signIn("quan")
            let page = String(buffer: try await district.get(location).body)
            #expect(page.contains("id=\"verified-KT08\"") && page.contains("id=\"save-verified\""))
            #expect(!page.contains("id=\"verified-KT01\""))  // worth no points: nothing to verify
            #expect(try await district.post(location + "/verified-points", form: ["p_KT08": "1,5"]).status == .forbidden)
            #expect(try await ward.post(location + "/verified-points", form: ["p_KT08": "1,5", "_csrf": wardCsrf]).status == .forbidden)
            #expect(try await district.post(location + "/verified-points", form: ["p_KT08": "nhiều", "_csrf": csrf]).status == .badRequest)
            let saved = try await district.post(location + "/verified-points", form: ["p_KT08": "1,5", "p_KT01": "", "_csrf": csrf])
            #expect(saved.status == .seeOther)
            let reviewed = String(buffer: try await district.get(location).body)
            #expect(reviewed.contains("value=\"1,5\""))
            let wardPage = String(buffer: try await ward.get(location).body)
            #expect(wardPage.contains("id=\"verified\"") && !wardPage.contains("id=\"verified-KT08\""))
            #expect(wardPage.contains("<td>KT08</td>") && wardPage.contains(Display.number(own, .vi)) && wardPage.contains(">1,5<"))
            #expect(wardPage.contains("quan, 05/12/2018 09:00"))
            let own = try #require(Self.total(wardPage, "own-total")), verified = try #require(Self.total(wardPage, "verified-total"))
            #expect(own != verified)
        }
    }

    @Test func consolidationScoresThemAndShowsThemBesideTheReturns() async throws {
        let harness = try ConsolidationTests.harness()
        try await harness.test { client in
            let api = APIClient(client: client)
            let quan = try await api.token("quan")
            let id = try #require(try APIClient.json(try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean),
                                                                           name: "yh.xlsx", token: try await api.token("yenhoa")))["id"] as? Int)
            _ = try await ConsolidationTests.post(client, "/api/returns/\(id)/verified-points", token: quan, json: ["points": ["KT08": 1.5]])
            let made = try APIClient.json(try await ConsolidationTests.post(client, "/api/consolidations", token: quan))
            #expect((made["verified"] as? [String: [String: Double]]) == ["00172": ["KT08": 1.5]])
            let url = try #require((made["files"] as? [[String: Any]])?.first?["url"] as? String)
            let bytes = Array(Data(buffer: try await api.get(url, token: quan).body))
            let book = try WorkbookReader(bytes: bytes, fileName: "consolidated-2018.xlsx")
            let index = try #require(book.sheets.firstIndex { $0.name == "Điểm thẩm định" })
            let row = try #require(try book.loadSheet(index).rows.first { $0[column: 2]?.value == .text("00172") })
            #expect(row[column: 7]?.value == .number(1.5))
            var district = try await Browser.signedIn(client, "quan")
            let page = String(buffer: try await district.get("/consolidations/\(made["id"] as? Int ?? 0)").body)
            #expect(page.contains("id=\"verified\"") && page.contains("Yên Hòa (00172)") && page.contains(">1,5<") && page.contains("id=\"verified-csv\""))
        }
    }

    /// The text of the cell with `id` on a page.
    static func total(_ page: String, _ id: String) -> String? {
        guard let r = page.range(of: "id=\"\(id)\">") else { return nil }
        return String(page[r.upperBound...].prefix { $0 != "<" })
    }
}

extension Browser {
    /// A browser signed in as `username`.
    static func signedIn(_ client: any TestClientProtocol, _ username: String) async throws -> Browser {
        var b = Browser(client)
        _ = try await b.signIn(username)
        return b
    }
}
