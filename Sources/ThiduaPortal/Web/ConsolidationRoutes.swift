import Foundation
import Hummingbird
import Spreadsheet
import ThiduaKit

/// The consolidate form's fields: the token, and `ods` when the ODS workbook is wanted too.
struct ConsolidateForm: Decodable {
    var _csrf: String?
    var ods: String?
}

/// `POST /api/consolidations`'s optional body: `{"format": "xlsx" | "ods" | "both"}`, as the CLI's `--format`.
struct APIConsolidate: Decodable {
    var format: String?
}

extension Portal {
    func addConsolidationRoutes(to router: Router<PortalRequestContext>) {
        router.post("/api/consolidations") { request, context in
            let user = try context.requireUser()
            guard user.role == .district else { throw PortalError.forbidden }
            let body = try await request.body.collect(upTo: 16 * 1024)
            var format: String? = nil
            if body.readableBytes > 0 {
                guard let asked = try? JSONDecoder().decode(APIConsolidate.self, from: Data(buffer: body)) else {
                    throw PortalError(.badRequest, "json", vi: "Cần JSON {\"format\": \"xlsx\"|\"ods\"|\"both\"}.",
                                      en: "Expected JSON {\"format\": \"xlsx\"|\"ods\"|\"both\"}.")
                }
                format = asked.format
            }
            let made = try await DeskConsolidation(portal: self).run(user: user, formats: try Self.formats(format), address: context.address)
            return Responses.json(self.consolidationJSON(made), status: .created)
        }
        router.get("/api/consolidations") { _, context in
            _ = try self.requireDeskReader(context)
            let all = try await self.database.pool.read { db in try ConsolidationDetail.all(db) }
            return Responses.json(["consolidations": all.map { self.consolidationJSON($0) }])
        }
        router.get("/api/consolidations/{id}") { _, context in
            _ = try self.requireDeskReader(context)
            return Responses.json(self.consolidationJSON(try await self.consolidation(context)))
        }
        router.get("/api/consolidations/{id}/files/{name}") { _, context in try await self.consolidationFile(context) }
        router.get("/consolidations/{id}/files/{name}") { _, context in try await self.consolidationFile(context) }
        for prefix in ["/api/consolidations", "/consolidations"] {
            router.get("\(prefix)/{id}/verified-points.csv") { _, context in
                _ = try self.requireDeskReader(context)
                let c = try await self.consolidation(context)
                return Responses.file(Array(c.verifiedCSV.utf8), name: "verified-points-\(c.record.id).csv", format: "csv")
            }
        }
        router.get("/consolidations") { request, context in
            let user = try self.requireDeskReader(context)
            let all = try await self.database.pool.read { db in try ConsolidationDetail.all(db) }
            let inputs = try await self.database.pool.read { db in try DeskConsolidation.inputs(db) }
            return self.render("consolidations", [
                "title": Texts.text("consolidations", context.language),
                "canConsolidate": user.role == .district,
                "ready": inputs.map { ["name": $0.name, "ward": $0.record.wardCode ?? "", "sha256": $0.record.sha256] },
                "hasReady": !inputs.isEmpty,
                "consolidations": all.map { self.consolidationRow($0) },
                "hasConsolidations": !all.isEmpty,
            ], request, context)
        }
        router.post("/consolidations") { request, context in
            let user = try context.requireUser()
            let form = try await self.formBody(request, ConsolidateForm.self)
            guard Self.tokensMatch(form._csrf, context.session?.csrfToken) else { throw PortalError.csrf }
            let made = try await DeskConsolidation(portal: self).run(user: user, formats: form.ods == nil ? [.xlsx] : [.xlsx, .ods],
                                                                     address: context.address)
            return Responses.redirect("/consolidations/\(made.record.id)")
        }
        router.get("/consolidations/{id}") { request, context in
            _ = try self.requireDeskReader(context)
            let c = try await self.consolidation(context)
            var values = self.consolidationRow(c)
            values["title"] = Texts.text("consolidation", context.language) + " \(c.record.id)"
            values["inputs"] = c.inputs.map { i in
                ["name": i.name, "ward": i.wardCode ?? "–", "sha256": i.sha256, "returnId": i.returnId] as [String: Any]
            }
            let rows = c.verifiedRows(schema: try? self.schemas.schema(version: c.record.schemaVersionId), context.language)
            values["verified"] = rows
            values["hasVerified"] = !rows.isEmpty
            return self.render("consolidation", values, request, context)
        }
    }

