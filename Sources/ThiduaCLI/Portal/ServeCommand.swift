import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

/// `thidua serve`: the ward portal.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: HelpText.text("Chạy cổng báo cáo cho các phường (trang web và API JSON).", "Run the ward portal (web pages and JSON API)."),
        discussion: HelpText.text("""
        Lưu cơ sở dữ liệu và mọi tệp tải lên trong thư mục --data. Chỉ nhận kết nối ở 127.0.0.1 \
        trừ khi có --host. --demo tạo một tài khoản cho mỗi phường, cho quận và cho lãnh đạo, và \
        in mật khẩu của chúng, và đặt một hạn nộp giả định 30 ngày sau hôm nay, có ghi rõ trên các \
        trang (để dùng thử cổng; không bao giờ dùng với dữ liệu thật của quận). Khi cổng đứng sau \
        một proxy ngược, cho địa chỉ của proxy bằng --trusted-proxy: việc chặn đăng nhập sai và \
        nhật ký khi đó dùng địa chỉ máy người dùng mà proxy chuyển tiếp (X-Forwarded-For), còn từ \
        máy khác thì tiêu đề này bị bỏ qua. \
        Khi tổng hợp trên cổng, các tệp xuất theo các mẫu của --profiles, tìm như lệnh consolidate.
        """, """
        Keeps its database and every uploaded file under --data. Listens on 127.0.0.1 unless \
        --host is given. --demo creates an account for each ward, the district and a leader, and \
        prints their passwords, and sets a made-up deadline 30 days ahead, labelled on the pages \
        (for trying the portal; never on a real district's data). Behind a reverse proxy, give its \
        address with --trusted-proxy: sign-in throttling and the audit log then use the client \
        address it forwards (X-Forwarded-For), which is ignored from any other peer. \
        Consolidations made in the portal write the exports of --profiles, found as by consolidate.
        """))

    @OptionGroup var dataOption: DataOption
    @OptionGroup var schemaOption: SchemaOption
    @OptionGroup var profilesOption: ExportProfilesOption

    @Option(name: .long, help: HelpText.help("Địa chỉ nhận kết nối.", "Address to listen on.", value: "địa-chỉ"))
    var host = "127.0.0.1"

    @Option(name: .long, help: HelpText.help("Cổng (0: một cổng còn trống bất kỳ, in ra khi khởi động).", "Port (0: any free port, printed at start).", value: "cổng"))
    var port = 8080

    @Option(name: .customLong("upload-limit-mib"), help: HelpText.help("Tệp tải lên lớn nhất được nhận, tính bằng MiB.", "Largest upload accepted, in MiB.", value: "MiB"))
    var uploadLimitMiB = 20

    @Flag(name: .long, help: HelpText.help("Tạo tài khoản dùng thử (8 phường, quận, lãnh đạo) và in mật khẩu của chúng.", "Create demo accounts (8 wards, district, leader) and print their passwords."))
    var demo = false

    @Flag(name: .long, help: HelpText.help("Đánh dấu cookie Secure (khi cổng được phục vụ qua HTTPS sau một proxy).", "Mark cookies Secure (when a proxy serves the portal over HTTPS)."))
    var secureCookies = false

    @Option(name: .customLong("trusted-proxy"), help: HelpText.help(
        "Địa chỉ của proxy ngược đứng trước cổng (lặp lại cho địa chỉ IPv4 và IPv6): chỉ tin X-Forwarded-For từ địa chỉ này.",
        "The reverse proxy's address (repeat for its IPv4 and IPv6 ones): X-Forwarded-For is believed from it only.",
        value: "địa-chỉ"))
    var trustedProxies: [String] = []

    @Option(name: .long, help: HelpText.lang)
    var lang: Language = .vi

    func validate() throws {
        guard (1...1024).contains(uploadLimitMiB) else { throw ValidationError(HelpText.text("--upload-limit-mib phải từ 1 đến 1024.", "--upload-limit-mib must be 1...1024")) }
        guard (0...65535).contains(port) else { throw ValidationError(HelpText.text("--port phải từ 0 đến 65535.", "--port must be 0...65535")) }
    }

    func run() async throws {
        let exportProfiles = try profilesOption.load(schemaPath: schemaOption.path, lang).profiles
        let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: schemaOption.schema != nil,
                                         language: lang) { c in
            c.uploadLimit = uploadLimitMiB << 20
            c.secureCookies = secureCookies
            c.trustedProxies = Set(trustedProxies)
            if demo { c.demoDeadline = PortalConfiguration.demoDeadline(from: Date()) }
            c.exportProfiles = exportProfiles
        }
        if demo { try DemoAccounts.create(in: portal, language: lang) }
        let app = portal.application(host: host, port: port) { bound in
            try? printLine(lang == .vi ? "Cổng báo cáo đang chạy: http://\(host):\(bound)/" : "Portal running: http://\(host):\(bound)/")
        }
        try await app.runService()
    }
}

/// The demo accounts of `serve --demo`.
enum DemoAccounts {
    static func create(in portal: Portal, language: Language) throws {
        let schema = try portal.activeSchema()
        var accounts: [(String, Role, String?)] = schema.wards.map { w in
            let slug = VietnameseText.removingDiacritics(w.name).lowercased()
                .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            return (slug, .ward, w.code)
        }
        accounts.append(("quan", .district, nil))
        accounts.append(("lanhdao", .leader, nil))
        var lines = [language == .vi ? "Tài khoản thử (tên đăng nhập  mật khẩu  vai trò):" : "Demo accounts (username  password  role):"]
        for (name, role, ward) in accounts {
            let password = AccountStore.generatePassword()
            if try portal.accounts.user(named: name) != nil {
                try portal.accounts.setPassword(username: name, password: password)
            } else {
                try portal.accounts.add(username: name, password: password, role: role, wardCode: ward)
            }
            lines.append("  \(name.padding(toLength: 16, withPad: " ", startingAt: 0))  \(password)  \(role.rawValue)\(ward.map { " \($0)" } ?? "")")
        }
        if let d = portal.configuration.demoDeadline {
            let day = String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
            lines.append(language == .vi ? "Hạn nộp thử (giả định, 30 ngày sau hôm nay): \(day)"
                                         : "Demo deadline (made up, 30 days from today): \(day)")
        }
        try printLine(lines.joined(separator: "\n"))
    }
}
