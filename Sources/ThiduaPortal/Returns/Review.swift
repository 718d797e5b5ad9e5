import Foundation
import GRDB

/// The district's review of a return: approve it (it then counts and is locked), send it back
/// with a comment the ward sees, or reopen it. Every step is a row of `reviews` and of the audit log.
enum Review {
    enum Action: String, Sendable { case approve, sendBack, reopen }

    static func apply(_ action: Action, to id: Int64, comment: String?, by user: PortalUser, address: String?,
                      database: PortalDatabase, now: Date) async throws -> StoredReturn {
        guard user.role == .district else { throw PortalError.forbidden }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if action == .sendBack && (comment ?? "").isEmpty {
            throw PortalError(.badRequest, "comment.needed", vi: "Hãy ghi lý do trả lại để phường biết cần sửa gì.",
                              en: "Say why the return is sent back, so the ward knows what to fix.")
        }
        return try await database.pool.write { db in
            let r = try ReturnQueries.find(db, id: id, for: user)
            if action == .approve && r.status != "accepted" {
                throw PortalError(.conflict, "approve.rejected", vi: "Chỉ duyệt được báo cáo không còn lỗi.",
                                  en: "Only a return without errors can be approved.")
            }
            let review: String = switch action {
            case .approve: "approved"
            case .sendBack: "sentBack"
            case .reopen: "none"
            }
            try db.execute(sql: "UPDATE returns SET review = ? WHERE id = ?", arguments: [review, id])
            try db.execute(sql: "INSERT INTO reviews (returnId, userId, action, comment, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, user.id, action.rawValue, comment?.prefix(2000).description, Timestamp.text(now)])
            let audit: AuditLog.Action = switch action {
            case .approve: .approve
            case .sendBack: .sendBack
            case .reopen: .reopen
            }
            try AuditLog.record(db, at: now, user: user, address: address, action: audit, wardCode: r.wardCode, returnId: id,
                                detail: "\(r.fileName)" + (comment.map { ": \($0.prefix(200))" } ?? ""))
            return try StoredReturn.fetchOne(db, sql: "SELECT * FROM returns WHERE id = ?", arguments: [id])!
        }
    }

    /// The district's latest comment when it sent the return back.
    static func comment(_ db: Database, returnId: Int64) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT comment FROM reviews WHERE returnId = ? AND action = 'sendBack' ORDER BY id DESC LIMIT 1
            """, arguments: [returnId])
    }

    /// Whether the ward's return of the active schema is approved (and so locked against
    /// replacement); last year's approval does not lock this year's returns.
    static func isLocked(_ db: Database, wardCode: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM returns WHERE wardCode = ? AND review = 'approved' AND \(ReturnQueries.ofActiveSchema))
            """, arguments: [wardCode]) ?? false
    }
}
