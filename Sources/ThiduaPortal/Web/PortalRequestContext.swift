import Hummingbird
import NIOCore
import Spreadsheet

/// Per-request state: the session (cookie or Bearer token), the page language and the caller's address.
public struct PortalRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var session: Session?
    var language: Language = .vi
    /// Set from the portal's configuration by `SessionMiddleware`.
    var uploadLimit: Int = 20 << 20
    /// The peer's IP address: the client's, or the reverse proxy's in front of the portal.
    let peer: String
    /// The client's address, for throttling and the audit log: the peer's, or the one a
    /// trusted proxy forwarded (`ClientAddress`, set by `SessionMiddleware`).
    var address: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress ?? "unknown"
        address = peer
    }

    /// The largest body read: the upload limit plus room for the multipart envelope.
    public var maxUploadSize: Int { uploadLimit + 64 * 1024 }

    /// The signed-in account, or a 401 refusal.
    func requireUser() throws -> PortalUser {
        guard let session else { throw PortalError.unauthorized }
        return session.user
    }
}
