import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ThiduaKit
@testable import ThiduaPortal

/// The district's criteria schema page: load a workbook, see its errors by cell, keep versions,
/// make one active; forms follow the active version; returns are checked against their own.
@Suite("Schema versions")
struct SchemaVersionTests {
    static let v2ODS = "Fixtures/schema-versions/schema-2018-v2.ods"
    static let v2XLS = "Fixtures/schema-versions/schema-2018-v2.xls"
    static let sameNumber = "Fixtures/schema-versions/schema-2018-v2-same-number.xlsx"
    static let broken = "Fixtures/schema-versions/schema-2018-broken.xlsx"
    static let unknownVersion = "Fixtures/schema-versions/00172-form-version-2018.9.xlsx"
    static let nextYear = "Fixtures/schema-versions/schema-2019.xlsx"

    /// Loads a workbook through the page's form, as the district's browser does.
    static func load(_ browser: inout Browser, _ path: String, csrf: String?, activate: Bool = false) async throws -> TestResponse {
        var m = Multipart()
        if let csrf { m.field("_csrf", csrf) }
        if activate { m.field("activate", "1") }
        m.file("file", name: (path as NSString).lastPathComponent, bytes: try PortalHarness.bytes(path))
        return try await browser.post("/schemas", multipart: m.finished)
    }

    static func versions(_ portal: Portal) throws -> [SchemaVersionRecord] {
        try portal.database.pool.read { db in try SchemaVersionRecord.fetchAll(db, sql: "SELECT * FROM schemaVersions ORDER BY id") }
    }

    static func auditActions(_ portal: Portal) throws -> [String] {
        try portal.database.pool.read { db in try String.fetchAll(db, sql: "SELECT action FROM audit ORDER BY id") }
    }

