import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Spreadsheet
import ThiduaKit

/// The review form's fields.
struct ReviewForm: Decodable {
    var _csrf: String?
    var comment: String?
}

/// `POST /api/returns/{id}/send-back`'s body.
struct APIComment: Decodable {
    var comment: String?
}

extension Portal {
    func addDistrictRoutes(to router: Router<PortalRequestContext>) {
        router.get("/api/status") { _, context in
            let user = try context.requireUser()
            guard user.role != .ward else { throw PortalError.forbidden }
            return Responses.json(try await self.districtStatus().json())
        }
        for (name, action) in [("approve", Review.Action.approve), ("send-back", .sendBack), ("reopen", .reopen)] {
            router.post("/api/returns/{id}/\(name)") { request, context in
                let user = try context.requireUser()
                var comment: String? = nil
                if action == .sendBack {
                    let body = try await request.body.collect(upTo: 16 * 1024)
                    comment = (try? JSONDecoder().decode(APIComment.self, from: Data(buffer: body)))?.comment
                }
                let r = try await Review.apply(action, to: try self.returnId(context), comment: comment, by: user,
                                               address: context.address, database: self.database, now: self.now)
                return Responses.json(self.returnJSON(r, language: context.language, findings: false))
            }
            router.post("/returns/{id}/\(name)") { request, context in
                let user = try context.requireUser()
                let form = try await self.formBody(request, ReviewForm.self)
                guard Self.tokensMatch(form._csrf, context.session?.csrfToken) else { throw PortalError.csrf }
                let id = try self.returnId(context)
                _ = try await Review.apply(action, to: id, comment: form.comment, by: user, address: context.address,
                                           database: self.database, now: self.now)
                return Responses.redirect("/returns/\(id)")
            }
        }
        router.get("/dashboard/rows") { request, context in
            let user = try context.requireUser()
            guard user.role != .ward else { throw PortalError.forbidden }
            let status = try await self.districtStatus()
            return Responses.html(self.pages.render("wardRows", ["wards": self.wardRows(status, context.language)],
                                                    language: context.language, path: request.uri.path, session: context.session))
        }
        router.get("/dashboard/chart.svg") { _, context in
            let user = try context.requireUser()
            guard user.role != .ward else { throw PortalError.forbidden }
            return Responses.text(RankingChart.svg(try await self.districtStatus(), language: context.language),
                                  contentType: "image/svg+xml; charset=utf-8")
        }
        router.get("/audit") { request, context in
            let user = try context.requireUser()
            guard user.role != .ward else { throw PortalError.forbidden }
            let ward = request.uri.queryParameters["ward"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let entries = try await self.database.pool.read { db in try AuditLog.entries(db, wardCode: ward) }
            let schema = try self.schemas.active().schema
            return self.render("audit", [
                "title": Texts.text("audit", context.language),
                "entries": entries.map { e -> [String: Any] in
                    ["at": Display.dateTime(e.at), "user": e.username ?? (e.userId == nil ? Texts.text("commandLine", context.language) : "–"), "address": e.address ?? "",
                     "action": AdminTexts.action(e.action, context.language), "actionCode": e.action, "ward": e.wardCode ?? "", "returnId": e.returnId.map { String($0) } ?? "",
                     "detail": e.detail]
                },
                "wards": schema.wards.map { ["code": $0.code, "name": $0.name, "selected": $0.code == ward] },
            ], request, context)
        }
    }

    func districtStatus() async throws -> DistrictStatus {
        try await DistrictStatus.build(portal: self, schema: try schemas.active().schema)
    }

    func wardRows(_ status: DistrictStatus, _ language: Language) -> [[String: Any]] {
        status.rows.map { row in
            [
                "name": row.ward.name, "code": row.ward.code,
                "statusText": row.status.label(row.record?.errors ?? 0, language) + (row.late && row.status == .approved
                    ? (language == .vi ? " (trễ hạn)" : " (late)") : ""),
                "statusClass": row.status.rawValue,
                "receivedAt": row.record.map { Display.dateTime($0.receivedAt) } ?? "–",
                "returnId": row.record.map { String($0.id) } ?? "",
                "points": row.standing.values.map { Display.number($0.total, language) } ?? "–",
                "grade": row.standing.grade?.name ?? "–",
                "rank": row.standing.rank.map(String.init) ?? "–",
            ]
        }
    }
}

/// The ranking as a horizontal bar chart in SVG, drawn on the server (no script needed).
enum RankingChart {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func svg(_ status: DistrictStatus, language: Language) -> String {
        let ranked = status.rows.filter { $0.standing.values != nil }
            .sorted { ($0.standing.rank ?? .max, $0.ward.code) < ($1.standing.rank ?? .max, $1.ward.code) }
        let maxPoints = max(status.schema.settings.maxTotalPoints, 1)
        let rowHeight = 28, labelWidth = 170, barWidth = 420
        let height = max(ranked.count, 1) * rowHeight + 20
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 70)\" height=\"\(height)\""
        out += " font-family=\"Arial, sans-serif\" font-size=\"13\" role=\"img\">"
        if ranked.isEmpty {
            out += "<text x=\"0\" y=\"20\" fill=\"#5b6475\">\(language == .vi ? "Chưa có báo cáo hợp lệ." : "No valid return yet.")</text>"
        }
        for (i, row) in ranked.enumerated() {
            let total = row.standing.values?.total ?? 0
            let y = 10 + i * rowHeight
            let w = Int((total / maxPoints * Double(barWidth)).rounded())
            let label = "\(row.standing.rank.map { "\($0). " } ?? "")\(row.ward.name)"
            out += "<text x=\"0\" y=\"\(y + 17)\">\(escape(label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"18\" fill=\"#0b5394\"/>"
            out += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 17)\">\(Display.number(total, language))</text>"
        }
        return out + "</svg>\n"
    }
}
