import Foundation
import Spreadsheet

/// Every label of the pages, in Vietnamese (default) and English.
enum Texts {
    static let table: [String: (vi: String, en: String)] = [
        "portal": ("Cổng báo cáo thi đua", "Emulation returns portal"),
        "signIn": ("Đăng nhập", "Sign in"),
        "signOut": ("Đăng xuất", "Sign out"),
        "username": ("Tên đăng nhập", "Username"),
        "password": ("Mật khẩu", "Password"),
        "year": ("Năm", "Year"),
        "deadline": ("Hạn nộp", "Deadline"),
        "daysLeft": ("Còn lại", "Days left"),
        "days": ("ngày", "days"),
        "overdue": ("Đã quá hạn", "Past the deadline"),
        "demoBanner": ("Bản chạy thử: tài khoản và dữ liệu chỉ để dùng thử; hạn nộp là hạn giả định.",
                       "Demo portal: the accounts and data are for trying it out; the deadline is made up."),
        "demoDeadline": ("hạn thử: 30 ngày sau khi khởi động", "demo deadline: 30 days after start"),
        "ward": ("Phường", "Ward"),
        "status": ("Tình trạng báo cáo", "Return status"),
        "blankForm": ("Tải biểu mẫu trống", "Download the blank form"),
        "formXlsx": ("Biểu mẫu Excel (.xlsx)", "Excel form (.xlsx)"),
        "formOds": ("Biểu mẫu LibreOffice (.ods)", "LibreOffice form (.ods)"),
        "upload": ("Gửi báo cáo", "Send the return"),
        "uploadHelp": ("Chọn tệp báo cáo đã điền (.xlsx, .xls, .ods, .csv) hoặc kéo thả tệp vào ô dưới đây.",
                       "Choose the filled return (.xlsx, .xls, .ods, .csv) or drag and drop it onto the box below."),
        "dropHere": ("Kéo thả tệp vào đây", "Drop the file here"),
        "chooseFile": ("Chọn tệp", "Choose file"),
        "send": ("Gửi và kiểm tra", "Send and check"),
        "history": ("Các lần gửi", "Upload history"),
        "time": ("Thời gian nhận", "Received"),
        "fileName": ("Tên tệp", "File name"),
        "sha256": ("SHA-256", "SHA-256"),
        "result": ("Kết quả", "Result"),
        "original": ("Tệp gốc", "Original"),
        "download": ("Tải về", "Download"),
        "view": ("Xem", "View"),
        "noUploads": ("Chưa gửi lần nào.", "Nothing sent yet."),
        "findings": ("Các vấn đề cần xem", "Findings"),
        "errors": ("Lỗi", "Errors"),
        "warnings": ("Cảnh báo", "Warnings"),
        "infos": ("Thông tin", "Notices"),
        "cell": ("Ô", "Cell"),
        "criterion": ("Tiêu chí", "Criterion"),
        "message": ("Nội dung", "Message"),
        "noFindings": ("Không có vấn đề nào.", "No findings."),
        "sheet": ("Trang tính", "Sheet"),
        "sheetNote": ("Ô tô đỏ có lỗi, ô tô vàng có cảnh báo; nội dung ghi ở cột bên phải.",
                      "Cells marked red have errors, yellow warnings; the messages are in the right-hand column."),
        "notes": ("Ghi chú", "Notes"),
        "valuesRead": ("Số liệu đã đọc được", "Values as read"),
        "valuesHelp": ("Hãy đối chiếu với bảng tính của phường.", "Check them against the ward's spreadsheet."),
        "points": ("Điểm", "Points"),
        "maxPoints": ("Tối đa", "Maximum"),
        "area": ("Lĩnh vực", "Area"),
        "total": ("Tổng cộng", "Total"),
        "back": ("Về trang chính", "Back to home"),
        "returnOf": ("Báo cáo", "Return"),
        "receivedAt": ("Nhận lúc", "Received at"),
        "sentBy": ("Người gửi", "Sent by"),
        "role": ("Vai trò", "Role"),
        "wards": ("Các phường", "Wards"),
        "allReturns": ("Các báo cáo đã nhận", "Returns received"),
        "receivedOn": ("Ngày nhận qua thư điện tử (nếu có)", "Date received by e-mail (if so)"),
        "errorTitle": ("Không thực hiện được", "Could not be done"),
        "truncated": ("Chỉ hiện một phần trang tính.", "Only part of the sheet is shown."),
        "noSheet": ("Không đọc được trang tính của báo cáo.", "The return's sheet could not be read."),
        "language": ("English", "Tiếng Việt"),
        "bonusPenalty": ("Điểm thưởng / trừ", "Bonus / penalty"),
        "sent": ("Đã gửi", "Sent"),
        "valid": ("Hợp lệ", "Valid"),
        "approvedCount": ("Đã duyệt", "Approved"),
        "lateCount": ("Trễ hạn", "Late"),
        "missing": ("Chưa gửi", "Not sent"),
        "grade": ("Xếp loại", "Grade"),
        "rank": ("Thứ hạng", "Rank"),
        "ranking": ("Bảng xếp hạng", "Ranking"),
        "audit": ("Nhật ký hoạt động", "Audit log"),
        "filter": ("Lọc", "Filter"),
        "action": ("Việc", "Action"),
        "detail": ("Chi tiết", "Detail"),
        "review": ("Thẩm định của quận", "District review"),
        "approve": ("Duyệt báo cáo", "Approve"),
        "reopen": ("Mở lại", "Reopen"),
        "sendBack": ("Trả lại để sửa", "Send back"),
        "sendBackComment": ("Lý do trả lại (phường sẽ thấy)", "Why it is sent back (the ward sees this)"),
        "sentBackTitle": ("Quận trả lại báo cáo này", "The district sent this return back"),
    ]

