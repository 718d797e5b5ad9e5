import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix
import Spreadsheet
import ThiduaKit

/// The sign-in form's fields.
struct LoginForm: Decodable {
    var username: String
    var password: String
    var _csrf: String?
}

/// A form that carries only the anti-forgery token.
struct TokenForm: Decodable {
    var _csrf: String?
}

extension Portal {
    func addPageRoutes(to router: Router<PortalRequestContext>) {
        router.get("/healthz") { _, _ in Responses.text("ok\n", contentType: "text/plain; charset=utf-8") }
        router.get("/static/portal.css") { _, _ in
            Responses.text(StaticAssets.css, contentType: "text/css; charset=utf-8", cacheable: true)
        }
        router.get("/static/upload.js") { _, _ in
            Responses.text(StaticAssets.js, contentType: "text/javascript; charset=utf-8", cacheable: true)
        }
        router.get("/login") { request, context in try self.loginPage(request, context) }
        router.post("/login") { request, context in try await self.signIn(request, context) }
        router.post("/logout") { request, context in try await self.signOut(request, context) }
        router.get("/") { request, context in try await self.homePage(request, context) }
        router.get("/form.xlsx") { request, context in try await self.blankForm(request, context, format: .xlsx) }
        router.get("/form.ods") { request, context in try await self.blankForm(request, context, format: .ods) }
        router.post("/returns") { request, context in try await self.uploadPage(request, context) }
        router.get("/returns/{id}") { request, context in try await self.returnPage(request, context) }
        router.get("/returns/{id}/file") { request, context in try await self.originalFile(request, context) }
    }

    func render(_ name: String, _ values: [String: Any], _ request: Request, _ context: PortalRequestContext,
                status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        if configuration.demoDeadline != nil { values["demo"] = true }
        return Responses.html(pages.render(name, values, language: context.language, path: request.uri.path, session: context.session),
                              status: status)
    }

