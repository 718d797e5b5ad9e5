import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Spreadsheet
import Testing
@testable import ThiduaPortal

@Suite("Ward officer's pages")
struct PageRouteTests {
    @Test func signInPageIsVietnameseByDefaultAndSwitchesToEnglish() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let vi = try await b.get("/login")
            #expect(vi.status == .ok)
            #expect(String(buffer: vi.body).contains("Đăng nhập"))
            #expect(String(buffer: vi.body).contains("lang=\"vi\""))
            let en = try await b.get("/login?lang=en")
            #expect(String(buffer: en.body).contains("Sign in"))
            #expect(b.cookies["lang"] == "en")
            // The choice sticks through the cookie.
            let again = try await b.get("/login")
            #expect(String(buffer: again.body).contains("Password"))
        }
    }

    @Test func pagesNeedSignIn() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            for uri in ["/", "/form.xlsx", "/form.ods", "/returns/1", "/returns/1/file"] {
                let r = try await b.get(uri)
                #expect(r.status == .seeOther, "\(uri)")
                #expect(r.headers[.location] == "/login", "\(uri)")
            }
            let post = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "x.xlsx", csrf: "x")
            #expect(post.status == .unauthorized)
        }
    }

    @Test func signInSetsAStrictHttpOnlyCookieAndHomeShowsTheWardsYear() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let login = try await b.get("/login")
            let token = try #require(Browser.csrf(in: String(buffer: login.body)))
            let r = try await b.post("/login", form: ["username": "yenhoa", "password": PortalHarness.password, "_csrf": token])
            #expect(r.status == .seeOther)
            let cookie = try #require(r.headers[values: .setCookie].first { $0.hasPrefix("thidua_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("Phường Yên Hòa"))
            #expect(home.contains("2018"))
            #expect(home.contains("15/12/2018"))
            #expect(home.contains("10 ngày"))  // 5 Dec → 15 Dec
            #expect(home.contains("Chưa gửi"))
            #expect(home.contains("href=\"/form.xlsx\""))
            #expect(home.contains("href=\"/form.ods\""))
            #expect(home.contains("type=\"file\" name=\"file\""))
            #expect(home.contains("id=\"drop\""))
        }
    }

    @Test func wrongPasswordAndMissingTokenAreRefused() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let login = try await b.get("/login")
            let token = try #require(Browser.csrf(in: String(buffer: login.body)))
            let wrong = try await b.post("/login", form: ["username": "yenhoa", "password": "not-the-password", "_csrf": token])
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Sai tên đăng nhập hoặc mật khẩu"))
            let noToken = try await b.post("/login", form: ["username": "yenhoa", "password": PortalHarness.password])
            #expect(noToken.status == .forbidden)
            #expect(b.cookies["thidua_session"] == nil)
        }
    }

    @Test func blankFormsAreTheWardsFormInBothFormats() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            _ = try await b.signIn("yenhoa")
            let xlsx = try await b.get("/form.xlsx")
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers[.contentDisposition]?.contains("bao-cao-2018-00172-yen-hoa.xlsx") == true)
            let book = try WorkbookReader(bytes: Array(buffer: xlsx.body), fileName: "form.xlsx")
            #expect(book.format == .xlsx)
            let cells = try book.loadSheet(0).rows.flatMap(\.cells).map(\.value.plainText)
            #expect(cells.contains { $0.contains("Yên Hòa") })
            let ods = try await b.get("/form.ods")
            #expect(try WorkbookReader(bytes: Array(buffer: ods.body), fileName: "form.ods").format == .ods)
            // A ward cannot take another ward's form.
            #expect(try await b.get("/form.xlsx?ward=00166").status == .notFound)
        }
    }

    @Test func districtChoosesTheWardOfAForm() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            _ = try await b.signIn("quan")
            #expect(try await b.get("/form.xlsx").status == .badRequest)
            let r = try await b.get("/form.ods?ward=00166")
            #expect(r.status == .ok)
            #expect(r.headers[.contentDisposition]?.contains("00166-dich-vong.ods") == true)
            #expect(try await b.get("/form.ods?ward=99999").status == .notFound)
        }
    }

    @Test func uploadWithAMistakeShowsTheMarkedCellItsMessageValuesAndPoints() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("dichvong")
            let sent = try await b.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "bao-cao-dich-vong.xlsx", csrf: csrf)
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers[.location])
            #expect(location.hasPrefix("/returns/"))
            let page = String(buffer: try await b.get(location).body)
            // Findings grouped by severity, with cell, criterion and message.
            #expect(page.contains("<h3 class=\"error\">Lỗi (1)</h3>"))
            #expect(page.contains("<h3 class=\"warning\">Cảnh báo (1)</h3>"))
            #expect(page.contains("&#39;Biểu mẫu&#39;!G36"))
            #expect(page.contains("AN05"))
            #expect(page.contains("[rule.failed]"))
            // The sheet, with G36 marked as an error and its message beside it.
            #expect(page.contains("class=\"flag error\" id=\"cell-G36\""))
            #expect(page.contains("class=\"flag warning\" id=\"cell-H36\""))
            #expect(page.contains("<b>G36</b>: Số vụ nghiêm trọng"))
            // The values as read, Vietnamese-style numbers, and the points.
            #expect(page.contains("đọc được"))
            #expect(page.contains(" ở G10"))
            #expect(page.contains("id=\"total\""))
            #expect(page.contains("<td>Phát triển kinh tế</td>"))
            #expect(page.contains("Đã gửi, còn 1 lỗi"))
            // History on the home page, with the status.
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("bao-cao-dich-vong.xlsx"))
            #expect(home.contains("Đã gửi, còn 1 lỗi"))
        }
    }

    @Test func cleanReturnIsAcceptedAndTheOriginalDownloadsByteForByte() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            let sent = try await b.upload(bytes, name: "Báo cáo Yên Hòa.xlsx", csrf: csrf)
            let location = try #require(sent.headers[.location])
            let page = String(buffer: try await b.get(location).body)
            #expect(page.contains("Đã được chấp nhận"))
            #expect(page.contains("Không có vấn đề nào."))
            #expect(page.contains(FileStore.sha256(bytes)))
            #expect(page.contains("92,27"))  // the total 92.273556, as a Vietnamese office writes it
            let file = try await b.get(location + "/file")
            #expect(Array(buffer: file.body) == bytes)
            #expect(file.headers[.contentDisposition]?.contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o") == true)
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("id=\"status\">Đã được chấp nhận"))
        }
    }

    @Test func lateReturnIsMarkedLate() async throws {
        try await PortalHarness(now: PortalHarness.date(2018, 12, 20)).test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            _ = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "r.xlsx", csrf: csrf)
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("Được chấp nhận nhưng nộp trễ hạn"))
            #expect(home.contains("Đã quá hạn"))
        }
    }

    @Test func englishPagesSayTheSame() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            _ = try await b.get("/login?lang=en")
            let csrf = try await b.signIn("dichvong")
            let sent = try await b.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "r.xlsx", csrf: csrf)
            let page = String(buffer: try await b.get(try #require(sent.headers[.location])).body)
            #expect(page.contains("Errors (1)"))
            #expect(page.contains("Sent with 1 error"))
            #expect(page.contains("read ") && page.contains(" at G10"))
            #expect(!page.contains("đọc được"))
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            let session = try #require(b.cookies["thidua_session"])
            #expect(try await b.post("/logout", form: [:]).status == .forbidden)
            let out = try await b.post("/logout", form: ["_csrf": csrf])
            #expect(out.status == .seeOther)
            b.cookies["thidua_session"] = session  // a copy of the old cookie no longer works
            #expect(try await b.get("/").status == .seeOther)
        }
    }

    @Test func districtSeesEveryWardAndUploadsAnEmailedReturn() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("quan")
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("Nghĩa Đô (00157)"))
            #expect(home.contains("Trung Hòa (00175)"))
            #expect(home.contains("name=\"receivedAt\""))
            let sent = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "email.xlsx", csrf: csrf,
                                          extra: ["receivedAt": "2018-12-03"])
            let page = String(buffer: try await b.get(try #require(sent.headers[.location])).body)
            #expect(page.contains("03/12/2018 00:00 (thư điện tử)"))
            let after = String(buffer: try await b.get("/").body)
            #expect(after.contains("Yên Hòa (00172)"))
            // Future dates are refused.
            let future = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "email.xlsx", csrf: csrf,
                                            extra: ["receivedAt": "2019-01-01"])
            #expect(future.status == .badRequest)
        }
    }

    @Test func leaderReadsButCannotUpload() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("lanhdao")
            let home = String(buffer: try await b.get("/").body)
            #expect(!home.contains("id=\"upload-form\""))
            let r = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "x.xlsx", csrf: csrf)
            #expect(r.status == .forbidden)
        }
    }

    @Test func staticAssetsAndHealth() async throws {
        try await PortalHarness().test { client in
            var b = Browser(client)
            #expect(String(buffer: try await b.get("/healthz").body) == "ok\n")
            let css = try await b.get("/static/portal.css")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let js = try await b.get("/static/upload.js")
            #expect(String(buffer: js.body).contains("dataTransfer"))
            #expect(try await b.get("/no-such-page").status == .notFound)
        }
    }
}
