import Foundation
import HTTPTypes
import Hummingbird
import Spreadsheet

/// The outermost layer: turns every refusal into a page (or JSON under `/api`) in the
/// caller's language, and puts the security headers on every response.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let portal: Portal

    static let headers: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = portal.errorResponse(error, request: request, context: context)
        }
        for (name, value) in Self.headers { response.headers[name] = value }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Finds the session (cookie for pages, Bearer token under `/api`) and the page language.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let portal: Portal
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.uploadLimit = portal.configuration.uploadLimit
        context.address = ClientAddress.of(peer: context.peer, forwardedFor: request.headers[values: Self.forwardedFor],
                                           trustedProxies: portal.configuration.trustedProxies)
        let query = request.uri.queryParameters
        let chosen = query["lang"].flatMap { Language(rawValue: String($0)) }
        context.language = chosen ?? request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .vi
        if request.uri.path.hasPrefix("/api/") {
            if let auth = request.headers[.authorization], auth.hasPrefix("Bearer ") {
                context.session = try await portal.sessions.find(token: String(auth.dropFirst(7)), kind: .api, now: portal.now)
            }
        } else if let cookie = request.cookies[Portal.sessionCookie] {
            context.session = try await portal.sessions.find(token: cookie.value, kind: .cookie, now: portal.now)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = portal.errorResponse(error, request: request, context: context)
        }
        if let chosen {
            response.setCookie(Cookie(name: "lang", value: chosen.rawValue, maxAge: 365 * 86_400, path: "/",
                                      secure: portal.configuration.secureCookies, httpOnly: true, sameSite: .strict))
        }
        return response
    }
}
