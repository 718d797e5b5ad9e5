import Foundation
import Spreadsheet
import ThiduaKit

/// Where a ward's return stands, judged from its latest return and when it was received
/// (server time, or the date an e-mailed return came), never from the date typed in the form.
enum WardStatus: String, Sendable {
    case notSent, rejected, accepted, late, approved, sentBack

    /// The end of the deadline day in Vietnam.
    static func deadlineEnd(_ schema: CriteriaSchema) -> Date {
        Display.startOfDay(schema.settings.deadline).addingTimeInterval(86_400)
    }

    /// Whole days from today (in Vietnam) to the deadline day; negative once it has passed.
    static func daysLeft(_ schema: CriteriaSchema, now: Date) -> Int {
        Int((deadlineEnd(schema).timeIntervalSince(now) / 86_400).rounded(.up)) - 1
    }

    static func of(_ latest: StoredReturn?, schema: CriteriaSchema) -> WardStatus {
        guard let r = latest else { return .notSent }
        if r.review == "approved" { return .approved }
        if r.review == "sentBack" { return .sentBack }
        if r.status != "accepted" { return .rejected }
        if let at = Timestamp.date(r.receivedAt), at >= deadlineEnd(schema) { return .late }
        return .accepted
    }

    func label(_ errors: Int, _ language: Language) -> String {
        switch (self, language) {
        case (.notSent, .vi): "Chưa gửi"
        case (.notSent, .en): "Not sent"
        case (.rejected, .vi): "Đã gửi, còn \(errors) lỗi"
        case (.rejected, .en): "Sent with \(errors) error\(errors == 1 ? "" : "s")"
        case (.accepted, .vi): "Đã được chấp nhận"
        case (.accepted, .en): "Accepted"
        case (.late, .vi): "Được chấp nhận nhưng nộp trễ hạn"
        case (.late, .en): "Accepted, late"
        case (.approved, .vi): "Quận đã duyệt"
        case (.approved, .en): "Approved by the district"
        case (.sentBack, .vi): "Quận trả lại để sửa"
        case (.sentBack, .en): "Sent back by the district"
        }
    }
}
