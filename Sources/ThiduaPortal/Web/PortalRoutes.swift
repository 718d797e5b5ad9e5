import Hummingbird
import Logging

extension Portal {
    static let sessionCookie = "thidua_session"
    static let loginCsrfCookie = "thidua_login"

    /// The router of every page and API route, behind the security and session layers.
    public func router() -> Router<PortalRequestContext> {
        let router = Router(context: PortalRequestContext.self)
        router.add(middleware: SecurityMiddleware(portal: self))
        router.add(middleware: SessionMiddleware(portal: self))
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        addDistrictRoutes(to: router)
        addSchemaRoutes(to: router)
        addUserRoutes(to: router)
        addConsolidationRoutes(to: router)
        addVerifiedPointsRoutes(to: router)
        return router
    }

    /// The HTTP server on `host:port`; `onRunning` hears the port actually bound (for port 0).
    public func application(host: String, port: Int, logger: Logger? = nil,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "thidua.portal")
        if logger == nil { log.logLevel = .notice }
        return Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "thidua"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                           logger: log)
    }
}
