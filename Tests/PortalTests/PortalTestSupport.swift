import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import ThiduaKit
@testable import ThiduaPortal

/// A portal on a fresh data folder with the 2018 schema and a few accounts, tested in-process.
struct PortalHarness {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let password = "mat-khau-thu-2018"

    let portal: Portal
    let directory: String

    /// `now` defaults to 5 December 2018, ten days before the 2018 deadline; `configure` sets the rest.
    init(uploadLimit: Int = 20 << 20, now: Date = PortalHarness.date(2018, 12, 5), exportProfiles: [ExportProfile] = [],
         configure: (inout PortalConfiguration) -> Void = { _ in }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-portal-\(UUID().uuidString)").path
        var configuration = PortalConfiguration(dataDirectory: directory, uploadLimit: uploadLimit, bcryptCost: 4, now: { now },
                                                exportProfiles: exportProfiles)
        configure(&configuration)
        portal = try Portal(configuration: configuration)
        try portal.useSchema(path: Self.fixture("Templates/schema-2018.xlsx"))
        try portal.accounts.add(username: "dichvong", password: Self.password, role: .ward, wardCode: "00166")
        try portal.accounts.add(username: "yenhoa", password: Self.password, role: .ward, wardCode: "00172")
        try portal.accounts.add(username: "quan", password: Self.password, role: .district, wardCode: nil)
        try portal.accounts.add(username: "lanhdao", password: Self.password, role: .leader, wardCode: nil)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int, hour: Int = 9) -> Date {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        return c.date(from: DateComponents(year: y, month: m, day: d, hour: hour))!
    }

    static func fixture(_ path: String) -> String { repository.appendingPathComponent(path).path }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: fixture(path))))
    }

    /// Errors in one return (Dịch Vọng, 00166): AN05 at G36 breaks rule R.. (more than AN02).
    static let dichVongWithError = "Fixtures/returns/2018/00166-bao-cao-2018.xlsx"
    /// A clean return of Yên Hòa (00172).
    static let yenHoaClean = "Fixtures/returns/2018/00172-bao-cao-2018.xlsx"

    /// Runs `body` against the portal in-process, or with `live` over a real socket on
    /// 127.0.0.1 (where requests have a peer address).
    func test(live: Bool = false, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        if live {
            let app = Application(router: portal.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            try await app.test(.live) { client in try await body(client) }
        } else {
            let app = Application(router: portal.router())
            try await app.test(.router) { client in try await body(client) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// A browser's cookie jar and the steps a ward officer takes, over the test client.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    mutating func keep(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
        }
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let r = try await client.execute(uri: uri, method: .get, headers: cookieHeader, body: nil) { $0 }
        keep(r)
        return r
    }

    mutating func post(_ uri: String, form: [String: String]) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { $0 }
        keep(r)
        return r
    }

    mutating func post(_ uri: String, multipart: Multipart) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = multipart.contentType
        let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: multipart.body)) { $0 }
        keep(r)
        return r
    }

    /// The anti-forgery token in a page's forms.
    static func csrf(in page: String) -> String? {
        guard let r = page.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(page[r.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs in through the sign-in page; returns the home page's anti-forgery token.
    mutating func signIn(_ username: String, password: String = PortalHarness.password) async throws -> String {
        let login = try await get("/login")
        let token = try #require(Browser.csrf(in: String(buffer: login.body)))
        let r = try await post("/login", form: ["username": username, "password": password, "_csrf": token])
        #expect(r.status == .seeOther)
        let home = try await get("/")
        #expect(home.status == .ok)
        return try #require(Browser.csrf(in: String(buffer: home.body)))
    }

    /// Uploads a file as the home page's form does; returns the response (303 to the return's page).
    mutating func upload(_ bytes: [UInt8], name: String, csrf: String?, extra: [String: String] = [:]) async throws -> TestResponse {
        var m = Multipart()
        if let csrf { m.field("_csrf", csrf) }
        for (k, v) in extra { m.field(k, v) }
        m.file("file", name: name, bytes: bytes)
        return try await post("/returns", multipart: m.finished)
    }
}

/// A `multipart/form-data` body as a browser sends it.
struct Multipart {
    let boundary = "----thiduaTestBoundary7MA4YWxkTrZu0gW"
    var body: [UInt8] = []
    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, name fileName: String, bytes: [UInt8]) {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += bytes
        body += Array("\r\n".utf8)
    }

    var finished: Multipart {
        var m = self
        m.body += Array("--\(boundary)--\r\n".utf8)
        return m
    }
}

/// The JSON API's client side.
struct APIClient {
    let client: any TestClientProtocol

    func login(_ username: String, password: String = PortalHarness.password,
               forwardedFor: String? = nil) async throws -> (HTTPResponse.Status, String?) {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": password])
        var headers: HTTPFields = [.contentType: "application/json"]
        if let forwardedFor { headers[HTTPField.Name("X-Forwarded-For")!] = forwardedFor }
        return try await client.execute(uri: "/api/login", method: .post, headers: headers,
                                        body: ByteBuffer(bytes: body)) { r in
            let json = try? JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any]
            return (r.status, json?["token"] as? String)
        }
    }

    func token(_ username: String) async throws -> String {
        let (status, token) = try await login(username)
        #expect(status == .ok)
        return try #require(token)
    }

    func get(_ uri: String, token: String?) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: token.map { [.authorization: "Bearer \($0)"] } ?? [:], body: nil) { $0 }
    }

    func upload(_ bytes: [UInt8], name: String, token: String?, extra: [String: String] = [:]) async throws -> TestResponse {
        var m = Multipart()
        for (k, v) in extra { m.field(k, v) }
        m.file("file", name: name, bytes: bytes)
        m = m.finished
        var headers: HTTPFields = [.contentType: m.contentType]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: "/api/returns", method: .post, headers: headers, body: ByteBuffer(bytes: m.body)) { $0 }
    }

    static func json(_ r: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
    }
}
