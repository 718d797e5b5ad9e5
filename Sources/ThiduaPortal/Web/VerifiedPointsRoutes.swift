import Foundation
import Hummingbird
import Spreadsheet
import ThiduaKit

/// `POST /api/returns/{id}/verified-points`'s body: `{"points": {"KT08": 3, "CC09": null}}` (null clears).
struct APIVerifiedPoints: Decodable {
    var points: [String: Double?]
}

extension Portal {
    func addVerifiedPointsRoutes(to router: Router<PortalRequestContext>) {
        router.get("/api/returns/{id}/verified-points") { _, context in
            let user = try context.requireUser()
            let id = try self.returnId(context)
            let points = try await self.database.pool.read { db in
                _ = try ReturnQueries.find(db, id: id, for: user)
                return try VerifiedPointsStore.points(db, returnId: id)
            }
            return Responses.json(["returnId": id, "points": points])
        }
        router.post("/api/returns/{id}/verified-points") { request, context in
            let user = try context.requireUser()
            let body = try await request.body.collect(upTo: 64 * 1024)
            guard let asked = try? JSONDecoder().decode(APIVerifiedPoints.self, from: Data(buffer: body)) else {
                throw PortalError(.badRequest, "json", vi: "Cần JSON {\"points\": {\"MÃ\": điểm}}.", en: "Expected JSON {\"points\": {\"CODE\": points}}.")
            }
            let id = try self.returnId(context)
            let points = try await VerifiedPointsStore.set(asked.points, returnId: id, by: user, address: context.address,
                                                          schemas: self.schemas, database: self.database, now: self.now)
            return Responses.json(["returnId": id, "points": points])
        }
        router.post("/returns/{id}/verified-points") { request, context in
            let user = try context.requireUser()
            let form = try await self.formBody(request, [String: String].self)
            guard Self.tokensMatch(form["_csrf"], context.session?.csrfToken) else { throw PortalError.csrf }
            let id = try self.returnId(context)
            var changes: [String: Double?] = [:]
            for (key, text) in form where key.hasPrefix("p_") {
                let code = String(key.dropFirst(2)), typed = text.trimmingCharacters(in: .whitespaces)
                if typed.isEmpty {
                    changes[code] = .some(nil)
                } else if let n = NumberParser.detectHuman(typed) ?? NumberParser(style: context.language == .vi ? .vietnamese : .english).parse(typed),
                          !n.isPercent {
                    changes[code] = n.value
                } else {
                    throw PortalError(.badRequest, "verified.number", vi: "Điểm thẩm định của \(code) không phải là số: “\(typed.prefix(40))”.",
                                      en: "The verified points of \(code) are not a number: “\(typed.prefix(40))”.")
                }
            }
            _ = try await VerifiedPointsStore.set(changes, returnId: id, by: user, address: context.address,
                                                  schemas: self.schemas, database: self.database, now: self.now)
            return Responses.redirect("/returns/\(id)#verified")
        }
    }

    /// The verified points beside the return's own on its page: every criterion, with inputs,
    /// for a district user while the return can still be changed; the criteria verified, for
    /// everyone else. Totals are ThiduaKit's consolidation of this one return.
    func verifiedPointsValues(_ record: StoredReturn, _ checked: WardReturn?, schema: CriteriaSchema, user: PortalUser,
                              language: Language) async throws -> [String: Any] {
        guard let checked, let ward = checked.ward else { return [:] }
        let entries = try await database.pool.read { db in try VerifiedPointsStore.entries(db, returnId: record.id) }
        let canVerify = user.role == .district && record.status == "accepted" && record.review != "approved"
        guard canVerify || !entries.isEmpty else { return [:] }
        let verified = Consolidation(schema: schema, returns: [checked], verified: [ward.code: entries.mapValues(\.points)])
        let total = verified.standings.first { $0.ward.code == ward.code }?.values?.total
        let rows = schema.criteria.compactMap { c -> [String: Any]? in
            let v = entries[c.code]
            // Criteria worth no points (figures kept for reference) have nothing to verify.
            guard v != nil || (canVerify && c.maxPoints > 0) else { return nil }
            return [
                "code": c.code, "name": c.name, "max": Display.number(c.maxPoints, language),
                "own": checked.entry(c.code)?.points.map { Display.number($0, language) } ?? "–",
                "verified": v.map { Display.number($0.points, language, grouping: false) } ?? "", "isVerified": v != nil,
                "by": v.map { "\($0.by), \(Display.dateTime($0.at))" } ?? "",
            ]
        }
        return [
            "verifiedSection": true, "canVerify": canVerify, "verifiedRows": rows,
            "ownTotal": Display.number(checked.totalPoints, language),
            "verifiedTotal": total.map { Display.number($0, language) } ?? "–",
        ]
    }
}
