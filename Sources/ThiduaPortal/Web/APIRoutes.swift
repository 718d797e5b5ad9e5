import Foundation
import HTTPTypes
import Hummingbird
import Spreadsheet
import ThiduaKit

/// `POST /api/login`'s body.
struct APILogin: Decodable {
    var username: String
    var password: String
}

extension Portal {
    func addAPIRoutes(to router: Router<PortalRequestContext>) {
        let api = router.group("api")
        api.post("login") { request, context in try await self.apiLogin(request, context) }
        api.post("logout") { _, context in
            guard let session = context.session else { throw PortalError.unauthorized }
            try await self.sessions.close(session)
            try await self.audit(.signOut, user: session.user, context: context, detail: "api")
            return Responses.json([:])
        }
        api.post("returns") { request, context in try await self.apiUpload(request, context) }
        api.get("returns") { _, context in try await self.apiList(context) }
        api.get("returns/{id}") { _, context in try await self.apiReturn(context) }
        api.get("returns/{id}/file") { request, context in try await self.originalFile(request, context) }
    }

    func apiLogin(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: 16 * 1024)
        guard let login = try? JSONDecoder().decode(APILogin.self, from: Data(buffer: body)) else {
            throw PortalError(.badRequest, "json", vi: "Cần JSON {\"username\",\"password\"}.", en: "Expected JSON {\"username\",\"password\"}.")
        }
        let username = String(login.username.prefix(64)), now = self.now
        guard throttle.allows(username: username, address: context.address, now: now) else {
            try await auditRefusedSignIn(.signInThrottled, typed: username, context: context, detail: "api")
            throw PortalError.throttled
        }
        guard let user = try await accounts.authenticate(username: username, password: login.password) else {
            throttle.recordFailure(username: username, address: context.address, now: now)
            try await auditRefusedSignIn(.signInFailed, typed: username, context: context, detail: "api")
            throw PortalError.badCredentials
        }
        throttle.recordSuccess(username: username)
        let (token, _) = try await sessions.open(for: user, kind: .api, now: now)
        try await audit(.signIn, user: user, context: context, detail: "api")
        return Responses.json(["token": token])
    }

    func returnJSON(_ r: StoredReturn, language: Language, findings: Bool) -> [String: Any] {
        var out: [String: Any] = [
            "id": r.id, "url": "/returns/\(r.id)", "wardCode": r.wardCode ?? NSNull(),
            "fileName": r.fileName, "sha256": r.sha256, "receivedAt": r.receivedAt, "status": r.status,
            "errors": r.errors, "warnings": r.warnings, "totalPoints": r.totalPoints ?? NSNull(),
        ]
        if findings {
            if let v = try? versionNotice(r, language) {
                out["schemaVersion"] = ["id": v.record.id, "schemaId": v.record.schemaId, "version": v.record.version,
                                        "active": v.record.active, "note": v.older ?? NSNull()]
            }
            let schema = try? schemas.schema(version: r.schemaVersionId)
            out["ward"] = r.wardCode.flatMap { code in schema?.wards.first { $0.code == code }?.name } ?? NSNull()
        }
        return out
    }

    /// A return with its findings, written by ThiduaKit's JSON report encoder, so the API's
    /// findings are those of `thidua validate --format json` to the byte.
    func returnWithFindings(_ r: StoredReturn, language: Language, status: HTTPResponse.Status = .ok) -> Response {
        let findings = ValidationReport(returns: [], language: language).json(findings: r.findings.map(\.finding))
        return Responses.json(returnJSON(r, language: language, findings: true), status: status, adding: ["findings": findings])
    }

    func apiUpload(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let received = try await receiveUpload(request, context, user: user)
        return returnWithFindings(received.record, language: context.language,
                                  status: received.unreadable ? .unprocessableContent : .created)
    }

    func apiList(_ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let list = try await database.pool.read { db in try ReturnQueries.visible(db, to: user) }
        return Responses.json(["returns": list.map { returnJSON($0, language: context.language, findings: false) }])
    }

    func apiReturn(_ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try returnId(context)
        let r = try await database.pool.read { db in try ReturnQueries.find(db, id: id, for: user) }
        return returnWithFindings(r, language: context.language)
    }
}