    /// The version a form names in its marker sheet.
    static func formVersion(_ bytes: [UInt8], name: String) throws -> String? {
        let book = try WorkbookReader(bytes: bytes, fileName: name)
        let marker = try book.loadSheet(try #require(book.sheetIndex(named: ReturnFormLayout.markerSheetName)))
        for row in marker.rows {
            if case .text(ReturnMarkerKey.schemaVersion.rawValue)? = row[column: 0]?.value, case .text(let v)? = row[column: 1]?.value {
                return v
            }
        }
        return nil
    }

    @Test func districtLoadsAVersionMakesItActiveAndTheFormsFollow() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            let page = String(buffer: try await quan.get("/schemas").body)
            let template = FileStore.sha256(try PortalHarness.bytes("Templates/schema-2018.xlsx"))
            #expect(page.contains("schema-2018.xlsx") && page.contains(template) && page.contains("2018.1"))

            // Loaded, checked, kept, but not yet used: forms still follow 2018.1.
            let loaded = try await Self.load(&quan, Self.v2ODS, csrf: csrf)
            #expect(loaded.status == .ok)
            let body = String(buffer: loaded.body)
            #expect(body.contains("id=\"schema-added\"") && body.contains("2018.2") && body.contains("/schemas/2/activate"))
            var versions = try Self.versions(portal)
            #expect(versions.map(\.version) == ["2018.1", "2018.2"])
            #expect(versions.map(\.active) == [true, false])
            #expect(versions[1].sha256 == FileStore.sha256(try PortalHarness.bytes(Self.v2ODS)))
            #expect(versions[1].uploadedBy == (try portal.accounts.user(named: "quan"))?.id)
            let before = try await quan.get("/form.xlsx?ward=00172")
            #expect(try Self.formVersion(Array(buffer: before.body), name: "f.xlsx") == "2018.1")

            // Made active: the blank forms, the ward's too, are version 2018.2's.
            #expect(try await quan.post("/schemas/2/activate", form: [:]).status == .forbidden)  // no token
            #expect(try await quan.post("/schemas/2/activate", form: ["_csrf": csrf]).status == .seeOther)
            versions = try Self.versions(portal)
            #expect(versions.map(\.active) == [false, true])
            let after = try await quan.get("/form.xlsx?ward=00172")
            #expect(try Self.formVersion(Array(buffer: after.body), name: "f.xlsx") == "2018.2")
            var ward = Browser(client)
            _ = try await ward.signIn("yenhoa")
            let wardForm = try await ward.get("/form.ods")
            #expect(try Self.formVersion(Array(buffer: wardForm.body), name: "f.ods") == "2018.2")
            let list = String(buffer: try await quan.get("/schemas").body)
            #expect(list.contains("id=\"active-version\">2018.2<"))

            // The same criteria saved by LibreOffice as .xls are the version already known.
            let again = try await Self.load(&quan, Self.v2XLS, csrf: csrf)
            #expect(again.status == .ok)
            #expect(String(buffer: again.body).contains(Texts.text("schemaKnown", .vi)))
            #expect(try Self.versions(portal).count == 2)
            // Back to the first version: one click, audited.
            #expect(try await quan.post("/schemas/1/activate", form: ["_csrf": csrf]).status == .seeOther)
            #expect(try Self.versions(portal).map(\.active) == [true, false])
            let actions = try Self.auditActions(portal)
            #expect(actions.filter { $0 == "schema.imported" }.count == 2)  // the harness's and the district's
            #expect(actions.filter { $0 == "schema.activated" }.count == 2)
            let download = try await quan.get("/schemas/2/file")
            #expect(Array(buffer: download.body) == (try PortalHarness.bytes(Self.v2ODS)))
        }
    }

    @Test func wardAndLeaderAccountsAreRefused() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            for who in ["yenhoa", "lanhdao"] {
                var b = Browser(client)
                let csrf = try await b.signIn(who)
                #expect(try await b.get("/schemas").status == .forbidden)
                #expect(try await Self.load(&b, Self.v2ODS, csrf: csrf, activate: true).status == .forbidden)
                #expect(try await b.post("/schemas/1/activate", form: ["_csrf": csrf]).status == .forbidden)
                #expect(try await b.get("/schemas/1/file").status == .forbidden)
                #expect(!String(buffer: try await b.get("/").body).contains("href=\"/schemas\""))
            }
            var anonymous = Browser(client)
            #expect(try await anonymous.get("/schemas").status == .seeOther)
            #expect(try await Self.load(&anonymous, Self.v2ODS, csrf: nil).status == .unauthorized)
            var quan = Browser(client)
            _ = try await quan.signIn("quan")
            #expect(try await Self.load(&quan, Self.v2ODS, csrf: "forged").status == .forbidden)
            #expect(try Self.versions(harness.portal).count == 1)
        }
    }

    @Test func aBrokenWorkbookShowsItsErrorsCellByCellAndChangesNothing() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            let files = try FileManager.default.subpathsOfDirectory(atPath: portal.files.root).sorted()
            let r = try await Self.load(&quan, Self.broken, csrf: csrf, activate: true)
            #expect(r.status == .unprocessableContent)
            let page = String(buffer: r.body)
            #expect(page.contains("id=\"schema-refused\""))
            // Each mistake at its cell, with the loader's code (the CLI's findings).
            let expected = CriteriaSchema.inspect(bytes: try PortalHarness.bytes(Self.broken), fileName: "b.xlsx")
                .findings.filter(\.isError)
            #expect(expected.count >= 3)
            for f in expected {
                let cell = try #require(f.location.cell?.description)
                #expect(page.contains("<td class=\"ref\">\(cell)</td>"), "\(cell) \(f.code)")
                #expect(page.contains("[\(f.code.rawValue)]"))
            }
            for cell in ["B7", "B9", "B8"] { #expect(expected.contains { $0.location.cell?.description == cell }, "\(cell)") }
            // Nothing changed: one version, still active, no file kept, forms as before.
            #expect(try Self.versions(portal).map(\.version) == ["2018.1"])
            #expect(try FileManager.default.subpathsOfDirectory(atPath: portal.files.root).sorted() == files)
            let form = try await quan.get("/form.xlsx?ward=00172")
            #expect(try Self.formVersion(Array(buffer: form.body), name: "f.xlsx") == "2018.1")
            #expect(try Self.auditActions(portal).last == "schema.refused")

            // Changed criteria that keep a known version number are refused at the version cell.
            let same = try await Self.load(&quan, Self.sameNumber, csrf: csrf, activate: true)
            #expect(same.status == .unprocessableContent)
            let samePage = String(buffer: same.body)
            #expect(samePage.contains("[schema.version-reused]") && samePage.contains("<td class=\"ref\">B4</td>"))
            #expect(try Self.versions(portal).count == 1)
        }
    }

    @Test func aReturnMadeFromVersion1AfterVersion2BecameActiveIsCheckedAgainstVersion1() async throws {
        let harness = try PortalHarness()
        let portal = harness.portal
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            #expect(try await Self.load(&quan, Self.v2ODS, csrf: csrf, activate: true).status == .ok)
            let (v1, v2) = try { let v = try Self.versions(portal); return (v[0], v[1]) }()
            #expect(v2.active && v2.version == "2018.2")
            // Against 2018.2 this return fails R10 (KT04 4.7 > 4): a portal that checked it against
            // the active version would reject it.
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            let underV2 = ReturnValidator(schema: try portal.schemas.schema(version: v2.id)).validate(bytes: bytes, fileName: "yh.xlsx")
            #expect(underV2.hasErrors)

            let api = APIClient(client: client)
            let r = try await api.upload(bytes, name: "yh.xlsx", token: try await api.token("yenhoa"))
            #expect(r.status == .created)
            let json = try APIClient.json(r)
            #expect(json["status"] as? String == "accepted")
            #expect(json["errors"] as? Int == 0)
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(!findings.contains { ($0["code"] as? String)?.hasPrefix("return.schema") == true })
            let version = try #require(json["schemaVersion"] as? [String: Any])
            #expect(version["version"] as? String == "2018.1")
            #expect(version["note"] is String)
            let id = try #require(json["id"] as? Int)
            let stored = try await portal.database.pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT schemaVersionId FROM returns WHERE id = ?", arguments: [id])
            }
            #expect(stored == v1.id)

            // The results page says so; the dashboard scores it as version 2018.1 does.
            let page = String(buffer: try await quan.get("/returns/\(id)").body)
            #expect(page.contains("id=\"older-version\""))
            #expect(page.contains("phiên bản 2018.1"))
            let status = try APIClient.json(try await api.get("/api/status", token: try await api.token("quan")))
            let row = try #require((status["wards"] as? [[String: Any]])?.first { $0["code"] as? String == "00172" })
            #expect(row["valid"] as? Bool == true)
            #expect(abs((row["points"] as? Double ?? 0) - 92.273556) < 0.001)
            // And a consolidation counts it, as checked against 2018.1.
            let made = try await client.execute(uri: "/api/consolidations", method: .post,
                                                headers: [.authorization: "Bearer \(try await api.token("quan"))",
                                                          .contentType: "application/json"],
                                                body: ByteBuffer(string: "{\"format\":\"xlsx\"}")) { $0 }
            #expect(made.status == .created)
            let accepted = try await portal.database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT wardsAccepted FROM consolidations ORDER BY id DESC LIMIT 1")
            }
            #expect(accepted == 1)
        }
    }

    @Test func aReturnNamingAnUnknownVersionIsCheckedAgainstTheActiveOneWithAWarning() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            let r = try await api.upload(try PortalHarness.bytes(Self.unknownVersion), name: "yh.xlsx", token: try await api.token("yenhoa"))
            #expect(r.status == .created)
            let json = try APIClient.json(r)
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["code"] as? String == "return.schema-version" && $0["severity"] as? String == "warning" })
            #expect((json["schemaVersion"] as? [String: Any])?["version"] as? String == "2018.1")
        }
    }

    @Test func aNewYearsSchemaStartsFromNoReturnsAndLastYearsApprovalLocksNothing() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            let api = APIClient(client: client)
            let yh = try await api.token("yenhoa"), quan = try await api.token("quan")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            let id = try #require(try APIClient.json(try await api.upload(bytes, name: "yh.xlsx", token: yh))["id"] as? Int)
            let approve = try await client.execute(uri: "/api/returns/\(id)/approve", method: .post,
                                                   headers: [.authorization: "Bearer \(quan)"], body: nil) { $0 }
            #expect(approve.status == .ok)
            #expect(try await api.upload(bytes, name: "yh.xlsx", token: yh).status == .conflict)  // locked for 2018

            var district = Browser(client)
            let csrf = try await district.signIn("quan")
            #expect(try await Self.load(&district, Self.nextYear, csrf: csrf, activate: true).status == .ok)
            var status = try APIClient.json(try await api.get("/api/status", token: quan))
            #expect(status["year"] as? Int == 2019)
            var row = try #require((status["wards"] as? [[String: Any]])?.first { $0["code"] as? String == "00172" })
            #expect(row["submitted"] as? Bool == false)
            // Last year's form is now another schema's: received, checked, refused with its reason.
            let again = try await api.upload(bytes, name: "yh.xlsx", token: yh)
            #expect(again.status == .created)
            let json = try APIClient.json(again)
            #expect(json["status"] as? String == "rejected")
            #expect((json["findings"] as? [[String: Any]])?.contains { $0["code"] as? String == "return.schema-mismatch" } == true)
            status = try APIClient.json(try await api.get("/api/status", token: quan))
            row = try #require((status["wards"] as? [[String: Any]])?.first { $0["code"] as? String == "00172" })
            #expect(row["submitted"] as? Bool == true && row["valid"] as? Bool == false && row["approved"] as? Bool == false)
            let form = try await district.get("/form.xlsx?ward=00172")
            #expect(try Self.formVersion(Array(buffer: form.body), name: "f.xlsx") == "2019.1")
        }
    }

    @Test func workbooksLoadedAtOnceMakeOneVersion() async throws {
        let harness = try PortalHarness()
        let schemas = harness.portal.schemas
        let files = [Self.v2ODS, Self.v2XLS, "Fixtures/schema-versions/schema-2018-v2.xlsx"]
        let bytes = try files.map { try PortalHarness.bytes($0) }
        let added = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<9 {
                group.addTask {
                    try schemas.add(bytes: bytes[i % 3], fileName: files[i % 3], activate: false, by: nil, now: Date()).isNew
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(added.filter { $0 }.count == 1)
        #expect(try Self.versions(harness.portal).map(\.version) == ["2018.1", "2018.2"])
        try? FileManager.default.removeItem(atPath: harness.directory)
    }

    @Test func hostileWorkbooksAreRefusedWithTheirFindingAndChangeNothing() async throws {
        let harness = try PortalHarness()
        try await harness.test { client in
            var quan = Browser(client)
            let csrf = try await quan.signIn("quan")
            for (file, code) in [("bomb-ratio.xlsx", "zip.ratio"), ("billion-laughs.xlsx", "xml.dtd"), ("xls-continue-storm.xls", "xls.corrupt"),
                                 ("truncated-half.xlsx", "zip.")] {
                let r = try await Self.load(&quan, "Fixtures/hostile/" + file, csrf: csrf, activate: true)
                #expect(r.status == .unprocessableContent, "\(file)")
                #expect(String(buffer: r.body).contains("[\(code)"), "\(file)")
            }
            #expect(try Self.versions(harness.portal).count == 1)
            #expect(try await quan.get("/healthz").status == .ok)
        }
    }
}
