import Foundation
import HTTPTypes
import Hummingbird
import Spreadsheet

extension Portal {
    /// The response for a refusal: JSON `{"error","message"}` under `/api`, else a page.
    /// Unexpected errors say nothing of their insides to the caller.
    func errorResponse(_ error: any Error, request: Request, context: PortalRequestContext) -> Response {
        let failure: PortalError
        switch error {
        case let e as PortalError: failure = e
        case let e as HTTPError where e.status == .contentTooLarge: failure = PortalError.tooLarge(configuration.uploadLimit)
        case let e as HTTPError:
            failure = PortalError(e.status, "http", vi: "Yêu cầu không hợp lệ (\(e.status.code)).",
                                  en: "The request is not valid (\(e.status.code)).")
        default:
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string(String(describing: type(of: error)))])
            failure = PortalError(.internalServerError, "internal", vi: "Máy chủ gặp lỗi. Hãy thử lại sau.",
                                  en: "The server met an error. Try again later.")
        }
        var response = refusal(failure, request: request, context: context)
        if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
        return response
    }

    private func refusal(_ failure: PortalError, request: Request, context: PortalRequestContext) -> Response {
        let message = failure.message.text(context.language)
        if request.uri.path.hasPrefix("/api/") {
            return Responses.json(["error": failure.code, "message": message], status: failure.status)
        }
        if failure.status == .unauthorized && request.method == .get {
            return Responses.redirect("/login")
        }
        let page = pages.render("error", ["title": Texts.text("errorTitle", context.language), "message": message],
                                language: context.language, path: request.uri.path, session: context.session)
        return Responses.html(page, status: failure.status)
    }
}
