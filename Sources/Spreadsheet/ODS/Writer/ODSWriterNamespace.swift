/// The namespaces, part names and media type of the parts the ODS writer emits (ODF 1.3).
enum ODSWriterNamespace {
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let version = "1.3"
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"

    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let of = "urn:oasis:names:tc:opendocument:xmlns:of:1.2"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let loext = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let chart = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
    static let chartMediaType = "application/vnd.oasis.opendocument.chart"

    /// The `xmlns:` declarations of `content.xml` and `styles.xml`, which share their vocabulary.
    static let documentNamespaces = "xmlns:office=\"\(office)\" xmlns:style=\"\(style)\" xmlns:text=\"\(text)\""
        + " xmlns:table=\"\(table)\" xmlns:fo=\"\(fo)\" xmlns:number=\"\(number)\" xmlns:svg=\"\(svg)\""
        + " xmlns:of=\"\(of)\" xmlns:loext=\"\(loext)\" xmlns:draw=\"\(draw)\" xmlns:xlink=\"\(xlink)\""
}

/// Where each part lives in the package.
enum ODSPartName {
    static let mimetype = "mimetype"
    static let manifest = "META-INF/manifest.xml"
    static let content = "content.xml"
    static let styles = "styles.xml"
    static let meta = "meta.xml"
    static let settings = "settings.xml"
}
