import Foundation
import GRDB
import ThiduaKit

/// The district's verified points ("điểm thẩm định") per return and criterion, with who
/// entered them and when. They belong to one return: a ward's next return starts without any.
enum VerifiedPointsStore {
    /// The verified points of one return, by criterion code.
    static func points(_ db: Database, returnId: Int64) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT criterion, points FROM verifiedPoints WHERE returnId = ?", arguments: [returnId]) {
            out[row["criterion"]] = row["points"]
        }
        return out
    }

    /// The verified points of the returns given, by ward: what ThiduaKit's consolidation scores.
    static func byWard(_ db: Database, returns: [StoredReturn]) throws -> VerifiedPoints {
        var out: VerifiedPoints = [:]
        for r in returns {
            guard let ward = r.wardCode else { continue }
            let points = try points(db, returnId: r.id)
            if !points.isEmpty { out[ward] = points }
        }
        return out
    }
}

extension VerifiedPointsStore {
    /// Sets the verified points of a return (criterion code → points; nil clears one) for a
    /// district user, checked against the schema (known criterion, 0 to its maximum); the
    /// change is a row of `reviews` and of the audit log. An approved return is locked: reopen it first.
    static func set(_ changes: [String: Double?], returnId: Int64, by user: PortalUser, address: String?,
                    schemas: SchemaRegistry, database: PortalDatabase, now: Date) async throws -> [String: Double] {
        guard user.role == .district else { throw PortalError.forbidden }
        let record = try await database.pool.read { db in try ReturnQueries.find(db, id: returnId, for: user) }
        let schema = try schemas.schema(version: record.schemaVersionId)
        var valid: [(String, Double?)] = []
        for (code, points) in changes.sorted(by: { $0.key < $1.key }) {
            guard let criterion = schema.criterion(code) else {
                throw PortalError(.badRequest, "verified.criterion", vi: "Không có tiêu chí \(code) trong bộ tiêu chí.",
                                  en: "There is no criterion \(code) in the schema.")
            }
            if let p = points, !(p.isFinite && p >= 0 && p <= criterion.maxPoints) {
                throw PortalError(.badRequest, "verified.range",
                                  vi: "Điểm thẩm định của \(criterion.code) phải từ 0 đến \(Display.number(criterion.maxPoints, .vi)).",
                                  en: "The verified points of \(criterion.code) must be from 0 to \(Display.number(criterion.maxPoints, .en)).")
            }
            valid.append((criterion.code, points))
        }
        let checked = valid
        return try await database.pool.write { db in
            let r = try ReturnQueries.find(db, id: returnId, for: user)
            guard r.review != "approved" else {
                throw PortalError(.conflict, "verified.locked", vi: "Báo cáo đã được duyệt; hãy mở lại trước khi sửa điểm thẩm định.",
                                  en: "The return is approved; reopen it before changing its verified points.")
            }
            let before = try points(db, returnId: returnId)
            var changed: [String] = []
            for (code, p) in checked where before[code] != p {
                if let p {
                    try db.execute(sql: """
                        INSERT INTO verifiedPoints (returnId, criterion, points, userId, at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (returnId, criterion) DO UPDATE SET points = excluded.points, userId = excluded.userId, at = excluded.at
                        """, arguments: [returnId, code, p, user.id, Timestamp.text(now)])
                } else {
                    try db.execute(sql: "DELETE FROM verifiedPoints WHERE returnId = ? AND criterion = ?", arguments: [returnId, code])
                }
                changed.append("\(code): \(before[code].map { Display.number($0, .en, grouping: false) } ?? "–") → \(p.map { Display.number($0, .en, grouping: false) } ?? "–")")
            }
            if !changed.isEmpty {
                let detail = changed.joined(separator: ", ")
                try db.execute(sql: "INSERT INTO reviews (returnId, userId, action, detailJSON, at) VALUES (?, ?, 'verifyPoints', ?, ?)",
                               arguments: [returnId, user.id, String(decoding: try JSONSerialization.data(withJSONObject: changed), as: UTF8.self),
                                           Timestamp.text(now)])
                try AuditLog.record(db, at: now, user: user, address: address, action: .verifyPoints, wardCode: r.wardCode,
                                    returnId: returnId, detail: "\(r.fileName): \(detail)")
            }
            return try points(db, returnId: returnId)
        }
    }

    /// Who entered a return's verified points, and when, by criterion.
    static func entries(_ db: Database, returnId: Int64) throws -> [String: (points: Double, by: String, at: String)] {
        var out: [String: (points: Double, by: String, at: String)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT v.criterion, v.points, v.at, u.username FROM verifiedPoints v JOIN users u ON u.id = v.userId WHERE v.returnId = ?
            """, arguments: [returnId]) {
            out[row["criterion"]] = (row["points"], row["username"], row["at"])
        }
        return out
    }
}
