import SheetNative

/// The content type of each part named in `[Content_Types].xml` (overrides, then extensions).
struct ContentTypes: Sendable {
    private var overrides: [String: String] = [:]
    private var defaults: [String: String] = [:]

    /// The declared type of a part, nil when the package does not say.
    func type(of part: String) -> String? {
        if let t = overrides[ZipEntry.lookupKey(part)] { return t }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    static let partName = "[Content_Types].xml"

    static func read(in zip: ZipArchive) throws -> ContentTypes {
        guard let entry = zip.entry(named: partName) else { return ContentTypes() }
        return try memo.value(of: entry, in: zip) {
            let handler = ContentTypesHandler()
            try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
            return handler.types
        }
    }

    /// The content types parts read so far in this process (`ParsedPartMemo`): a program
    /// writes the same one into every file it saves.
    static let memo = ParsedPartMemo<ContentTypes>()
}

private final class ContentTypesHandler: XMLEventHandler {
    var types = ContentTypes()
    var failure: (any Error)? { nil }

    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        guard let type = attributes["ContentType"]?.attributeString else { return }
        if localName.equals("Override"), let part = attributes["PartName"] {
            types.setOverride(ZipEntry.lookupKey(part.attributeString), type)
        } else if localName.equals("Default"), let ext = attributes["Extension"] {
            types.setDefault(ext.attributeString.lowercased(), type)
        }
    }

    func endElement(_ localName: XMLBytes, namespace: XMLBytes?) {}
    func characters(_ text: XMLBytes) {}
}

extension ContentTypes {
    fileprivate mutating func setOverride(_ key: String, _ type: String) { overrides[key] = type }
    fileprivate mutating func setDefault(_ ext: String, _ type: String) { defaults[ext] = type }
}