    /// District and leader users read consolidations; ward users may not.
    func requireDeskReader(_ context: PortalRequestContext) throws -> PortalUser {
        let user = try context.requireUser()
        guard user.role != .ward else { throw PortalError.forbidden }
        return user
    }

    /// The workbook formats of `--format`: xlsx (default), ods or both.
    static func formats(_ name: String?) throws -> [SpreadsheetFormat] {
        switch name ?? "xlsx" {
        case "xlsx": return [.xlsx]
        case "ods": return [.ods]
        case "both": return [.xlsx, .ods]
        default:
            throw PortalError(.badRequest, "format", vi: "Định dạng phải là xlsx, ods hoặc both.", en: "The format must be xlsx, ods or both.")
        }
    }

    func consolidation(_ context: PortalRequestContext) async throws -> ConsolidationDetail {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
        return try await database.pool.read { db in try ConsolidationDetail.fetch(db, id: id) }
    }

    /// One file of a consolidation, as written; every download is in the audit log.
    func consolidationFile(_ context: PortalRequestContext) async throws -> Response {
        let user = try requireDeskReader(context)
        let c = try await consolidation(context)
        guard let name = context.parameters.get("name"), let file = c.files.first(where: { $0.name == name }) else {
            throw PortalError.notFound
        }
        let bytes = try files.get(file.sha256)
        try await audit(.download, user: user, context: context, detail: "consolidation \(c.record.id): \(file.name) sha256 \(file.sha256)")
        return Responses.file(bytes, name: file.name, format: (file.name as NSString).pathExtension.lowercased())
    }

    func consolidationJSON(_ c: ConsolidationDetail) -> [String: Any] {
        [
            "id": c.record.id, "createdAt": c.record.createdAt, "by": c.username ?? NSNull(),
            "wards": c.record.wards, "wardsAccepted": c.record.wardsAccepted,
            "files": c.files.map { f -> [String: Any] in
                ["name": f.name, "sha256": f.sha256, "size": f.size, "url": "/api/consolidations/\(c.record.id)/files/\(f.name)"]
            },
            "inputs": c.inputs.map { i -> [String: Any] in
                ["returnId": i.returnId, "wardCode": i.wardCode ?? NSNull(), "name": i.name, "sha256": i.sha256]
            },
            "verified": c.verified,
        ]
    }

    func consolidationRow(_ c: ConsolidationDetail) -> [String: Any] {
        [
            "id": c.record.id, "createdAt": Display.dateTime(c.record.createdAt), "by": c.username ?? "–",
            "wardsText": "\(c.record.wardsAccepted)/\(c.record.wards)", "inputCount": c.inputs.count,
            "files": c.files.map { f -> [String: Any] in
                ["name": f.name, "sha256": f.sha256, "size": f.size, "url": "/consolidations/\(c.record.id)/files/\(f.name)"]
            },
        ]
    }
}

extension ConsolidationDetail {
    /// The verified points scored, by ward and criterion.
    var verified: VerifiedPoints {
        (try? JSONDecoder().decode(VerifiedPoints.self, from: Data(record.verifiedJSON.utf8))) ?? [:]
    }

    /// The verified points as `thidua consolidate --verified` reads them: `ward,criterion,points`,
    /// numbers canonical. Codes are the schema's (letters and digits), so nothing needs quoting.
    var verifiedCSV: String {
        "ward,criterion,points\n" + verified.keys.sorted().flatMap { ward in
            (verified[ward] ?? [:]).sorted { $0.key < $1.key }.map { "\(ward),\($0.key),\(CanonicalNumberText.string($0.value) ?? "")\n" }
        }.joined()
    }

    /// One row per ward and criterion verified, named as in the schema the consolidation used.
    func verifiedRows(schema: CriteriaSchema?, _ language: Language) -> [[String: Any]] {
        verified.keys.sorted().flatMap { ward in
            (verified[ward] ?? [:]).keys.sorted().map { code -> [String: Any] in
                ["ward": schema?.wards.first { $0.code == ward }.map { "\($0.name) (\(ward))" } ?? ward,
                 "criterion": schema?.criterion(code).map { "\(code) \($0.name)" } ?? code,
                 "points": Display.number(verified[ward]?[code] ?? 0, language)]
            }
        }
    }
}
