import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

extension Role: ExpressibleByArgument {}

/// `thidua users`: the portal's accounts.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: HelpText.text("Quản lý tài khoản của cổng.", "Manage the portal's accounts."),
        subcommands: [Add.self, List.self, Passwd.self, Disable.self])

    /// Reads a password from standard input (one line), or makes one and prints it.
    static func password(fromStdin: Bool) throws -> (String, generated: Bool) {
        guard fromStdin else { return (AccountStore.generatePassword(), true) }
        guard let line = StandardStreams.readLine(), !line.isEmpty else {
            printError("No password on standard input.")
            throw ExitCode(2)
        }
        return (line, false)
    }

    static func failing(_ language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as AccountStore.Failure {
            printError(language == .vi ? e.vi : e.en)
            throw ExitCode(1)
        }
    }

    /// Prints a password that was just made; when standard output cannot take it, says that
    /// the change is made but the password lost, and how to make another (exit status 2).
    static func show(_ line: String, username: String, generated: Bool, _ language: Language) throws {
        do {
            try printLine(line)
        } catch let failure as OutputFailure {
            printError(failure.text(language))
            if generated {
                printError(language == .vi
                    ? "Tài khoản \(username) đã được lưu nhưng mật khẩu mới không hiện ra được; hãy tạo mật khẩu khác: thidua users passwd --username \(username)"
                    : "The account \(username) is saved, but its new password could not be shown; make another: thidua users passwd --username \(username)")
            }
            throw ExitCode(2)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("Thêm một tài khoản.", "Add an account."))
        @OptionGroup var dataOption: DataOption
        @OptionGroup var schemaOption: SchemaOption
        @Option(name: .long, help: HelpText.help("Tên đăng nhập (chữ cái không dấu, chữ số, . _ -).", "Username (ASCII letters, digits, . _ -).", value: "tên")) var username: String
        @Option(name: .long, help: HelpText.help("Vai trò: ward (phường), district (quận) hoặc leader (lãnh đạo).", "ward, district or leader.", value: "vai-trò")) var role: Role
        @Option(name: .long, help: HelpText.help("Phường của tài khoản phường: mã, tên hoặc tên khác.", "The ward of a ward account: code, name or alias.", value: "phường")) var ward: String?
        @Flag(name: .long, help: HelpText.help("Đọc mật khẩu từ đầu vào chuẩn (nếu không, một mật khẩu được tạo và in ra).", "Read the password from standard input (else one is made and printed).")) var passwordStdin = false
        @Option(name: .long, help: HelpText.lang) var lang: Language = .vi

        func run() throws {
            let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: lang)
            var code: String? = nil
            if let ward {
                guard let match = WardMatcher(schema: try portal.activeSchema()).match(ward) else {
                    printError(lang == .vi ? "Không nhận ra phường \"\(ward)\"." : "Unknown ward \"\(ward)\".")
                    throw ExitCode(2)
                }
                code = match.ward.code
            }
            let (password, generated) = try UsersCommand.password(fromStdin: passwordStdin)
            try UsersCommand.failing(lang) {
                let user = try portal.accounts.add(username: username, password: password, role: role, wardCode: code)
                try UsersCommand.show("\(user.username) \(user.role.rawValue)\(user.wardCode.map { " \($0)" } ?? "")" + (generated ? " \(password)" : ""),
                                      username: user.username, generated: generated, lang)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("Liệt kê các tài khoản.", "List the accounts."))
        @OptionGroup var dataOption: DataOption
        @OptionGroup var schemaOption: SchemaOption
        @Option(name: .long, help: HelpText.lang) var lang: Language = .vi

        func run() throws {
            let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: lang)
            let lines = try portal.accounts.list().map { u in
                [u.username, u.role.rawValue, u.wardCode ?? "-", u.disabled ? "disabled" : "enabled", u.createdAt].joined(separator: "\t")
            }
            guard !lines.isEmpty else { return }
            try reportingOutputFailure(lang) { try printLine(lines.joined(separator: "\n")) }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("Đặt mật khẩu cho một tài khoản (đăng xuất mọi phiên của nó).", "Set an account's password (ends its sessions)."))
        @OptionGroup var dataOption: DataOption
        @OptionGroup var schemaOption: SchemaOption
        @Option(name: .long, help: HelpText.help("Tên đăng nhập của tài khoản.", "The account's username.", value: "tên")) var username: String
        @Flag(name: .long, help: HelpText.help("Đọc mật khẩu từ đầu vào chuẩn (nếu không, một mật khẩu được tạo và in ra).", "Read the password from standard input (else one is made and printed).")) var passwordStdin = false
        @Option(name: .long, help: HelpText.lang) var lang: Language = .vi

        func run() throws {
            let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: lang)
            let (password, generated) = try UsersCommand.password(fromStdin: passwordStdin)
            try UsersCommand.failing(lang) {
                try portal.accounts.setPassword(username: username, password: password)
                if generated { try UsersCommand.show(password, username: username, generated: true, lang) }
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpText.text("Khóa một tài khoản (đăng xuất mọi phiên của nó); --enable để mở lại.", "Disable an account (ends its sessions); --enable undoes it."))
        @OptionGroup var dataOption: DataOption
        @OptionGroup var schemaOption: SchemaOption
        @Option(name: .long, help: HelpText.help("Tên đăng nhập của tài khoản.", "The account's username.", value: "tên")) var username: String
        @Flag(name: .long, help: HelpText.help("Mở lại tài khoản.", "Enable the account again.")) var enable = false
        @Option(name: .long, help: HelpText.lang) var lang: Language = .vi

        func run() throws {
            let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: lang)
            try UsersCommand.failing(lang) { try portal.accounts.setDisabled(username: username, !enable) }
        }
    }
}
