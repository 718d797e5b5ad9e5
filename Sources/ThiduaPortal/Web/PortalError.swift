import HTTPTypes
import Hummingbird
import Spreadsheet

/// A refusal the portal explains: an HTTP status, a stable code and a bilingual message.
public struct PortalError: Error, Sendable, Hashable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: LocalizedMessage
    /// Seconds after which the client may try again (`Retry-After`), for a refusal that passes.
    public var retryAfter: Int?

    public init(_ status: HTTPResponse.Status, _ code: String, vi: String, en: String, retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = LocalizedMessage(vi: vi, en: en)
        self.retryAfter = retryAfter
    }

    static let notFound = PortalError(.notFound, "not-found", vi: "Không tìm thấy trang hoặc báo cáo này.",
                                      en: "No such page or return.")
    static let unauthorized = PortalError(.unauthorized, "unauthorized", vi: "Cần đăng nhập.", en: "Sign-in required.")
    static let forbidden = PortalError(.forbidden, "forbidden", vi: "Tài khoản của bạn không được làm việc này.",
                                       en: "Your account may not do this.")
    static let csrf = PortalError(.forbidden, "csrf", vi: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.",
                                  en: "The form has expired or is not valid. Reload the page and try again.")
    static let throttled = PortalError(.tooManyRequests, "throttled",
                                       vi: "Đăng nhập sai quá nhiều lần. Hãy đợi 15 phút rồi thử lại.",
                                       en: "Too many failed sign-ins. Wait 15 minutes and try again.")
    static let badCredentials = PortalError(.unauthorized, "bad-credentials", vi: "Sai tên đăng nhập hoặc mật khẩu.",
                                            en: "Wrong username or password.")
    static func tooLarge(_ limit: Int) -> PortalError {
        PortalError(.contentTooLarge, "too-large", vi: "Tệp lớn hơn giới hạn \(limit / (1 << 20)) MB.",
                    en: "The file is larger than the \(limit / (1 << 20)) MB limit.")
    }
    static let noFile = PortalError(.badRequest, "no-file", vi: "Chưa chọn tệp báo cáo.", en: "No file was chosen.")
    static func otherWard(_ ward: String) -> PortalError {
        PortalError(.forbidden, "other-ward",
                    vi: "Tệp này là báo cáo của phường \(ward). Tài khoản của bạn chỉ được gửi báo cáo của phường mình.",
                    en: "This file is the return of \(ward). Your account may only send its own ward's return.")
    }
}