    /// Every label: these, those of the district's pages and of the district desk.
    static let all = table.merging(AdminTexts.table) { mine, _ in mine }.merging(DeskTemplates.texts) { mine, _ in mine }

    /// The labels in one language, for a page's `t` object.
    static func labels(_ language: Language) -> [String: String] {
        all.mapValues { language == .en ? $0.en : $0.vi }
    }

    static func text(_ key: String, _ language: Language) -> String {
        guard let t = all[key] else { return key }
        return language == .en ? t.en : t.vi
    }
}

/// Numbers and times as an office reads them: `72.800`, `12,5` in Vietnamese; `72,800`, `12.5` in English.
enum Display {
    static func number(_ v: Double, _ language: Language, grouping: Bool = true) -> String {
        let (group, decimal): (Character, Character) = language == .vi ? (".", ",") : (",", ".")
        let negative = v < 0
        let scaled = (abs(v) * 100).rounded()
        guard scaled < 1e17 else { return String(v) }
        let whole = Int(scaled) / 100, cents = Int(scaled) % 100
        var digits = Array(String(whole))
        var out = ""
        while grouping && digits.count > 3 {
            out = String(group) + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        out = String(digits) + out
        if cents > 0 {
            var frac = String(format: "%02d", cents)
            if frac.hasSuffix("0") { frac.removeLast() }
            out += String(decimal) + frac
        }
        return (negative ? "-" : "") + out
    }

    /// Vietnam's civil time (UTC+7, no daylight saving).
    static let vietnam = TimeZone(secondsFromGMT: 7 * 3600)!

    /// The moment a day begins in Vietnam.
    static func startOfDay(_ d: CivilDate) -> Date {
        Date(timeIntervalSince1970: Double(d.daysSinceEpoch) * 86_400 - Double(vietnam.secondsFromGMT()))
    }

    static func dateTime(_ stored: String) -> String {
        guard let d = Timestamp.date(stored) else { return stored }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = vietnam
        let p = c.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        return String(format: "%02d/%02d/%04d %02d:%02d", p.day!, p.month!, p.year!, p.hour!, p.minute!)
    }

    static func date(_ d: CivilDate) -> String {
        String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
    }
}
