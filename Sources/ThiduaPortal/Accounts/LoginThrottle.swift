import Foundation
import Synchronization

/// Counts failed sign-ins per account and per address over a window; past the limit,
/// sign-in is refused (429) until the window has passed, even with the right password.
public final class LoginThrottle: Sendable {
    public let window: TimeInterval
    public let perAccount: Int
    public let perAddress: Int
    private let failures = Mutex<[String: [Date]]>([:])

    public init(window: TimeInterval = 15 * 60, perAccount: Int = 5, perAddress: Int = 20) {
        self.window = window
        self.perAccount = perAccount
        self.perAddress = perAddress
    }

    private static func keys(_ username: String, _ address: String) -> (String, String) {
        ("u:" + username.lowercased(), "a:" + address)
    }

    /// Whether a sign-in attempt may be checked now.
    func allows(username: String, address: String, now: Date) -> Bool {
        let (u, a) = Self.keys(username, address)
        return failures.withLock { map in
            let cutoff = now.addingTimeInterval(-window)
            let uCount = map[u]?.filter { $0 > cutoff }.count ?? 0
            let aCount = map[a]?.filter { $0 > cutoff }.count ?? 0
            return uCount < perAccount && aCount < perAddress
        }
    }

    func recordFailure(username: String, address: String, now: Date) {
        let (u, a) = Self.keys(username, address)
        failures.withLock { map in
            let cutoff = now.addingTimeInterval(-window)
            for key in [u, a] {
                var list = (map[key] ?? []).filter { $0 > cutoff }
                list.append(now)
                map[key] = list
            }
            // Bound the table: forget keys whose failures have all expired.
            if map.count > 10_000 { map = map.filter { $0.value.contains { $0 > cutoff } } }
        }
    }

    func recordSuccess(username: String) {
        let key = "u:" + username.lowercased()
        failures.withLock { _ = $0.removeValue(forKey: key) }
    }
}
