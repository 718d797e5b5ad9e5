import Foundation
import Spreadsheet
import Testing
@testable import ThiduaPortal

@Suite("Demo portal")
struct DemoTests {
    @Test func demoDeadlineIsThirtyDaysAfterTodayInVietnam() {
        // 20:00 UTC on 4 December is 03:00 on 5 December in Hanoi.
        let evening = Date(timeIntervalSince1970: 1_796_414_400)  // 2026-12-04T20:00:00Z
        #expect(PortalConfiguration.demoDeadline(from: evening) == CivilDate(year: 2027, month: 1, day: 4))
        let morning = Date(timeIntervalSince1970: 1_796_374_800)  // 2026-12-04T09:00:00Z
        #expect(PortalConfiguration.demoDeadline(from: morning) == CivilDate(year: 2027, month: 1, day: 3))
    }

    /// With the shipped 2018 schema every upload today would be late; a demo's deadline lies
    /// ahead, is said to be a demo's, and a clean return is accepted on time.
    @Test func demoReturnsAreOnTimeAndTheDeadlineIsLabelled() async throws {
        let today = Date()
        let harness = try PortalHarness(now: today) { $0.demoDeadline = PortalConfiguration.demoDeadline(from: today) }
        let deadline = try #require(harness.portal.configuration.demoDeadline)
        try await harness.test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains(String(format: "%02d/%02d/%04d", deadline.day, deadline.month, deadline.year)))
            #expect(home.contains("id=\"demo-banner\""))
            #expect(home.contains("hạn thử"))
            #expect(home.contains("30 ngày"))
            let sent = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", csrf: csrf)
            #expect(sent.status == .seeOther)
            let after = String(buffer: try await b.get("/").body)
            #expect(after.contains("Đã được chấp nhận"))
            #expect(!after.contains("trễ hạn"))
        }
        // Without the demo deadline the same upload today is late (the 2018 deadline).
        let plain = try PortalHarness(now: today)
        try await plain.test { client in
            var b = Browser(client)
            let csrf = try await b.signIn("yenhoa")
            _ = try await b.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", csrf: csrf)
            let home = String(buffer: try await b.get("/").body)
            #expect(home.contains("trễ hạn"))
            #expect(!home.contains("demo-banner"))
        }
    }
}
