import Spreadsheet

/// The labels of the district's administration pages (schema versions, accounts, the audit
/// log's actions), in Vietnamese and English; merged into `Texts`.
enum AdminTexts {
    static let table: [String: (vi: String, en: String)] = [
        "schemas": ("Bộ tiêu chí", "Criteria schema"),
        "accounts": ("Tài khoản", "Accounts"),
        "activeSchema": ("Phiên bản đang dùng", "Active version"),
        "schemaVersions": ("Các phiên bản đã nạp", "Versions loaded"),
        "schemaUpload": ("Nạp bộ tiêu chí", "Load a criteria workbook"),
        "schemaUploadHelp": ("Chọn bảng tính bộ tiêu chí đã sửa trong Excel hoặc LibreOffice (.xlsx, .ods, .xls). Tệp được kiểm tra trước; nếu có lỗi, không có gì thay đổi và các lỗi được chỉ ra từng ô.",
                             "Choose the criteria workbook as edited in Excel or LibreOffice (.xlsx, .ods, .xls). It is checked first; with any error nothing changes and each error is shown with its cell."),
        "activateNow": ("Dùng ngay phiên bản này (biểu mẫu trống và báo cáo mới theo phiên bản này)",
                        "Make it the active version now (blank forms and new returns follow it)"),
        "schemaCheck": ("Kiểm tra và nạp", "Check and load"),
        "schemaRefused": ("Chưa nạp được bộ tiêu chí", "The criteria workbook was not loaded"),
        "schemaRefusedHelp": ("Không có gì thay đổi: phiên bản đang dùng vẫn giữ nguyên. Hãy sửa các ô dưới đây trong bảng tính rồi nạp lại.",
                              "Nothing changed: the active version stays as it was. Fix the cells below in the workbook and load it again."),
        "schemaAdded": ("Đã nạp phiên bản", "Version loaded"),
        "schemaKnown": ("Bộ tiêu chí này đã có (cùng nội dung), không thêm phiên bản mới", "These criteria are already a version (same content); nothing was added"),
        "schemaAddedInactive": ("Phiên bản này chưa được dùng: bấm \"Dùng phiên bản này\" khi muốn các phường tải biểu mẫu mới.",
                                "This version is not active yet: press \"Make active\" when the wards should download the new forms."),
        "schemaWarnings": ("Cảnh báo khi đọc bộ tiêu chí", "Warnings while reading the workbook"),
        "schemaId": ("Mã bộ tiêu chí", "Schema id"),
        "version": ("Phiên bản", "Version"),
        "uploadedBy": ("Người nạp", "Loaded by"),
        "uploadedAt": ("Thời gian nạp", "Loaded at"),
        "commandLine": ("dòng lệnh", "command line"),
        "state": ("Trạng thái", "State"),
        "active": ("Đang dùng", "Active"),
        "activate": ("Dùng phiên bản này", "Make active"),
        "criteriaCount": ("Số tiêu chí", "Criteria"),
        "wardsCount": ("Số phường", "Wards"),
        "title": ("Tiêu đề", "Title"),
        "severity": ("Mức độ", "Severity"),
        "checkedAgainst": ("Kiểm tra theo bộ tiêu chí", "Checked against schema"),
        "addAccount": ("Thêm tài khoản", "Add an account"),
        "wardOfAccount": ("Phường (với tài khoản phường)", "Ward (for a ward account)"),
        "passwordBlankHelp": ("Để trống để máy tạo mật khẩu (hiện một lần). Ít nhất 8 ký tự.",
                              "Leave empty to have one made (shown once). At least 8 characters."),
        "newPasswordFor": ("Mật khẩu của", "Password of"),
        "passwordOnce": ("Mật khẩu chỉ hiện một lần: hãy chép và trao tận tay người dùng.",
                         "The password is shown only once: copy it and hand it to its user in person."),
        "resetPassword": ("Đặt lại mật khẩu", "Reset password"),
        "disable": ("Khóa", "Disable"),
        "enable": ("Mở khóa", "Enable"),
        "enabled": ("Đang dùng", "Enabled"),
        "disabled": ("Đã khóa", "Disabled"),
        "createdAt": ("Ngày tạo", "Created"),
        "actions": ("Thao tác", "Actions"),
        "you": ("(bạn)", "(you)"),
        "roleWard": ("Phường", "Ward"),
        "roleDistrict": ("Quận (phòng thi đua)", "District (emulation office)"),
        "roleLeader": ("Lãnh đạo (chỉ xem)", "Leader (read-only)"),
        "userAdded": ("Đã thêm tài khoản", "Account added"),
        "userDisabledNotice": ("Đã khóa tài khoản (các phiên đăng nhập của tài khoản đã kết thúc)", "Account disabled (its sessions have ended)"),
        "userEnabledNotice": ("Đã mở khóa tài khoản", "Account enabled"),
        "when": ("Thời gian", "Time"),
    ]

    /// The audit log's actions as the audit page says them; an action without a label shows its code.
    static let actions: [String: (vi: String, en: String)] = [
        "sign-in": ("Đăng nhập", "Signed in"),
        "sign-in.failed": ("Đăng nhập sai", "Failed sign-in"),
        "sign-in.throttled": ("Đăng nhập bị chặn tạm thời", "Sign-in throttled"),
        "sign-out": ("Đăng xuất", "Signed out"),
        "upload": ("Gửi báo cáo", "Return uploaded"),
        "upload.refused": ("Từ chối tệp gửi", "Upload refused"),
        "download": ("Tải tệp về", "File downloaded"),
        "user.added": ("Thêm tài khoản", "Account added"),
        "user.password": ("Đặt mật khẩu mới", "Password set"),
        "user.disabled": ("Khóa tài khoản", "Account disabled"),
        "user.enabled": ("Mở khóa tài khoản", "Account enabled"),
        "schema.imported": ("Nạp bộ tiêu chí", "Schema loaded"),
        "schema.activated": ("Đổi phiên bản bộ tiêu chí đang dùng", "Active schema version changed"),
        "schema.refused": ("Bộ tiêu chí có lỗi, không nạp", "Schema refused (errors)"),
        "return.approved": ("Duyệt báo cáo", "Return approved"),
        "return.sent-back": ("Trả lại báo cáo", "Return sent back"),
        "return.reopened": ("Mở lại báo cáo", "Return reopened"),
        "return.points-verified": ("Nhập điểm thẩm định", "Verified points entered"),
        "consolidation": ("Tổng hợp", "Consolidation"),
    ]

    static func action(_ code: String, _ language: Language) -> String {
        guard let t = actions[code] else { return code }
        return language == .en ? t.en : t.vi
    }

    /// An account's role as the pages say it.
    static func role(_ role: Role, _ language: Language) -> String {
        switch role {
        case .ward: Texts.text("roleWard", language)
        case .district: Texts.text("roleDistrict", language)
        case .leader: Texts.text("roleLeader", language)
        }
    }
}
