import Mustache
import Spreadsheet

/// Renders the pages from `PageTemplates`.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all { try library.register(text, named: name) }
        self.library = library
    }

    /// A page: `context` plus the labels, language and signed-in user every page shows.
    func render(_ name: String, _ context: [String: Any], language: Language, path: String, session: Session?) -> String {
        var c = context
        c["t"] = Texts.labels(language)
        c["lang"] = language.rawValue
        c["otherLang"] = language == .vi ? "en" : "vi"
        c["path"] = path
        if let session {
            // The top bar's links to the district's pages.
            var user: [String: Any] = ["username": session.user.username, "district": session.user.role == .district,
                                       "desk": session.user.role != .ward]
            if let name = context["userWardName"] { user["wardName"] = name }
            c["user"] = user
            c["csrf"] = session.csrfToken
        }
        return library.render(c, withTemplate: name) ?? ""
    }
}
