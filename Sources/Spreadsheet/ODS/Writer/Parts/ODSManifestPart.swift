/// `META-INF/manifest.xml`: every part of the package and its media type.
struct ODSManifestPart {
    var hasSettings: Bool
    /// The folders of the embedded charts (`Object 1`).
    var charts: [String] = []

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<manifest:manifest xmlns:manifest=\"\(ODSWriterNamespace.manifest)\" manifest:version=\"\(ODSWriterNamespace.version)\">\n")
        x.raw(" <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"\(ODSWriterNamespace.version)\" manifest:media-type=\"\(ODSWriterNamespace.mediaType)\"/>\n")
        var parts = [ODSPartName.content, ODSPartName.styles, ODSPartName.meta]
        if hasSettings { parts.append(ODSPartName.settings) }
        for part in parts {
            x.raw(" <manifest:file-entry manifest:full-path=\"")
            x.raw(part)
            x.raw("\" manifest:media-type=\"text/xml\"/>\n")
        }
        for folder in charts {
            x.raw(" <manifest:file-entry manifest:full-path=\"")
            x.text(folder, attribute: true)
            x.raw("/\" manifest:version=\"\(ODSWriterNamespace.version)\" manifest:media-type=\"\(ODSWriterNamespace.chartMediaType)\"/>\n")
            x.raw(" <manifest:file-entry manifest:full-path=\"")
            x.text(folder, attribute: true)
            x.raw("/content.xml\" manifest:media-type=\"text/xml\"/>\n")
        }
        x.raw("</manifest:manifest>\n")
        return x.bytes
    }
}
