import SheetNative

/// One relationship of an OPC `.rels` part, its target already resolved to a part name.
struct Relationship: Hashable, Sendable {
    var id: String
    /// The last segment of the type URI (`officeDocument`, `worksheet`, `sharedStrings`),
    /// which is the same in Transitional and Strict OOXML.
    var kind: String
    var target: String
}

/// Reads a `.rels` part; external targets (hyperlinks) are left out.
final class RelationshipsHandler: XMLEventHandler {
    private let sourcePart: String
    private(set) var relationships: [Relationship] = []
    var failure: (any Error)? { nil }

    init(sourcePart: String) { self.sourcePart = sourcePart }

    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        guard localName.equals("Relationship"), let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        if let mode = attributes["TargetMode"], mode.equals("External") { return }
        let typeURI = type.attributeString
        let kind = PackagePath.lastSegment(typeURI)
        relationships.append(Relationship(
            id: attributes["Id"]?.attributeString ?? "",
            kind: kind,
            target: PackagePath.resolve(target.attributeString, from: sourcePart)))
    }

    func endElement(_ localName: XMLBytes, namespace: XMLBytes?) {}
    func characters(_ text: XMLBytes) {}

    /// Parses the relationships of `sourcePart` (`""` for the package); empty when the part is absent.
    static func read(of sourcePart: String, in zip: ZipArchive) throws -> [Relationship]? {
        guard let entry = zip.entry(named: PackagePath.relationships(of: sourcePart)) else { return nil }
        return try memo.value(of: entry, in: zip, context: sourcePart) {
            let handler = RelationshipsHandler(sourcePart: sourcePart)
            try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
            return handler.relationships
        }
    }

    /// The `.rels` parts read so far in this process (`ParsedPartMemo`), by the part their
    /// targets are resolved from as well as their bytes.
    static let memo = ParsedPartMemo<[Relationship]>()
}
