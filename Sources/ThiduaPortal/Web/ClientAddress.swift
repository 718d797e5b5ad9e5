import Foundation

/// The address a request comes from, for sign-in throttling and the audit log.
///
/// Behind a reverse proxy every request's peer is the proxy, so throttling by peer would lock
/// the whole district out after one ward's typing mistakes. `X-Forwarded-For` names the client,
/// but anyone can send that header: it is believed only from the one proxy the district trusts
/// (`serve --trusted-proxy`), and then only its last entry, the one that proxy appended; the
/// entries before it came from the client and may be forged.
enum ClientAddress {
    static func of(peer: String, forwardedFor: [String], trustedProxies: Set<String>) -> String {
        guard trustedProxies.contains(peer),
              let last = forwardedFor.last?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
              looksLikeAddress(last) else { return peer }
        return last
    }

    /// An IPv4 or IPv6 address's characters, nothing else (no port, host name or markup),
    /// so the header cannot put arbitrary text in the audit log.
    static func looksLikeAddress(_ text: String) -> Bool {
        (2...45).contains(text.utf8.count) && text.utf8.allSatisfy { c in
            (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
                || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F")) || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
        }
    }
}
