import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Spreadsheet
import ThiduaKit

extension PortalRequestContext {
    /// The signed-in district account, or a refusal (401 signed out, 403 ward and leader accounts).
    func requireDistrict() throws -> PortalUser {
        let user = try requireUser()
        guard user.role == .district else { throw PortalError.forbidden }
        return user
    }
}

/// The district's page of criteria schema versions: load a workbook (checked with the CLI's
/// loader; its errors shown cell by cell, nothing changed), list the versions, make one active.
extension Portal {
    func addSchemaRoutes(to router: Router<PortalRequestContext>) {
        router.get("/schemas") { request, context in
            _ = try context.requireDistrict()
            return try await self.schemasPage(request, context)
        }
        router.post("/schemas") { request, context in try await self.schemaUpload(request, context) }
        router.post("/schemas/{id}/activate") { request, context in
            let user = try context.requireDistrict()
            let form = try await self.formBody(request, TokenForm.self)
            guard Self.tokensMatch(form._csrf, context.session?.csrfToken) else { throw PortalError.csrf }
            guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
            let schemas = self.schemas, address = context.address, now = self.now
            try await NIOThreadPoolRunner.run { try schemas.activate(id: id, by: user, address: address, now: now) }
            return Responses.redirect("/schemas")
        }
        router.get("/schemas/{id}/file") { _, context in
            let user = try context.requireDistrict()
            guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
            let record = try await self.database.pool.read { db in try SchemaRegistry.record(db, id: id) }
            try await self.audit(.download, user: user, context: context, detail: "schema #\(id) \(record.fileName) sha256 \(record.sha256)")
            return Responses.file(try self.files.get(record.sha256), name: record.fileName,
                                  format: (record.fileName as NSString).pathExtension.lowercased())
        }
    }

    func schemaUpload(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let user = try context.requireDistrict()
        let form = try await readUpload(request, context)
        guard Self.tokensMatch(form.fields["_csrf"], context.session?.csrfToken) else { throw PortalError.csrf }
        guard let file = form.files["file"], !file.bytes.isEmpty else {
            throw PortalError(.badRequest, "no-file", vi: "Chưa chọn tệp bộ tiêu chí.", en: "No criteria workbook was chosen.")
        }
        let name = ReturnIntake.displayName(file.name)
        let activate = form.fields["activate"].map { !$0.isEmpty } ?? false
        let schemas = self.schemas, now = self.now, address = context.address, options = configuration.readOptions
        do {
            let added = try await NIOThreadPool.singleton.runIfActive {
                try schemas.add(bytes: file.bytes, fileName: name, activate: activate, by: user, address: address, now: now,
                                readOptions: options)
            }
            return try await schemasPage(request, context, added: added)
        } catch let error as SchemaError {
            try await audit(.schemaRefused, user: user, context: context,
                            detail: "\(name) sha256 \(FileStore.sha256(file.bytes)): \(error.errors.count) errors")
            return try await schemasPage(request, context, refused: (name, error.findings), status: .unprocessableContent)
        }
    }

    /// The findings as rows of the page's table: sheet, cell, severity, message, code.
    static func findingRows(_ findings: [Finding], _ language: Language) -> [[String: Any]] {
        findings.sorted { $0.severity > $1.severity }.map { f in
            ["sheet": f.location.sheet ?? "–", "cell": f.location.cell?.description ?? "–", "severity": f.severity.rawValue,
             "severityText": language == .en ? f.severity.rawValue.capitalized : f.severity.name(language), "message": f.message.text(language),
             "code": f.code.rawValue]
        }
    }

    func schemasPage(_ request: Request, _ context: PortalRequestContext, added: SchemaRegistry.Added? = nil,
                     refused: (fileName: String, findings: [Finding])? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = context.language
        // On the thread pool, as the accounts page (`usersPage`).
        let schemas = self.schemas
        let versions = try await NIOThreadPoolRunner.run { try schemas.list() }
        var values: [String: Any] = [
            "title": Texts.text("schemas", language),
            "versions": versions.map { item -> [String: Any] in
                let v = item.record
                return ["id": v.id, "fileName": v.fileName, "schemaId": v.schemaId, "version": v.version, "year": String(v.year),
                        "uploadedBy": item.uploadedBy ?? Texts.text("commandLine", language),
                        "uploadedAt": Display.dateTime(v.uploadedAt), "sha256": v.sha256, "active": v.active]
            },
        ]
        if case let (record, schema)? = try? schemas.active() {
            values["current"] = ["schemaId": record.schemaId, "version": record.version, "year": String(schema.settings.year),
                                 "deadline": Display.date(schema.settings.deadline), "criteria": schema.criteria.count,
                                 "wards": schema.wards.count, "title": schema.settings.title]
        }
        if let refused {
            values["refused"] = ["fileName": refused.fileName, "findings": Self.findingRows(refused.findings, language)]
        }
        if let added {
            let r = added.record
            values["added"] = [
                "id": r.id, "active": r.active, "hasWarnings": !added.warnings.isEmpty,
                "findings": Self.findingRows(added.warnings, language),
                "heading": added.isNew ? "\(Texts.text("schemaAdded", language)) \(r.schemaId) \(r.version) (#\(r.id))"
                                       : Texts.text("schemaKnown", language),
                "summary": "\(r.fileName) · \(r.schemaId) · \(Texts.text("version", language)) \(r.version) · \(Texts.text("year", language)) \(r.year)"
                    + (r.active ? " · \(Texts.text("active", language))" : ""),
            ]
        }
        return render("schemas", values, request, context, status: status)
    }
}
