import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import ThiduaPortal

@Suite("JSON API")
struct APIRouteTests {
    @Test func loginGivesATokenAndWrongPasswordIs401() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let (ok, token) = try await api.login("yenhoa")
            #expect(ok == .ok)
            #expect((token ?? "").count >= 40)
            let (wrong, none) = try await api.login("yenhoa", password: "wrong-password")
            #expect(wrong == .unauthorized)
            #expect(none == nil)
            let (unknown, _) = try await api.login("nobody")
            #expect(unknown == .unauthorized)
        }
    }

    @Test func everyAPICallNeedsAToken() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            for uri in ["/api/returns", "/api/returns/1", "/api/returns/1/file"] {
                let r = try await api.get(uri, token: nil)
                #expect(r.status == .unauthorized, "\(uri)")
                #expect(try APIClient.json(r)["error"] as? String == "unauthorized")
                #expect(try await api.get(uri, token: "forged-token").status == .unauthorized)
            }
            let up = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "x.xlsx", token: nil)
            #expect(up.status == .unauthorized)
            // A page's session cookie is no API token, and an API token no page session.
            let token = try await api.token("yenhoa")
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: "thidua_session=\(token)"], body: nil) { $0 }
            #expect(page.status == .seeOther)
        }
    }

    @Test func uploadReturnsFindingsShapedAsValidateJSON() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("dichvong")
            let r = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: token)
            #expect(r.status == .created)
            let json = try APIClient.json(r)
            #expect(json["status"] as? String == "rejected")
            #expect(json["wardCode"] as? String == "00166")
            #expect(json["ward"] as? String == "Dịch Vọng")
            #expect(json["errors"] as? Int == 1)
            #expect(json["warnings"] as? Int == 1)
            let id = try #require(json["id"] as? Int)
            #expect(json["url"] as? String == "/returns/\(id)")
            let findings = try #require(json["findings"] as? [[String: Any]])
            let first = try #require(findings.first)
            #expect(Set(first.keys) == ["severity", "code", "sheet", "cell", "criterion", "message"])
            #expect(first["code"] as? String == "rule.failed")
            #expect(first["cell"] as? String == "G36")
            #expect(first["criterion"] as? String == "AN05")
            #expect(first["sheet"] as? String == "Biểu mẫu")
            // The same return read back, and listed.
            let one = try APIClient.json(try await api.get("/api/returns/\(id)", token: token))
            #expect((one["findings"] as? [Any])?.count == 2)
            let list = try APIClient.json(try await api.get("/api/returns", token: token))
            let rows = try #require(list["returns"] as? [[String: Any]])
            #expect(rows.count == 1)
            for key in ["id", "wardCode", "fileName", "sha256", "receivedAt", "status", "errors", "warnings"] {
                #expect(rows[0][key] != nil, "\(key)")
            }
            let file = try await api.get("/api/returns/\(id)/file", token: token)
            #expect(Array(buffer: file.body) == (try PortalHarness.bytes(PortalHarness.dichVongWithError)))
        }
    }

    @Test func englishMessagesOnRequest() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("dichvong")
            let r = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: token)
            let id = try #require(try APIClient.json(r)["id"] as? Int)
            let en = try APIClient.json(try await api.get("/api/returns/\(id)?lang=en", token: token))
            let message = try #require((en["findings"] as? [[String: Any]])?.first?["message"] as? String)
            #expect(message.contains("cannot exceed all criminal cases (AN02)"))
        }
    }

    @Test func acceptedReturnIs201Accepted() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let r = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "yh.xlsx", token: token)
            #expect(r.status == .created)
            let json = try APIClient.json(r)
            #expect(json["status"] as? String == "accepted")
            #expect((json["findings"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func anotherWardsReturnIs403AndNotKept() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let r = try await api.upload(try PortalHarness.bytes(PortalHarness.dichVongWithError), name: "dv.xlsx", token: token)
            #expect(r.status == .forbidden)
            let json = try APIClient.json(r)
            #expect(json["error"] as? String == "other-ward")
            #expect((json["message"] as? String)?.contains("Dịch Vọng") == true)
            let list = try APIClient.json(try await api.get("/api/returns", token: token))
            #expect((list["returns"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func unreadableFileIs422WithItsFinding() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let r = try await api.upload(try PortalHarness.bytes("Fixtures/hostile/encrypted.xlsx"), name: "mat-khau.xlsx", token: token)
            #expect(r.status == .unprocessableContent)
            let json = try APIClient.json(r)
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(findings.first?["code"] as? String == "file.encrypted")
            // Kept, as every upload is, under the officer's ward.
            #expect(json["wardCode"] as? String == "00172")
        }
    }

    @Test func overTheLimitIs413() async throws {
        try await PortalHarness(uploadLimit: 1 << 20).test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let big = [UInt8](repeating: 0x41, count: (1 << 20) + 1)
            let r = try await api.upload(big, name: "big.csv", token: token)
            #expect(r.status == .contentTooLarge)
            #expect(try APIClient.json(r)["error"] as? String == "too-large")
            let far = [UInt8](repeating: 0x41, count: 3 << 20)
            #expect(try await api.upload(far, name: "big.csv", token: token).status == .contentTooLarge)
            // Just under the limit is read (and found not to be a return).
            let under = try await api.upload([UInt8](repeating: 0x41, count: (1 << 20) - 10), name: "a.csv", token: token)
            #expect(under.status.code / 100 != 5)
            #expect(under.status != .contentTooLarge)
        }
    }

    /// The API's findings are those of `thidua validate --format json` on the same file: one
    /// encoder (ThiduaKit's), in either language, and the same SHA-256.
    @Test func findingsEqualTheCommandLinesJSON() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("quan")
            for (path, language) in [(PortalHarness.dichVongWithError, "vi"), ("Fixtures/returns/validation/errors.xlsx", "en"),
                                     ("Fixtures/returns/validation/identity-and-rows.ods", "vi"),
                                     ("Fixtures/returns/validation/typed-input.xlsx", "en"), ("Fixtures/hostile/encrypted.xlsx", "en")] {
                let cli = try CommandLineJSON.validate(PortalHarness.fixture(path), language: language)
                let cliReturn = try #require((cli["returns"] as? [[String: Any]])?.first)
                let sent = try await api.upload(try PortalHarness.bytes(path), name: (path as NSString).lastPathComponent, token: token)
                let json = try APIClient.json(sent)
                let id = try #require(json["id"] as? Int)
                let read = try APIClient.json(try await api.get("/api/returns/\(id)?lang=\(language)", token: token))
                let expected = try #require(cliReturn["findings"] as? [Any])
                #expect(!expected.isEmpty, "\(path)")
                #expect(try CommandLineJSON.canonical(read["findings"]) == (try CommandLineJSON.canonical(expected)), "\(path)")
                if language == "vi" {
                    #expect(try CommandLineJSON.canonical(json["findings"]) == (try CommandLineJSON.canonical(expected)), "\(path)")
                }
                if let sha = cliReturn["sha256"] as? String, !sha.isEmpty { #expect(json["sha256"] as? String == sha, "\(path)") }
            }
        }
    }

    /// A file that was read but is no return (no criteria found) is checked and rejected
    /// (201), as `validate` judges it (exit status 1); only a file that cannot be read is 422.
    @Test func readableFileThatIsNoReturnIs201Rejected() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let csv = Array("Phường,Yên Hòa\nNăm,2018\n".utf8)
            let r = try await api.upload(csv, name: "ghi-chu.csv", token: token)
            #expect(r.status == .created)
            let json = try APIClient.json(r)
            #expect(json["status"] as? String == "rejected")
            #expect((json["errors"] as? Int ?? 0) > 0)
        }
    }

    @Test func districtMayGiveTheDateAnEmailedReturnCameAndWardsMayNot() async throws {
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let district = try await api.token("quan")
            let r = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "mail.xlsx", token: district,
                                         extra: ["receivedAt": "2018-12-04"])
            #expect(r.status == .created)
            #expect((try APIClient.json(r)["receivedAt"] as? String)?.hasPrefix("2018-12-03T17:00:00") == true)
            let ward = try await api.token("yenhoa")
            let w = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "mail.xlsx", token: ward,
                                         extra: ["receivedAt": "2018-12-01"])
            #expect(w.status == .forbidden)
            // Only YYYY-MM-DD, as the date field sends it and the one ISO date parser reads it.
            for text in ["2018-12-4", "+2018-12-04", "2018-12-04T00:00", "04/12/2018", "2018-02-30", "2018-12-06"] {
                let bad = try await api.upload(try PortalHarness.bytes(PortalHarness.yenHoaClean), name: "mail.xlsx", token: district,
                                               extra: ["receivedAt": text])
                #expect(bad.status == .badRequest, "\(text)")
                #expect(try APIClient.json(bad)["error"] as? String == "received-at", "\(text)")
            }
        }
    }
}

/// `thidua validate --format json`, run as a user runs it, beside the test bundle.
enum CommandLineJSON {
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("thidua").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("thidua")
    }

    static func validate(_ path: String, language: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["validate", path, "--schema", PortalHarness.fixture("Templates/schema-2018.xlsx"),
                             "--format", "json", "--lang", language]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// JSON values written one way (sorted keys), to compare what two encoders said.
    static func canonical(_ value: Any?) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: try #require(value), options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
