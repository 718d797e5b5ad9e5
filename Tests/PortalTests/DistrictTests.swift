import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ThiduaPortal

@Suite("District desk")
struct DistrictTests {
    func post(_ client: any TestClientProtocol, _ uri: String, token: String, json: [String: Any]? = nil) async throws -> TestResponse {
        let body = try json.map { ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: $0)) }
        return try await client.execute(uri: uri, method: .post,
                                         headers: [.authorization: "Bearer \(token)", .contentType: "application/json"], body: body) { $0 }
    }

    @Test func statusListsEveryWardWithPointsGradeAndRank() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let yh = try await api.token("yenhoa"), dv = try await api.token("dichvong")
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: yh)
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: dv)
            #expect(try await api.get("/api/status", token: yh).status == .forbidden)
            #expect(try await api.get("/api/status", token: nil).status == .unauthorized)
            for who in ["quan", "lanhdao"] {
                let json = try APIClient.json(try await api.get("/api/status", token: try await api.token(who)))
                #expect(json["year"] as? Int == 2018)
                #expect(json["deadline"] as? String == "2018-12-15")
                let wards = try #require(json["wards"] as? [[String: Any]])
                #expect(wards.count == 8)
                let yenHoa = try #require(wards.first { $0["code"] as? String == "00172" })
                #expect(yenHoa["submitted"] as? Bool == true)
                #expect(yenHoa["valid"] as? Bool == true)
                #expect(yenHoa["late"] as? Bool == false)
                #expect(abs((yenHoa["points"] as? Double ?? 0) - 92.273556) < 0.001)  // expected.json's total
                #expect(yenHoa["rank"] as? Int == 1)
                #expect(yenHoa["grade"] is String)
                let dichVong = try #require(wards.first { $0["code"] as? String == "00166" })
                #expect(dichVong["submitted"] as? Bool == true)
                #expect(dichVong["valid"] as? Bool == false)
                #expect(dichVong["rank"] is NSNull)
                let nghiaDo = try #require(wards.first { $0["code"] as? String == "00157" })
                #expect(nghiaDo["submitted"] as? Bool == false)
            }
        }
    }

    @Test func approvalLocksAndOnlyTheDistrictReviews() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let yh = try await api.token("yenhoa"), dv = try await api.token("dichvong")
            let quan = try await api.token("quan"), leader = try await api.token("lanhdao")
            let good = try #require(try APIClient.json(try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean),
                                                                             name: "yh.xlsx", token: yh))["id"] as? Int)
            let bad = try #require(try APIClient.json(try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError),
                                                                            name: "dv.xlsx", token: dv))["id"] as? Int)
            #expect(try await post(client, "/api/returns/\(good)/approve", token: yh).status == .forbidden)
            #expect(try await post(client, "/api/returns/\(good)/approve", token: leader).status == .forbidden)
            #expect(try await post(client, "/api/returns/\(bad)/approve", token: quan).status == .conflict)
            let approved = try await post(client, "/api/returns/\(good)/approve", token: quan)
            #expect(approved.status == .ok)
            // Locked: the ward cannot replace it until the district reopens it.
            let again = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh2.xlsx", token: yh)
            #expect(again.status == .conflict)
            let status = try APIClient.json(try await api.get("/api/status", token: quan))
            let row = try #require((status["wards"] as? [[String: Any]])?.first { $0["code"] as? String == "00172" })
            #expect(row["approved"] as? Bool == true)
            #expect(try await post(client, "/api/returns/\(good)/reopen", token: quan).status == .ok)
            #expect(try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh3.xlsx", token: yh).status == .created)
            // Sending back needs a comment.
            #expect(try await post(client, "/api/returns/\(bad)/send-back", token: quan, json: [:]).status == .badRequest)
            let back = try await post(client, "/api/returns/\(bad)/send-back", token: quan, json: ["comment": "Sửa AN05"])
            #expect(back.status == .ok)
            #expect(try await post(client, "/api/returns/\(bad)/send-back", token: leader, json: ["comment": "x"]).status == .forbidden)
        }
    }

    @Test func sentBackCommentShowsOnTheWardsPageAndReviewsNeedTheToken() async throws {
        try await PortalHarness().test { client in
            var ward = Browser(client)
            let wardCsrf = try await ward.signIn("dichvong")
            let sent = try await ward.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", csrf: wardCsrf)
            let location = try #require(sent.headers[.location])
            var district = Browser(client)
            let csrf = try await district.signIn("quan")
            let page = String(buffer: try await district.get(location).body)
            #expect(page.contains("id=\"send-back\""))
            #expect(!page.contains("id=\"approve\""))  // a return with errors cannot be approved
            #expect(try await district.post(location + "/send-back", form: ["comment": "x"]).status == .forbidden)
            #expect(try await ward.post(location + "/send-back", form: ["comment": "x", "_csrf": wardCsrf]).status == .forbidden)
            let r = try await district.post(location + "/send-back", form: ["comment": "AN05 <sai>: kiểm tra lại số vụ", "_csrf": csrf])
            #expect(r.status == .seeOther)
            let wardPage = String(buffer: try await ward.get(location).body)
            #expect(wardPage.contains("AN05 &lt;sai&gt;: kiểm tra lại số vụ"))
            #expect(wardPage.contains("Quận trả lại để sửa"))
            #expect(!wardPage.contains("id=\"send-back\""))
        }
    }

    @Test func dashboardHasCountsChartAndRefreshableRows() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: try await api.token("yenhoa"))
            var b = Browser(client)
            _ = try await b.signIn("quan")
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("id=\"counts\""))
            #expect(home.contains("1/8"))
            #expect(home.contains("src=\"/dashboard/chart.svg\""))
            let svg = try await b.get("/dashboard/chart.svg")
            #expect(svg.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(String(buffer: svg.body).contains("1. Yên Hòa"))
            let rows = String(buffer: try await b.get("/dashboard/rows").body)
            #expect(rows.contains("Yên Hòa (00172)"))
            #expect(rows.contains("92,27"))
            var ward = Browser(client)
            _ = try await ward.signIn("yenhoa")
            #expect(try await ward.get("/dashboard/rows").status == .forbidden)
            #expect(try await ward.get("/dashboard/chart.svg").status == .forbidden)
        }
    }

    @Test func auditPageFiltersByWardAndIsNotForWards() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: try await api.token("yenhoa"))
            _ = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: try await api.token("dichvong"))
            var b = Browser(client)
            _ = try await b.signIn("quan")
            let all = String(buffer: try await b.get("/audit").body)
            #expect(all.contains("yh.xlsx") && all.contains("dv.xlsx"))
            let one = String(buffer: try await b.get("/audit?ward=00172").body)
            #expect(one.contains("yh.xlsx") && !one.contains("dv.xlsx"))
            var ward = Browser(client)
            _ = try await ward.signIn("yenhoa")
            #expect(try await ward.get("/audit").status == .forbidden)
        }
    }
}
