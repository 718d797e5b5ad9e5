import Foundation
import GRDB
import HummingbirdBcrypt
import NIOPosix

/// Creates, lists and changes accounts; checks passwords (bcrypt).
public struct AccountStore: Sendable {
    let database: PortalDatabase
    /// bcrypt cost: 12 in service; tests lower it to stay quick.
    let bcryptCost: UInt8
    /// Where sign-ins verify passwords: bcrypt takes a quarter of a second of CPU at cost 12,
    /// which on a request's executor would stall every other request it serves.
    let threadPool: NIOThreadPool

    public init(database: PortalDatabase, bcryptCost: UInt8 = 12, threadPool: NIOThreadPool = .singleton) {
        self.database = database
        self.bcryptCost = bcryptCost
        self.threadPool = threadPool
    }

    public static let minimumPasswordLength = 8

    /// Why an account change was refused.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var code: String
        public var vi: String
        public var en: String
        public var description: String { en }
    }

    static func checkPassword(_ password: String) throws(Failure) {
        guard password.count >= minimumPasswordLength else {
            throw Failure(code: "password.short", vi: "Mật khẩu cần ít nhất \(minimumPasswordLength) ký tự.",
                          en: "A password needs at least \(minimumPasswordLength) characters.")
        }
    }

    static func checkUsername(_ username: String) throws(Failure) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard (1...64).contains(username.count), username.allSatisfy({ allowed.contains($0) }) else {
            throw Failure(code: "username.invalid", vi: "Tên đăng nhập chỉ gồm chữ không dấu, số, '.', '_', '-' (tối đa 64 ký tự).",
                          en: "A username holds only ASCII letters, digits, '.', '_' and '-' (at most 64).")
        }
    }

    /// Adds an account; a ward account needs its ward's code, others none.
    @discardableResult
    public func add(username: String, password: String, role: Role, wardCode: String?, by actor: PortalUser? = nil,
                    address: String? = nil, now: Date = Date()) throws -> PortalUser {
        try Self.checkUsername(username)
        try Self.checkPassword(password)
        guard (role == .ward) == (wardCode != nil) else {
            throw Failure(code: "ward.needed", vi: "Tài khoản phường cần --ward; tài khoản quận và lãnh đạo thì không.",
                          en: "A ward account needs --ward; district and leader accounts take none.")
        }
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        return try database.pool.write { db in
            if try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username]) != nil {
                throw Failure(code: "username.taken", vi: "Tên đăng nhập \(username) đã có.", en: "The username \(username) is taken.")
            }
            try db.execute(sql: "INSERT INTO users (username, passwordHash, role, wardCode, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [username, hash, role.rawValue, wardCode, Timestamp.text(now)])
            let user = try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [db.lastInsertedRowID])!
            try AuditLog.record(db, at: now, user: actor, address: address, action: .userAdded, wardCode: wardCode,
                                detail: "\(username) (\(role.rawValue))")
            return user
        }
    }

    public func list() throws -> [PortalUser] {
        try database.pool.read { db in
            try PortalUser.fetchAll(db, sql: "SELECT * FROM users ORDER BY role, wardCode, username")
        }
    }

    public func user(named username: String) throws -> PortalUser? {
        try database.pool.read { db in
            try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username])
        }
    }

    /// `username` if it names an account, else nil (what a refused sign-in may log).
    func existingName(_ username: String) async throws -> String? {
        try await database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT username FROM users WHERE username = ?", arguments: [username])
        }
    }

    private func existing(_ db: Database, _ username: String) throws -> PortalUser {
        guard let u = try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username]) else {
            throw Failure(code: "username.unknown", vi: "Không có tài khoản \(username).", en: "No account \(username).")
        }
        return u
    }

    /// Sets a new password and ends the account's sessions.
    public func setPassword(username: String, password: String, by actor: PortalUser? = nil, address: String? = nil,
                            now: Date = Date()) throws {
        try Self.checkPassword(password)
        let hash = Bcrypt.hash(password, cost: bcryptCost)
        try database.pool.write { db in
            let u = try existing(db, username)
            try db.execute(sql: "UPDATE users SET passwordHash = ? WHERE id = ?", arguments: [hash, u.id])
            try db.execute(sql: "DELETE FROM sessions WHERE userId = ?", arguments: [u.id])
            try AuditLog.record(db, at: now, user: actor, address: address, action: .passwordChanged, wardCode: u.wardCode,
                                detail: username)
        }
    }

    /// Disables (or enables again) an account; disabling ends its sessions at once.
    public func setDisabled(username: String, _ disabled: Bool, by actor: PortalUser? = nil, address: String? = nil,
                            now: Date = Date()) throws {
        try database.pool.write { db in
            let u = try existing(db, username)
            try db.execute(sql: "UPDATE users SET disabled = ? WHERE id = ?", arguments: [disabled, u.id])
            if disabled { try db.execute(sql: "DELETE FROM sessions WHERE userId = ?", arguments: [u.id]) }
            try AuditLog.record(db, at: now, user: actor, address: address, action: disabled ? .userDisabled : .userEnabled,
                                wardCode: u.wardCode, detail: username)
        }
    }

    /// The account if the password is right and the account enabled. bcrypt runs on the thread
    /// pool, and even for an unknown username, so timing does not tell which usernames exist.
    func authenticate(username: String, password: String) async throws -> PortalUser? {
        let user = try await database.pool.read { db in
            try PortalUser.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [username])
        }
        let hash = user?.passwordHash
        let ok = try await threadPool.runIfActive { Bcrypt.verify(password, hash: hash ?? Self.decoyHash) }
        guard ok, let user, !user.disabled else { return nil }
        return user
    }

    /// A bcrypt hash of no one's password, verified for unknown usernames.
    static let decoyHash = Bcrypt.hash(AccountStore.generatePassword(), cost: 12)

    /// Generates a password for demo accounts: 12 characters without look-alikes (0/O, 1/l/I).
    public static func generatePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var rng = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(rng.next(upperBound: UInt(alphabet.count)))] })
    }
}