    /// Compares the anti-forgery token in constant time.
    static func tokensMatch(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, !a.isEmpty, a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func formBody<T: Decodable>(_ request: Request, _ type: T.Type) async throws -> T {
        let buffer = try await request.body.collect(upTo: 16 * 1024)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch {
            throw PortalError(.badRequest, "form", vi: "Biểu mẫu gửi lên không hợp lệ.", en: "The form sent is not valid.")
        }
    }

    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true,
               sameSite: .strict)
    }

    // MARK: sign-in

    func loginPage(_ request: Request, _ context: PortalRequestContext, error: String? = nil, username: String = "",
                   status: HTTPResponse.Status = .ok) throws -> Response {
        if context.session != nil && error == nil { return Responses.redirect("/") }
        let token = SessionStore.randomToken()
        var values: [String: Any] = ["title": Texts.text("signIn", context.language), "loginCsrf": token, "username": username]
        if let error { values["error"] = error }
        var response = render("login", values, request, context, status: status)
        response.setCookie(cookie(Self.loginCsrfCookie, token))
        return response
    }

    func signIn(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let form = try await formBody(request, LoginForm.self)
        guard Self.tokensMatch(form._csrf, request.cookies[Self.loginCsrfCookie]?.value) else { throw PortalError.csrf }
        let username = String(form.username.trimmingCharacters(in: .whitespaces).prefix(64))
        let now = self.now
        guard throttle.allows(username: username, address: context.address, now: now) else {
            try await auditRefusedSignIn(.signInThrottled, typed: username, context: context, detail: "pages")
            return try loginPage(request, context, error: PortalError.throttled.message.text(context.language), username: username,
                                 status: .tooManyRequests)
        }
        guard let user = try await accounts.authenticate(username: username, password: form.password) else {
            throttle.recordFailure(username: username, address: context.address, now: now)
            try await auditRefusedSignIn(.signInFailed, typed: username, context: context, detail: "pages")
            return try loginPage(request, context, error: PortalError.badCredentials.message.text(context.language),
                                 username: username, status: .unauthorized)
        }
        throttle.recordSuccess(username: username)
        let (token, _) = try await sessions.open(for: user, kind: .cookie, now: now)
        try await audit(.signIn, user: user, context: context, detail: "pages")
        var response = Responses.redirect("/")
        response.setCookie(cookie(Self.sessionCookie, token))
        response.setCookie(cookie(Self.loginCsrfCookie, "", maxAge: 0))
        return response
    }

    func signOut(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        guard let session = context.session else { return Responses.redirect("/login") }
        let form = try await formBody(request, TokenForm.self)
        guard Self.tokensMatch(form._csrf, session.csrfToken) else { throw PortalError.csrf }
        try await sessions.close(session)
        try await audit(.signOut, user: session.user, context: context)
        var response = Responses.redirect("/login")
        response.setCookie(cookie(Self.sessionCookie, "", maxAge: 0))
        return response
    }

    /// Logs a failed or throttled sign-in. The typed username is logged only when it names an
    /// account: officers type their password into the username field by mistake, and the log
    /// must never hold a password.
    func auditRefusedSignIn(_ action: AuditLog.Action, typed username: String, context: PortalRequestContext,
                            detail: String) async throws {
        let account = try await accounts.existingName(username)
        try await audit(action, user: nil, username: account, context: context,
                        detail: account == nil ? detail + ", no such account" : detail)
    }

    func audit(_ action: AuditLog.Action, user: PortalUser?, username: String? = nil, context: PortalRequestContext,
               wardCode: String? = nil, returnId: Int64? = nil, detail: String = "") async throws {
        let now = self.now
        try await database.pool.write { db in
            try AuditLog.record(db, at: now, user: user, username: username, address: context.address, action: action,
                                wardCode: wardCode, returnId: returnId, detail: detail)
        }
    }

    // MARK: home

    func historyRows(_ returns: [StoredReturn], schema: CriteriaSchema, language: Language) -> [[String: Any]] {
        returns.map { r in
            let status = r.status == "accepted" ? WardStatus.accepted : WardStatus.rejected
            return ["id": r.id, "receivedAt": Display.dateTime(r.receivedAt), "fileName": r.fileName, "sha256": r.sha256,
                    "shortSha": String(r.sha256.prefix(12)) + "…", "status": r.status,
                    "statusText": status.label(r.errors, language)
                        + (r.warnings > 0 ? (language == .vi ? ", \(r.warnings) cảnh báo" : ", \(r.warnings) warnings") : ""),
                    "ward": r.wardCode.flatMap { code in schema.wards.first { $0.code == code }.map { "\($0.name) (\(code))" } } ?? "–"]
        }
    }

    func homePage(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let (version, schema) = try schemas.active()
        let language = context.language
        let (visible, latest) = try await database.pool.read { db in
            (try ReturnQueries.visible(db, to: user, limit: 200), try ReturnQueries.latestByWard(db))
        }
        let days = WardStatus.daysLeft(schema, now: now)
        var values: [String: Any] = [
            "title": Texts.text("portal", language),
            "year": String(schema.settings.year),
            "deadline": Display.date(schema.settings.deadline),
            "daysLeftText": days >= 0 ? "\(days) \(Texts.text("days", language))" : Texts.text("overdue", language),
            "returns": historyRows(visible, schema: schema, language: language),
            "hasReturns": !visible.isEmpty,
            "canUpload": user.role != .leader,
            "district": user.role != .ward,
            "schemaVersion": version.version,
        ]
        if user.role == .ward, let ward = schema.wards.first(where: { $0.code == user.wardCode }) {
            let mine = latest[ward.code]
            let status = WardStatus.of(mine, schema: schema)
            values["heading"] = "\(Texts.text("ward", language)) \(ward.name)"
            values["userWardName"] = ward.name
            values["wardStatus"] = ["statusText": status.label(mine?.errors ?? 0, language), "statusClass": status.rawValue]
        } else {
            values["heading"] = schema.settings.title
            let status = try await districtStatus()
            values["wards"] = wardRows(status, language)
            let c = status.counts
            values["counts"] = ["wards": schema.wards.count, "sent": c.sent, "accepted": c.accepted, "approved": c.approved,
                                "late": c.late, "missing": c.missing]
            values["hasWards"] = !schema.wards.isEmpty
            values["canConsolidate"] = user.role == .district
        }
        return render("home", values, request, context)
    }

    // MARK: forms and uploads

    func blankForm(_ request: Request, _ context: PortalRequestContext, format: SpreadsheetFormat) async throws -> Response {
        let user = try context.requireUser()
        let (version, schema) = try schemas.active()
        let asked = request.uri.queryParameters["ward"].map(String.init)
        let code: String
        if user.role == .ward {
            guard asked == nil || asked == user.wardCode else { throw PortalError.notFound }
            code = user.wardCode ?? ""
        } else {
            guard let asked else {
                throw PortalError(.badRequest, "ward.needed", vi: "Hãy chọn phường (?ward=MÃ).", en: "Choose a ward (?ward=CODE).")
            }
            code = asked
        }
        guard let ward = schema.wards.first(where: { $0.code == code }) else { throw PortalError.notFound }
        let forms = self.forms
        let bytes = try await NIOThreadPool.singleton.runIfActive {
            try forms.form(versionId: version.id, schema: schema, ward: ward, format: format)
        }
        return Responses.file(bytes, name: ReturnFormWriter.fileName(schema: schema, ward: ward, format: format),
                              format: format.rawValue)
    }

    /// Reads an upload's body within the limit and returns its file and fields.
    func readUpload(_ request: Request, _ context: PortalRequestContext) async throws -> MultipartForm {
        let limit = configuration.uploadLimit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > context.maxUploadSize {
            throw PortalError.tooLarge(limit)
        }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let form = try MultipartForm(body: body, contentType: request.headers[.contentType])
        if let file = form.files["file"], file.bytes.count > limit { throw PortalError.tooLarge(limit) }
        return form
    }

    /// The date a district user says an e-mailed return came (`YYYY-MM-DD`), as the start of that day in Vietnam.
    func emailedDate(_ text: String?, user: PortalUser) throws -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard user.role == .district else { throw PortalError.forbidden }
        guard let day = CivilDate(isoText: text), case let date = Display.startOfDay(day), date <= now else {
            throw PortalError(.badRequest, "received-at", vi: "Ngày nhận không hợp lệ (YYYY-MM-DD, không sau hôm nay).",
                              en: "The date received is not valid (YYYY-MM-DD, not after today).")
        }
        return date
    }

    /// Reads, checks and keeps an upload within the intake's bounds (`IntakeGate`); `verify`
    /// sees the form before it is checked (the pages' anti-forgery token).
    func receiveUpload(_ request: Request, _ context: PortalRequestContext, user: PortalUser,
                       verify: (MultipartForm) throws -> Void = { _ in }) async throws -> ReturnIntake.Received {
        let declared = request.headers[.contentLength].flatMap(Int.init) ?? context.maxUploadSize
        return try await intakeGate.admitting(bytes: min(max(declared, 0), context.maxUploadSize)) {
            let form = try await readUpload(request, context)
            try verify(form)
            return try await receive(form, user: user, context: context)
        }
    }

    /// Checks and keeps an upload, off the request's executor (validation is CPU work).
    func receive(_ form: MultipartForm, user: PortalUser, context: PortalRequestContext) async throws -> ReturnIntake.Received {
        guard user.role != .leader else { throw PortalError.forbidden }
        guard let file = form.files["file"], !(file.bytes.isEmpty && file.name.isEmpty) else { throw PortalError.noFile }
        let emailed = try emailedDate(form.fields["receivedAt"], user: user)
        let intake = self.intake, now = self.now, address = context.address
        return try await intakeGate.checking {
            try await NIOThreadPool.singleton.runIfActive {
                try intake.receive(bytes: file.bytes, sentName: file.name, user: user, address: address, now: now, emailedOn: emailed)
            }
        }
    }

    func uploadPage(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let received = try await receiveUpload(request, context, user: user) { form in
            guard Self.tokensMatch(form.fields["_csrf"], context.session?.csrfToken) else { throw PortalError.csrf }
        }
        return Responses.redirect("/returns/\(received.record.id)")
    }

    // MARK: a return

    func returnId(_ context: PortalRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
        return id
    }

    func returnPage(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try returnId(context)
        let (record, sender, comment) = try await database.pool.read { db in
            let r = try ReturnQueries.find(db, id: id, for: user)
            return (r, try String.fetchOne(db, sql: "SELECT username FROM users WHERE id = ?", arguments: [r.userId]),
                    try Review.comment(db, returnId: r.id))
        }
        let schema = try schemas.schema(version: record.schemaVersionId)
        let validator = try schemas.validator(version: record.schemaVersionId)
        let bytes = try files.get(record.sha256)
        let language = context.language
        let options = configuration.readOptions
        let model = try await NIOThreadPool.singleton.runIfActive { () -> ReturnPageModel in
            // Read again for the page: the values and the sheet; the findings are those stored on receipt.
            let checked = validator.validate(bytes: bytes, fileName: record.fileName)
            var preview: (SheetData, truncated: Bool)? = nil
            if let book = try? WorkbookReader(bytes: bytes, fileName: record.fileName, options: options) {
                let index = checked.sheet.flatMap { book.sheetIndex(named: $0) } ?? 0
                if index < book.sheets.count {
                    preview = try? SheetPreview.read(book, sheet: index, maxRows: ReturnPageModel.maxRows)
                }
            }
            var model = ReturnPageModel(record: record, findings: record.findings, checked: checked.entries.isEmpty ? nil : checked,
                                        sheet: preview?.0, schema: schema, language: language)
            model.sheetTruncated = preview?.truncated ?? false
            return model
        }
        let status = record.status == "accepted" ? WardStatus.accepted : WardStatus.rejected
        let ward = record.wardCode.flatMap { code in schema.wards.first { $0.code == code } }
        var values: [String: Any] = [
            "title": record.fileName, "id": record.id, "fileName": record.fileName, "sha256": record.sha256,
            "ward": ward.map { "\($0.name) (\($0.code))" } ?? "–",
            "receivedAt": Display.dateTime(record.receivedAt) + (record.receivedBy == "email" ? (language == .vi ? " (thư điện tử)" : " (e-mail)") : ""),
            "sentBy": sender ?? "–",
            "status": record.status, "statusText": status.label(record.errors, language),
            "groups": model.groups(), "values": model.values(),
            "canUpload": user.role == .ward && record.review != "approved", "district": false,
        ]
        values["hasValues"] = !(values["values"] as? [Any] ?? []).isEmpty
        let version = try versionNotice(record, language)
        values["checkedAgainst"] = version.text
        if let older = version.older { values["olderVersion"] = older }
        if record.review == "sentBack" { values["sentBackComment"] = comment ?? "" }
        if user.role == .district {
            values["canReview"] = true
            values["canApprove"] = record.status == "accepted" && record.review != "approved"
            values["canReopen"] = record.review != "none"
        }
        if record.review == "approved" { values["statusText"] = WardStatus.approved.label(0, language); values["status"] = "approved" }
        if record.review == "sentBack" { values["statusText"] = WardStatus.sentBack.label(0, language); values["status"] = "sentBack" }
        if let table = model.table() { values["table"] = table }
        if let points = model.points() { values["points"] = points }
        values.merge(try await verifiedPointsValues(record, model.checked, schema: schema, user: user, language: language)) { _, new in new }
        if user.role == .ward, let w = ward { values["userWardName"] = w.name }
        return render("return", values, request, context)
    }

    func originalFile(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try returnId(context)
        let record = try await database.pool.read { db in try ReturnQueries.find(db, id: id, for: user) }
        let bytes = try files.get(record.sha256)
        try await audit(.download, user: user, context: context, wardCode: record.wardCode, returnId: record.id,
                        detail: "\(record.fileName) sha256 \(record.sha256)")
        return Responses.file(bytes, name: record.fileName, format: record.format)
    }
}
