import Foundation
import HTTPTypes
import Hummingbird
import NIOPosix
import Spreadsheet
import ThiduaKit

/// The account form's fields (`POST /users`).
struct AccountForm: Decodable {
    var _csrf: String?
    var username: String?
    var role: String?
    var ward: String?
    var password: String?
}

/// The district's page of accounts: add ward, district and leader accounts, disable and enable
/// them, reset passwords. The same `AccountStore` as `thidua users`, so the same rules and the
/// same audit entries; every change is a form post with the session's anti-forgery token.
extension Portal {
    func addUserRoutes(to router: Router<PortalRequestContext>) {
        router.get("/users") { request, context in
            _ = try context.requireDistrict()
            return try await self.usersPage(request, context)
        }
        router.post("/users") { request, context in try await self.addAccount(request, context) }
        router.post("/users/{username}/password") { request, context in
            let (actor, username) = try await self.accountChange(request, context)
            let password = AccountStore.generatePassword()
            let accounts = self.accounts, now = self.now, address = context.address
            // bcrypt is slow by design: off the event loop.
            try await NIOThreadPool.singleton.runIfActive {
                try accounts.setPassword(username: username, password: password, by: actor, address: address, now: now)
            }
            return try await self.usersPage(request, context, newPassword: (username, password))
        }
        for (name, disable) in [("disable", true), ("enable", false)] {
            router.post("/users/{username}/\(name)") { request, context in
                let (actor, username) = try await self.accountChange(request, context)
                let accounts = self.accounts, now = self.now, address = context.address
                try await NIOThreadPoolRunner.run {
                    try accounts.setDisabled(username: username, disable, by: actor, address: address, now: now)
                }
                return try await self.usersPage(request, context,
                                          notice: Texts.text(disable ? "userDisabledNotice" : "userEnabledNotice", context.language)
                                              + ": \(username)")
            }
        }
    }

    /// A change of one account by a district user: checks the token, and refuses a change of
    /// one's own account here (a district user cannot lock themselves out).
    func accountChange(_ request: Request, _ context: PortalRequestContext) async throws -> (PortalUser, String) {
        let actor = try context.requireDistrict()
        let form = try await formBody(request, TokenForm.self)
        guard Self.tokensMatch(form._csrf, context.session?.csrfToken) else { throw PortalError.csrf }
        let accounts = self.accounts
        guard let username = context.parameters.get("username"),
              try await NIOThreadPoolRunner.run({ try accounts.user(named: username) }) != nil else {
            throw PortalError.notFound
        }
        guard username.lowercased() != actor.username.lowercased() else {
            throw PortalError(.conflict, "account.self", vi: "Không tự khóa hay đặt lại mật khẩu tài khoản của chính mình ở đây.",
                              en: "Your own account cannot be disabled or have its password reset here.")
        }
        return (actor, username)
    }

    func addAccount(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let actor = try context.requireDistrict()
        let form = try await formBody(request, AccountForm.self)
        guard Self.tokensMatch(form._csrf, context.session?.csrfToken) else { throw PortalError.csrf }
        let language = context.language
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        func refuse(_ vi: String, _ en: String, _ status: HTTPResponse.Status = .badRequest) async throws -> Response {
            try await usersPage(request, context, error: language == .vi ? vi : en, form: form, status: status)
        }
        guard let role = form.role.flatMap(Role.init(rawValue:)) else {
            return try await refuse("Hãy chọn vai trò.", "Choose a role.")
        }
        // A ward account names one of the active schema's wards; the others take none.
        let wardCode = role == .ward ? try schemas.active().schema.wards.first { $0.code == form.ward }?.code : nil
        if role == .ward && wardCode == nil {
            return try await refuse("Tài khoản phường cần chọn phường.", "A ward account needs its ward.")
        }
        let typed = form.password ?? ""
        let password = typed.isEmpty ? AccountStore.generatePassword() : typed
        let accounts = self.accounts, now = self.now, address = context.address
        do {
            _ = try await NIOThreadPool.singleton.runIfActive {
                try accounts.add(username: username, password: password, role: role, wardCode: wardCode, by: actor,
                                 address: address, now: now)
            }
        } catch let failure as AccountStore.Failure {
            return try await refuse(failure.vi, failure.en, failure.code == "username.taken" ? .conflict : .badRequest)
        }
        return try await usersPage(request, context, notice: "\(Texts.text("userAdded", language)): \(username)",
                             newPassword: typed.isEmpty ? (username, password) : nil)
    }

    func usersPage(_ request: Request, _ context: PortalRequestContext, notice: String? = nil, error: String? = nil,
                   newPassword: (username: String, password: String)? = nil, form: AccountForm? = nil,
                   status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = context.language, me = context.session?.user.username.lowercased()
        let schema = try? schemas.active().schema
        // Read on the thread pool: a blocking database read on a request's executor can wait
        // for readers that uploads' async reads hold (the deadlock IntakeGateTests guards against).
        let accounts = self.accounts
        let users = try await NIOThreadPoolRunner.run { try accounts.list() }
        let wardName = { (code: String) in schema?.wards.first { $0.code == code }.map { "\($0.name) (\(code))" } ?? code }
        var values: [String: Any] = [
            "title": Texts.text("accounts", language),
            "users": users.map { u -> [String: Any] in
                ["username": u.username, "roleText": AdminTexts.role(u.role, language), "ward": u.wardCode.map(wardName) ?? "–",
                 "disabled": u.disabled, "createdAt": Display.dateTime(u.createdAt), "me": u.username.lowercased() == me]
            },
            "roles": Role.allCases.map { r -> [String: Any] in
                ["value": r.rawValue, "label": AdminTexts.role(r, language), "selected": r.rawValue == (form?.role ?? Role.ward.rawValue)]
            },
            "wards": (schema?.wards ?? []).map { ["code": $0.code, "name": $0.name, "selected": $0.code == form?.ward] },
            "form": ["username": form?.username ?? ""],
        ]
        if let notice { values["notice"] = notice }
        if let error { values["error"] = error }
        if let newPassword { values["newPassword"] = ["username": newPassword.username, "password": newPassword.password] }
        return render("users", values, request, context, status: status)
    }
}
